package analysis

import (
	"strings"
	"unicode"
)

// An action names the component or process a technical cause concerns, in the
// team's words: "Add monitoring and alerting for the storage volume on node 3".
// The component is the subject of the cause statement's failure ("the storage
// volume on node 3 | has failed"), or what a fault is in ("a bug in | the
// billing module"), read from the statement's main clause: the words that
// report it ("kindly note that", "after our investigation we found that")
// are not part of it.

// failVerbs end the subject of a cause statement: what comes before them names
// the component that failed. Longer forms come first where one contains
// another, though the earliest match in the text wins.
var failVerbs = []string{" has failed", " had failed", " have failed", " failed", " has crashed", " crashed",
	" was down", " were down", " is down", " went down", " ran out", " has run out", " has expired", " had expired",
	" was expired", " were expired", " expired", " was corrupted", " were corrupted", " got corrupted", " is corrupted",
	" are corrupted", " broke", " stopped", " was misconfigured", " were misconfigured", " was full", " is full",
	" filled up", " was exhausted", " were exhausted", " timed out", " returned an error", " returned errors",
	" returned error", " rejected", " hung", " froze", " was not", " were not", " did not", " could not", " became",
	" was unreachable", " was unavailable", " is unavailable", " was overloaded", " was due to", " were due to",
	" is due to", " was caused by", " were caused by", " is caused by"}

// faultIn are the words after which a fault's location follows ("a bug in
// the billing module", "a network problem between the middleware and the
// database").
var faultIn = []string{"bug in ", "bug on ", "defect in ", "error in ", "errors in ", "fault in ", "failure in ",
	"failure of ", "corruption in ", "corruption of ", "problem with ", "problem in ", "problem between ",
	"issue with ", "issue in ", "outage of ", "outage in ", "misconfiguration of ", "misconfiguration in "}

// reporting are the words that introduce what a statement reports: its main
// clause starts after the last of them in its first part (and after a "that"
// following it).
var reporting = []string{"found out", "found", "find", "discovered", "noticed", "note", "aware", "impression",
	"seems", "appears", "confirmed", "confirm", "identified", "realised", "realized", "concluded", "determined",
	"believe", "think", "suspect", "see", "learned", "learnt", "verified"}

// mainClause is text without the words that report it: "kindly note that
// after our investigation we found that the disk was full" is "the disk was
// full". It stays text when nothing reports it, or when what is left would be
// under three words.
func mainClause(text string) string {
	lower := strings.ToLower(text)
	limit := len(lower) * 2 / 3
	cut := 0
	for _, w := range reporting {
		for from := 0; from < limit; {
			i := strings.Index(lower[from:], w)
			if i < 0 || from+i >= limit {
				break
			}
			i += from
			end := i + len(w)
			from = end
			if (i > 0 && isWordByte(lower[i-1])) || (end < len(lower) && isWordByte(lower[end])) {
				continue
			}
			if notReporting(lower, i, end) {
				continue // "the permission to see …", "identified itself" (mainclause_lead.go)
			}
			rest := reportedLead(strings.TrimPrefix(strings.TrimLeft(lower[end:], " ,:"), "that "))
			if rest == "" {
				continue // "Found it: disk full.": too little follows the announcement to quote alone
			}
			if at := len(lower) - len(rest); at > cut {
				cut = at
			}
		}
	}
	if cut == 0 {
		return text
	}
	if out := strings.TrimSpace(text[cut:]); len(strings.Fields(out)) >= 3 {
		return out
	}
	return text
}

func isWordByte(b byte) bool {
	return b == '_' || b >= 0x80 || unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))
}

// genericWords name no component: "the issue failed" says nothing of what.
var genericWords = map[string]bool{"issue": true, "issues": true, "problem": true, "problems": true, "error": true,
	"errors": true, "incident": true, "case": true, "ticket": true, "request": true, "failure": true, "cause": true,
	"reason": true, "root": true, "behaviour": true, "behavior": true, "same": true, "thing": true, "things": true,
	"something": true, "everything": true, "system": true, "code": true}

// nounPhrase makes words a component's name: at most ten words, not a
// pronoun or generic words alone, with "the" in front when it has no
// determiner; "" when the words do not name one.
func nounPhrase(words []string) string {
	for len(words) > 0 && strings.Trim(words[len(words)-1], ",;:()-–—") == "" {
		words = words[:len(words)-1] // a dash too: "the update-check routine | -" (component_fragment.go)
	}
	if len(words) == 0 || len(words) > 10 {
		return ""
	}
	words = trimDate(trimRangeStart(append([]string(nil), words...)))
	if len(words) == 0 {
		return ""
	}
	if words = trimClockTime(words); len(words) == 0 {
		return ""
	}
	words[len(words)-1] = strings.TrimRight(words[len(words)-1], ".,;:")
	words = trimAdverbs(words)
	if len(words) == 0 {
		return ""
	}
	if danglingWords[strings.ToLower(words[len(words)-1])] {
		return "" // "Cleared 1.2 TB of | expired media": the verb was an adjective
	}
	for i, w := range words {
		if finiteVerbs[strings.ToLower(w)] || strings.ContainsAny(w, "=<>{}[]\"“”$£€¥") {
			return "" // a clause, markup or a sum ("your payment of £30"), not a name
		}
		if openQuote(words[i:]) {
			return "" // "from Crossref, 'login failed for user x'": the start of a quoted message, not a name
		}
		if lengthOfTime(words, i) {
			return "" // "the 90 day bank consent": a length of time the report would state as its own
		}
	}
	words = trimTimePossessive(words)
	if len(words) == 0 {
		return ""
	}
	words = dropPredeterminer(words) // "all the user's password" (component_figures.go)
	switch strings.ToLower(words[0]) {
	case "it", "this", "that", "we", "i", "you", "they", "he", "she", "there", "which", "what", "these", "those",
		"and", "but", "or", "so", "because", "since", "if", "when", "as",
		// A word that points elsewhere or opens a clause names nothing:
		// "Same unit failed in Jan" (styles33 RTPI-3401), "every job since
		// then timed out" (styles T20260310.0117), "an error in how the
		// emergency exit rows were marked" (styles3 SKY-30266).
		"same", "then", "now", "here", "how", "why", "whether", "who", "where",
		// A quantity names how much failed, not what: "so about a third
		// of policy checks failed" gave "Verify the permanent fix for the
		// about a third of policy checks" (styles62 BB-VC-40402).
		"about", "around", "roughly", "nearly", "almost", "approximately", "over", "under", "half", "most",
		"few", "none",
		// and so does a count: "Windows paused it after three jobs
		// failed" gave "Verify the permanent fix for the three jobs"
		// (styles130 HIT-118391)
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
		"hundreds":
		return ""
	case "its":
		words[0] = "the" // "its log clean-up" stands alone in an action (styles106 01)
	case "the", "a", "an", "our", "your", "their", "all", "some", "one", "several", "many", "each", "every",
		// a person's: "the her signing certificate" (styles)
		"his", "her", "my":
		words[0] = strings.ToLower(words[0])
	default:
		if !possessive(words[0]) {
			words = append([]string{"the"}, words...)
		}
	}
	specific := false
	for _, w := range words[1:] {
		w = strings.ToLower(strings.Trim(w, ".,;:()\"'\u201c\u201d"))
		if w != "" && !genericWords[w] && !isDeterminer(w) && !dateWords[w] && !dayOrdinal(w) && strings.Trim(w, "0123456789") != "" {
			specific = true
		}
	}
	if !specific {
		return ""
	}
	return strings.Join(words, " ")
}

// trimDate drops a phrase of time that ends words: a preposition, then up to
// two words ending in a day ("a migration on their side | on the 5th", "the
// nightly export | since Monday", "the batch | from 14 November"). The
// report states dates from the events, not from a component's name.
func trimDate(words []string) []string {
	n := len(words)
	if n == 0 {
		return words
	}
	last := strings.ToLower(strings.Trim(words[n-1], ".,;:()"))
	if !dateWords[last] && !dayOrdinal(last) {
		return words
	}
	if n >= 2 && relativeDay[strings.ToLower(words[n-2])] {
		return words[:n-2] // "a key change we made | this morning" (styles119 01)
	}
	for i := n - 2; i >= 0 && i >= n-4; i-- {
		if prepositions[strings.ToLower(words[i])] {
			return words[:i]
		}
	}
	return words
}

// dayOrdinal reports whether w is a day of the month as an ordinal: "5th",
// "1st", "22nd", "3rd".
func dayOrdinal(w string) bool {
	num := strings.TrimRight(w, "stndrh")
	if num == "" || len(num) > 2 || strings.Trim(num, "0123456789") != "" {
		return false
	}
	switch w[len(num):] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// openQuote reports whether words open a quotation they do not close: a
// name may quote one ("the 'RoomPanels-Graph' app registration"), but a name
// cut off inside a quoted message ("Crossref, 'login | failed for user x'")
// is no name.
func openQuote(words []string) bool {
	w := words[0]
	var q string
	switch {
	case strings.HasPrefix(w, "'"):
		q, w = "'", w[1:]
	case strings.HasPrefix(w, "\u2018"):
		q, w = "\u2019", w[len("\u2018"):]
	default:
		return false
	}
	if strings.Contains(w, q) {
		return false
	}
	for _, v := range words[1:] {
		if strings.Contains(v, q) {
			return false
		}
	}
	return true
}

// timeUnits are the units of a length of time.
var timeUnits = map[string]bool{"s": true, "sec": true, "secs": true, "second": true, "seconds": true, "m": true,
	"min": true, "mins": true, "minute": true, "minutes": true, "h": true, "hr": true, "hrs": true, "hour": true,
	"hours": true, "d": true, "day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true}

// lengthOfTime reports whether words[i] is a length of time, alone ("24h",
// "90-day") or with the next word ("90 day"): a name holding one would
// state a duration the facts do not compute.
func lengthOfTime(words []string, i int) bool {
	w := strings.ToLower(strings.Trim(words[i], ".,;:()"))
	n := len(w) - len(strings.TrimLeft(w, "0123456789"))
	if n == 0 {
		return false
	}
	unit := strings.TrimPrefix(w[n:], "-")
	if unit == "" && i+1 < len(words) {
		unit = strings.ToLower(strings.Trim(words[i+1], ".,;:()"))
	}
	return timeUnits[unit]
}

// dateWords name a day, not a component: "so 4 November became 11 April"
// has a date for its subject, and so has "every upload since 14 Nov rejected"
// once the clause is cut at "since" (styles56).
var dateWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"today": true, "yesterday": true, "tonight": true, "night": true, "morning": true, "evening": true, "weekend": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	// a time of day: "every authorise call since | midnight" (styles109 10)
	"midnight": true, "midday": true, "noon": true, "lunchtime": true}

// danglingWords cannot end a name: a failure verb after them is an adjective
// in a longer phrase ("1.2 TB of expired media", "the expired certificate",
// "their sync queued every | failed lookup").
var danglingWords = map[string]bool{"of": true, "the": true, "a": true, "an": true, "with": true, "for": true,
	"to": true, "in": true, "on": true, "from": true, "by": true, "and": true, "or": true, "any": true, "all": true,
	"some": true, "no": true, "its": true, "their": true, "our": true, "your": true, "every": true, "each": true,
	"but": true, "yet": true, // "your payment reached us but | was not added": a second verb, not a name
	// a relative pronoun before the verb: what failed is the words before it,
	// and they name no component ("Quotes that | failed yesterday …", styles12 BL-71933)
	"that": true, "which": true, "who": true,
	// "showed it as | failed": the verb is a complement's
	"as": true}

// possessive reports whether w is a name's possessive ("Sabine's link",
// "the customers' files"), which stands where "the" would: "the Sabine's
// link" (styles52 CSS-112760) is no English. "Let's" is no possessive
// ("the Let's Encrypt certificate").
func possessive(w string) bool {
	l := strings.ToLower(strings.Trim(w, ".,;:()"))
	if l == "let's" || l == "let\u2019s" {
		return false
	}
	return strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "\u2019s") || strings.HasSuffix(l, "s'")
}

// timeBase are the words whose possessive dates a name ("Last night's full
// backup job", "Sunday's portal release"): the report states dates from the
// events, not in a component's name (as trimDate), so the possessive goes and
// the name keeps its "the".
var timeBase = map[string]bool{"night": true, "week": true, "weekend": true, "month": true, "year": true,
	"morning": true, "evening": true, "afternoon": true, "yesterday": true, "today": true, "tonight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true}

// trimTimePossessive drops a possessive of time that opens words, with the
// "last", "this" or "yesterday" before it: "Last night's full backup job
// failed" (styles3 HB-4471) is about the full backup job, "Sunday's portal
// release stopped accepting …" (styles4 CB-44120) about the portal release,
// "Friday's password change on the backup storage" (styles3) about the change.
func trimTimePossessive(words []string) []string {
	for i := 0; i < len(words) && i < 2; i++ {
		l := strings.ToLower(strings.Trim(words[i], ".,;:()"))
		base := strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "\u2019s")
		if base == l || !timeBase[base] {
			if i == 0 && (l == "last" || l == "this" || l == "yesterday") {
				continue // the word before "night's", "morning's"
			}
			return words
		}
		if i+1 == len(words) {
			return nil
		}
		return words[i+1:]
	}
	return words
}

// finiteVerbs in a would-be name show it is a clause ("the issue is the test
// server").
var finiteVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "must": true, "needs": true,
	"seems": true, "appears": true,
	// "never" tells what something did not do: "the machine never received
	// the approval and showed it as | failed" (styles80 13)
	"never": true,
	// a negated auxiliary: "the list that the workstations use to check
	// that a card hasn't been revoked had expired" (styles103 103-01)
	"hasn't": true, "hadn't": true, "haven't": true, "isn't": true, "wasn't": true, "weren't": true, "aren't": true,
	"doesn't": true, "didn't": true, "don't": true, "can't": true, "won't": true, "couldn't": true, "wouldn't": true,
	"been": true,
	// a report of what someone said: "PM says her laptop crashed" (styles23 VLS-3301)
	"says": true, "said": true, "thinks": true,
	// and a record's report of what it saw: "PassBridge shows 14 passes
	// expired" (styles103 103-12), "the gateway portal shows it expired"
	// (styles64 12) gave "the PassBridge shows 14 passes" and "the gateway
	// portal shows it" (round 254)
	"shows": true, "showed": true}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "our", "your", "its", "their", "all", "some", "any", "of":
		return true
	}
	return false
}

// failingSubject is the subject of clause's failure verb ("the storage volume
// on node 3 has failed"), "" when it has none that names a component.
func failingSubject(clause string) string {
	clause = beforeConsequence(clause)
	lower := strings.ToLower(clause)
	best, verb := failVerb(lower)
	if best < 0 || refusal(verb) {
		return "" // "Bank gateway rejected PR-0612": the party that refused (component_refusal.go)
	}
	if c, ok := failureBecause(clause, lower, best); ok {
		return c
	}
	subj := strings.TrimSpace(clause[:best])
	// What a lead-in or a main clause left ("the problem was that the",
	// "routes reached the trucks late because the overnight publish").
	cut := -1
	lowerSubj := strings.ToLower(subj)
	for _, w := range clauseOpeners {
		for end := len(lowerSubj); ; {
			i := strings.LastIndex(lowerSubj[:end], w)
			if i < 0 {
				break
			}
			if w == " that " && prepositions[lastWord(lowerSubj[:i])] {
				end = i // "callbacks in that window": a determiner, not a clause's start
				continue
			}
			if w == " that " && relative(lowerSubj[i+len(w):]) {
				end = i // "the disk that holds the scheduler's state": the name goes on through its clause
				continue
			}
			if i+len(w) > cut {
				cut = i + len(w)
			}
			break
		}
	}
	if cut >= 0 {
		subj = strings.TrimSpace(subj[cut:])
	}
	// A clause ends at a colon, a comma or a semicolon ("No machine has
	// auto-renewed since then; the first certs expired").
	if i := clauseBoundary(subj); i >= 0 {
		subj = strings.TrimSpace(subj[i+1:])
	}
	// A relative "whose" opens the failing thing's name, the thing it
	// belongs to before the comma: "authenticates against kae-nps02, whose
	// server cert expired" is about the server cert (styles59 KAE-24117: the
	// actions read "Verify the permanent fix for the whose server cert").
	if len(subj) > 6 && strings.EqualFold(subj[:6], "whose ") {
		subj = strings.TrimSpace(subj[6:])
	}
	// A dash sets off who or what is addressed, or a lead-in: "Callum - the
	// handhelds were not" is about the handhelds.
	for _, d := range []string{" - ", " \u2013 ", " \u2014 "} {
		if i := strings.LastIndex(subj, d); i >= 0 {
			subj = strings.TrimSpace(subj[i+len(d):])
		}
	}
	words := strings.Fields(subj)
	if len(words) > 0 && prepositions[strings.ToLower(words[0])] {
		return "" // "On the other four the trial had expired": a phrase of place or time, then the subject
	}
	return nounPhrase(words)
}

// failVerb is the earliest of failVerbs in lower, a clause lower-cased, and
// where it stands; -1 where none does.
func failVerb(lower string) (int, string) {
	best, verb := -1, ""
	for _, v := range failVerbs {
		if i := wordIndex(lower, v); i > 0 && (best < 0 || i < best) {
			best, verb = i, v
		}
	}
	return best, verb
}

// prepositions open a phrase of place or time, never a component's name; a
// "that" after one is a determiner ("in that window").
var prepositions = map[string]bool{"on": true, "in": true, "at": true, "for": true, "with": true, "from": true,
	"by": true, "during": true, "after": true, "before": true, "since": true, "until": true, "of": true,
	"to": true, "into": true, "onto": true, "across": true, "over": true, "under": true, "between": true}

// lastWord is the last word of s, without punctuation.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,;:()")
}

// clauseOpeners begin the clause whose subject failed, after a lead-in or a
// main clause that tells the consequence.
var clauseOpeners = []string{" that ", " because ", " since ", " as ", " when ", " after ", " before ", " while ",
	" until ", " although ", " though ", " once ", " so ",
	// a second clause after "but": "gateway took payment but | our callback
	// timed out" (styles74 06) is about the callback
	" but "}

// faultLocation is what clause says a fault is in ("a bug in the billing
// module": the billing module), up to the end of its phrase.
func faultLocation(clause string) string {
	lower := strings.ToLower(clause)
	best, p := earliest(lower, faultIn, func(i int) bool { return i == 0 || !isWordByte(lower[i-1]) })
	if best < 0 || faultDenied(lower[:best]) { // "rather than a fault in" (component_denied.go)
		return ""
	}
	end, between := best+len(p), strings.HasSuffix(p, "between ")
	var words []string
	for _, w := range strings.Fields(clause[end:]) {
		lw := strings.ToLower(strings.Trim(w, ".,;:()"))
		if stopsPhrase[lw] || (lw == "and" && !between) || contactPronouns[lw] {
			break
		}
		words = append(words, w)
		if strings.ContainsAny(w, ",.;:()") {
			break
		}
	}
	return nounPhrase(words)
}

// stopsPhrase are the words at which a component's name ends ("the billing
// module | which", "the middleware and the database | after the upgrade").
var stopsPhrase = map[string]bool{"which": true, "that": true, "who": true, "where": true, "when": true, "while": true,
	"after": true, "before": true, "because": true, "since": true, "so": true, "but": true, "is": true,
	"was": true, "were": true, "are": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"should": true, "could": true, "can": true, "caused": true, "causing": true, "due": true, "during": true, "for": true,
	"if": true, "as": true, "to": true, "by": true, "we": true, "please": true, "kindly": true}

// component names the component or process a technical cause statement is
// about, in the team's words; "" when no statement names one. The main cause
// is read first: it is the statement the report gives as the root cause, and
// an earlier note often tells only what the fault reached ("Gateway log: OPC
// UA session for ring B rejected since 01:53" before "Client cert on the
// gateway for ring B expired 01:52 UTC", styles10 01; "Collector service for
// Ward 2 controller stopped" before "The reports stopped because the
// reporting server's data disk filled up", styles9 12).
func component(f *Facts) string {
	c, _ := componentFailed(f)
	return c
}

// componentFailed is component, and whether the statement that names it
// tells a technical failure of it (see failedComponent): only then does the
// incident call for monitoring of it.
func componentFailed(f *Facts) (string, bool) {
	for _, q := range mainFirst(f) {
		clause := mainClause(q.Text)
		// a name that is no component is dropped (component_tidy.go)
		if c := tidyComponent(causeObject(clause)); c != "" {
			return c, failedComponent(c, clause)
		}
		if c := tidyComponent(failingSubject(clause)); c != "" {
			return c, failedComponent(c, "")
		}
		if c := tidyComponent(faultLocation(clause)); c != "" {
			return c, failedComponent(c, "")
		}
	}
	// Only the statement the actions would otherwise quote names what was
	// changed: another cause's object may be a step of the fix ("when we
	// pushed the newer firmware in March", styles POS-31102) or a record
	// nobody changed.
	for _, fc := range f.Factors {
		if fc.Category == FactorTechnical && fc.Evidence != nil {
			return tidyComponent(changedObject(mainClause(fc.Evidence.Text))), false
		}
	}
	if len(f.Causes) > 0 {
		return tidyComponent(changedObject(mainClause(f.Causes[f.MainCause(false)].Text))), false
	}
	return "", false
}

// changeVerbs are the verbs of a change made to a component, whose object
// names it where no failure is told: "Windows Update put | the Zebra 10.x
// driver on STORES-PC03" (styles59 KAE-24203), "replaced | the Gravograph USB
// driver with …", "renewed | the ERS gateway's TLS certificate on Tue 24/03".
var changeVerbs = []string{" replaced ", " put ", " renewed ", " changed ", " took ", " installed ", " pushed ",
	" updated ", " upgraded ", " overwrote ",
	// "The overnight Windows update swapped | the Zebra driver for
	// Microsoft's generic label driver" (styles21 01, styles70 08, styles35);
	// "Clearmark rotated | their API server certificate at 00:00" (styles109
	// 10, and a key or a certificate rotated in twenty other tuning tickets)
	" swapped ", " rotated "}

// changeEnds end the object of a change verb: "took 4.2 | overnight", "the
// drivers | back", "- the new driver …".
var changeEnds = map[string]bool{"and": true, "-": true, "overnight": true, "yesterday": true, "today": true,
	"tonight": true, "back": true, "again": true, "instead": true, "out": true, "off": true}

// changedObject names the component a change was made to (see changeVerbs):
// the object of the earliest change verb, up to a preposition, a clause's
// word or punctuation, at most six words; "" when it names none. A pronoun's
// "its" or "their" reads "the", as the action names the thing on its own.
func changedObject(clause string) string {
	clause = beforeConsequence(clause)
	lower := strings.ToLower(clause)
	best, v := earliest(lower, changeVerbs, func(i int) bool { return i > 0 })
	if best < 0 || negatedChange(lower[:best]) {
		return ""
	}
	end := best + len(v)
	var words []string
	for _, w := range strings.Fields(clause[end:]) {
		lw := strings.ToLower(strings.Trim(w, ".,;:()"))
		if stopsPhrase[lw] || prepositions[lw] || changeEnds[lw] || dateWords[lw] || strings.Trim(lw, "0123456789.") == "" {
			break // a version ("driver | 570.144") the report would state as a figure of its own
		}
		if len(words) > 0 && isDeterminer(lw) {
			break // a clause without "that": "the port number | the tracer talks through" (styles BW-40893)
		}
		words = append(words, w)
		if strings.ContainsAny(w, ",.;:()") && !strings.ContainsAny(strings.TrimRight(w, ",.;:()"), "0123456789") || len(words) == 6 {
			break
		}
	}
	if len(words) < 2 {
		return "" // "took over", "changed it": no name
	}
	switch strings.ToLower(words[0]) {
	case "its", "their":
		words[0] = "the"
	case "the", "our":
	case "a", "an", "your":
		// "installed a generic driver": something new, not the component
		// named (G205-344); "put your reader back on old software": the
		// customer's device, told to them (styles56 05)
		return ""
	default:
		if !possessive(words[0]) && !unicode.IsUpper(rune(words[0][0])) {
			return "" // "changed how …", "put up with": not a thing's name
		}
	}
	return nounPhrase(words)
}

// relative reports whether rest, the words after a "that", are a relative
// clause's verb and what follows it, not a clause with a subject of its own:
// "The disk that | holds the scheduler's state filled up" (styles12
// RCS-INC-0093), "one of the two servers that | produces the previews ran out
// of disk space" (styles57 HB-SD-70355), "The service that | passes published
// rosters … stopped" (styles7 INC-48213), beside "we found that | the disk
// failed". A word after "that" that opens a noun phrase or is a pronoun, a
// capital or a figure starts a clause; a lower-case word ending in "s" or
// "ed" that no determiner opens is read as the verb.
func relative(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 2 {
		return false
	}
	w := f[0]
	if w != strings.ToLower(w) || isDeterminer(w) || !isWordByte(w[0]) || (w[0] >= '0' && w[0] <= '9') {
		return false
	}
	switch w {
	case "it", "we", "i", "you", "they", "he", "she", "there", "these", "those", "every", "each", "no", "his", "her",
		"my", "one", "both", "none", "nothing", "is", "was", "has", "had":
		return false
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")
}

// negatedChange reports whether the word before a change's verb denies it
// ("nobody updated the record", "never changed"): no change was made.
func negatedChange(before string) bool {
	switch lastWord(before) {
	case "nobody", "never", "not", "didn't", "hadn't", "haven't", "wasn't", "one":
		return true
	}
	return false
}

// earliest returns where in lower the first of phrases to occur starts, and
// which it is; only an occurrence whose start ok accepts counts (each
// phrase's first occurrence is tried); -1 where none does.
func earliest(lower string, phrases []string, ok func(i int) bool) (int, string) {
	best, found := -1, ""
	for _, p := range phrases {
		if i := strings.Index(lower, p); i >= 0 && ok(i) && (best < 0 || i < best) {
			best, found = i, p
		}
	}
	return best, found
}

// mainFirst is f's causes with the main cause first, the others in order.
func mainFirst(f *Facts) []Quote {
	m := f.MainCause(false)
	if m <= 0 {
		return f.Causes
	}
	out := append([]Quote{f.Causes[m]}, f.Causes[:m]...)
	return append(out, f.Causes[m+1:]...)
}

// clauseBoundary is where the last colon, comma or semicolon of subj ends a
// clause, -1 where none does: a colon between figures is a clock time's
// ("01/03 06:00 attempt 1 timed out" gave "the 00 attempt 1", styles71 01).
func clauseBoundary(subj string) int {
	for i := len(subj) - 1; i >= 0; i-- {
		switch subj[i] {
		case ',', ';':
			return i
		case ':':
			if i > 0 && i+1 < len(subj) && isDigit(subj[i-1]) && isDigit(subj[i+1]) {
				continue
			}
			return i
		}
	}
	return -1
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// endAdverbs end a clause, not a name: "PLC-03's comms module then"
// (styles111 01).
var endAdverbs = setOf("then", "now", "again", "also", "too", "still", "anyway")

// trimAdverbs drops the adverbs that end words.
func trimAdverbs(words []string) []string {
	for len(words) > 0 && endAdverbs[strings.ToLower(strings.Trim(words[len(words)-1], ".,;:()"))] {
		words = words[:len(words)-1]
	}
	return words
}

// trimClockTime drops a clock time that ends words after a preposition ("the
// MAM transfer job | at 18:40", styles13 15); a clock time or a day written
// with figures anywhere else leaves no name ("the 07:52 card", "the 01/03
// 06:00 attempt 1", "the Stripe call for the 03:00 renewal run": styles32,
// 71, 110), nil then.
func trimClockTime(words []string) []string {
	n := len(words)
	if n >= 3 && clockOrDay(words[n-1]) && prepositions[strings.ToLower(words[n-2])] {
		words = words[:n-2]
	}
	for _, w := range words {
		if clockOrDay(w) {
			return nil
		}
	}
	return words
}

// clockOrDay reports whether w is a clock time ("06:00", "13:02") or a day
// in figures ("01/03", "12/02/2026").
func clockOrDay(w string) bool {
	w = strings.Trim(w, ".,;:()")
	sep := strings.IndexAny(w, ":/")
	if sep <= 0 || sep > 2 || sep+1 >= len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != ':' && w[i] != '/' {
			return false
		}
	}
	return true
}

// relativeDay are the words that make a day of a date word: "this morning",
// "last night", "yesterday evening".
var relativeDay = setOf("this", "last", "yesterday", "tomorrow", "next", "that")

// contactPronouns open a clause without "that" after a name: "a software
// update | it received this week" (styles3).
var contactPronouns = setOf("it", "they", "he", "she", "you", "i")

// wordIndex is the index of the first occurrence of phrase in lower that ends
// at a word's end, -1 where none does: " broke" is not in "their message
// broker in the Dublin region failed over" (styles79 10, whose actions named
// "their message").
func wordIndex(lower, phrase string) int {
	for from := 0; ; {
		i := strings.Index(lower[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		if end := i + len(phrase); end == len(lower) || !isWordByte(lower[end]) {
			return i
		}
		from = i + 1
	}
}
