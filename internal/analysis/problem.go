package analysis

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// The reporter's own statement of what broke is chosen by ranking the
// sentences of the message that reported it, rather than taking the first one
// the reader marked as a problem: the reader marks the consequence ("we can't
// see drug charts"), a guess at the cause ("maybe it's the update?") and the
// fault itself alike, and an opening often begins with a greeting, a form's
// fields or a line of context before it says what is wrong.

// faultWords say that something does not work: a failure, an error, a
// negation of function. A sentence with one states a fault.
var faultWords = newMatcher([]string{
	"no longer", "never", "none", "nobody", "no one", "can't", "cannot", "can not", "cant", "couldn't", "won't", "wont",
	"unable", "error*", "fail*", "broken", "break*", "down", "outage", "crash*", "stuck", "freez*", "frozen", "hang*",
	"blank", "missing", "slow*", "time out", "times out", "timing out", "timed out", "timeout*", "drop*", "disconnect*",
	"declin*", "reject*", "refus*", "bounc*", "offline", "unavailable", "invalid", "wrong", "incorrect", "loop*",
	"spinning", "stopped", "stops", "duplicat*", "gaps", "holes", "corrupt*", "lost", "losing", "empty", "denied",
	"expired", "faint", "cuts off", "cut off", "rings out", "ring out", "closes", "degraded", "still", "pending",
	"not working", "doesn't work", "not ready", "notready", "unresponsive", "not responding", "flatlined", "flat since",
	"502", "502s", "500", "500s", "503", "404", "taking over", "takes ages", "too long",
	"late", "delayed", "suspended", "locked out", "disabled", "on hold", "vanish*", "disappear*",
	// a control shown but not usable: "merge people is greyed out" (styles120
	// 12), "Export button greyed out on ..." (styles101 07), labelled problems
	// of styles7, 26 and 27 too
	"greyed out", "grayed out", "greyed-out", "grayed-out",
	// a reading outside its band: '3 wafers aborted with alarm 2210 "Backside
	// He out of range"' (styles107 11, an alert's line below its reading),
	// "Fridge F4 went out of range last night" (styles27 03), "alarming
	// 'conductivity out of range'" (styles29 04), all labelled
	"out of range",
})

// arrivalVerbs after a negation name a function that failed ("have not
// received", "didn't arrive", "isn't printing"): a fault, not a bare denial.
var arrivalVerbs = map[string]bool{"received": true, "receive": true, "arrived": true, "arrive": true, "come": true,
	"came": true, "work": true, "worked": true, "load": true, "loaded": true, "open": true, "opened": true,
	"start": true, "started": true, "print": true, "printed": true, "sync": true, "synced": true, "connect": true,
	"connected": true, "delivered": true, "sent": true, "update": true, "updated": true, "show": true,
	"shown": true, "appear": true, "appeared": true, "reach": true, "reached": true, "run": true, "ran": true,
	"access": true, "available": true} // "is not available for tellers": see problem_not_available.go

// ownDenials are a reporter's denial of their own part ("we did not change
// anything", "I did nothing wrong"): said to rule a cause out, never the
// statement of what broke.
var ownDenials = newMatcher([]string{"we did not", "we didn't", "we have not changed", "we haven't changed",
	"we have not touched", "we haven't touched", "we never", "i did not", "i didn't", "i have not changed",
	"i haven't changed", "i never", "i did nothing", "we did nothing", "nothing has changed", "nothing changed",
	"no change on our side", "no changes on our side", "no changes our side",
	"we didnt", "i didnt", "we havent changed", "i havent changed", "we havent touched"})

// negations deny without naming a failure ("we haven't deployed anything"): a
// weaker sign of a fault than faultWords, unless a verb of function follows ("not showing").
// Customers write them without the apostrophe too: "the test sheet printer in
// the bay isnt printing since your update" (styles79 08), "the sarcophagus
// lock didnt open" (styles34 15), "Didnt run this morning either." (styles56
// 09), "my green bin wasnt emptied today." (styles28 13), all labelled.
var negations = newMatcher([]string{"not", "no", "nothing", "doesn't", "doesnt", "don't", "didn't", "isn't", "aren't",
	"hasn't", "haven't", "wasn't", "weren't", "isnt", "arent", "didnt", "dont", "hasnt", "havent", "wasnt", "werent"})

// guessWords mark a guess at the cause, not the statement of the fault.
var guessWords = newMatcher([]string{"i think", "we think", "i wonder", "could it be", "might be", "is it possible",
	"i suspect", "we suspect", "i guess", "not sure"})

// guessOpeners mark a guess when they begin the sentence ("Maybe it's the update?"), not inside it ("maybe 1 in 5").
var guessOpeners = newMatcher([]string{"maybe", "possibly", "perhaps", "probably"})

// describeFields are the labels of a form's fields whose value describes the
// problem or the request, matched whole.
var describeFields = map[string]bool{"description": true, "problem": true, "issue": true, "details": true, "detail": true,
	"summary": true, "symptoms": true, "symptom": true, "what happened": true, "reason": true, "justification": true,
	"fault": true, "problem description": true, "issue description": true, "request": true, "change": true,
	"requested change": true, "message": true, "why": true, "reason for change": true, "business reason": true}

// reasonFields are the fields of a request's or change's form that say why it
// is asked for ("Reason: Unexpected item alerts are up 60% since ..."): what
// is wrong, where the form's other fields say what to do ("Change: raise the
// tolerance to 25 g"). They rank as a fault stated in words, as the subject's
// restatement does, and above a description field that restates the subject:
// where a form says both what to do and why, the why is the problem.
var reasonFields = map[string]bool{"reason": true, "justification": true, "why": true, "reason for change": true,
	"business reason": true}

// openers are sentences that greet, apologise or frame the message rather
// than say what is wrong: they rank only when they also state a fault.
var openers = newMatcher([]string{"hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "hope you*",
	"i hope", "sorry to bother", "sorry for", "thanks", "thank you", "regards", "kind regards", "best regards", "urgent",
	"submitted via", "sent from my", "chat started", "live chat", "call from", "phone call", "call with", "spoke to",
	"spoke with", "i am", "i'm", "this is"})

// field splits a form's field line ("Category: Printing") into its label and value; ok is false for a
// sentence that is not one (a label of at most four words, each beginning with a letter).
func field(s string) (label, value string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 || i+1 >= len(s) || s[i+1] != ' ' {
		return "", "", false
	}
	words := strings.Fields(s[:i])
	if len(words) == 0 || len(words) > 4 {
		return "", "", false
	}
	for _, w := range words {
		if c := w[0]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return "", "", false
		}
	}
	return s[:i], strings.TrimSpace(s[i+1:]), true
}

// opener reports whether s greets or frames rather than states: "Hi team,
// hope you're well", "[Chat started from the Help portal]", "URGENT.", "Steve rang 08:12."
func opener(s string) bool {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return true
	}
	l := lower(t)
	if openers.startsWith(l) {
		return true
	}
	// A call note's first line: who rang and when.
	_, rang := callWords.find(l)
	return rang && len(strings.Fields(t)) <= 8
}

var callWords = newMatcher([]string{"rang", "phoned", "called", "call", "calling"})

// faultRank is how plainly l, a lowered sentence, states a fault: faultScore
// for a failure named, less for a bare negation, 0 for none.
func faultRank(l string) int {
	// The negations and fault words are written with "'": "kindly note that
	// outward ... didn’t appear on ... as confirmed by compliance team"
	// (Mendeley 1009052, labelled the problem) read as no fault, and the
	// "pending" of the next sentence was quoted instead. Only this lowered
	// copy is made straight; the quoted text is left as written.
	l = reader.StraightApostrophes(l)
	if wrongFigure.MatchString(l) {
		return faultScore // "showing 40 per slot, not 25": a wrong value, before its sums are blanked
	}
	// Each phrase that reads as a fault word but names none is blanked,
	// its regular expression run only where its key word occurs.
	for _, n := range notFault {
		if slices.ContainsFunc(n.keys, func(k string) bool { return strings.Contains(l, k) }) {
			l = n.re.ReplaceAllString(l, " ")
		}
	}
	if _, ok := faultWords.find(l); ok {
		return faultScore
	}
	if failsModal(l) {
		return faultScore // "the app will not take my receipts", as "won't" (see failsModal)
	}
	if w, ok := negations.find(l); ok {
		if i := strings.Index(l, w+" "); i >= 0 {
			next := strings.Fields(l[i+len(w):])
			if len(next) > 0 && strings.HasSuffix(strings.Trim(next[0], ".,;:!"), "ing") {
				return faultScore // "not showing", "isn't loading"
			}
			// "have not received", "hasn't yet arrived", "did not print"
			for k := 0; k < min(len(next), 3); k++ {
				if arrivalVerbs[strings.Trim(next[k], ".,;:!")] {
					return faultScore
				}
			}
		}
		if quotedNegation(l) {
			return faultScore // a message shown to the user: "token not recognised"
		}
		return faultScore - 1
	}
	return 0
}

// notFault are the phrases faultRank blanks before it looks for fault
// words, each with the words one of which every match of it contains.
var notFault = []struct {
	keys []string
	re   *regexp.Regexp
}{
	{[]string{"hang"}, waitIdiom},
	{[]string{"down to"}, levelDown},
	{[]string{"£", "$", "€"}, moneyAmount},
	{[]string{"drop"}, dropNoun},
	{[]string{"no."}, numberAbbrev},
	{[]string{"attach", "enclos"}, attachedImage},
	{[]string{"available"}, personAvailable},
}

// numberAbbrev is "no." for "number" before an identifier ("Employee no.
// OB-88214", "Plan no. LP-227183", "customer no. 40127"): no negation. A
// signature's or a form's line with one was quoted as what the customer
// reported (styles81 OU-30918, styles86 LP-090412, styles23 MW-20871).
var numberAbbrev = regexp.MustCompile(`\bno\.\s?[#:]?\s?[a-z]{0,4}-?\d`)

// moneyAmount is a sum of money, whose figures are no error code: "up to
// £500,000" is a lending mandate, not an HTTP 500 (styles62 EBS-MS-7815,
// whose form field was quoted as the request).
var moneyAmount = regexp.MustCompile(`[£$€]\s?\d[\d,.]*`)

// dropNoun is a thing named with "drop" whose "drop*" (faultWords) tells no
// drop: a form's dropdown, a file-sharing product ("CMI_2025 is in the
// assumptions dropdown as well", a customer's sign-off on a change, styles57
// PV-ITS-3340, was quoted as what the customer reported after the work; the
// dropdowns of styles8, styles15, styles21, styles32 and styles54 are a form's
// too). "Drop down" alone stays a fault ("speeds drop down to 1 Mbps").
var dropNoun = regexp.MustCompile(`\bdrop-?downs?\b|\bdrop down (?:menu|list|box|field)s?\b|\bdropbox\b`)

// levelDown is a level that fell to a figure ("F7 is back down to 29", a
// tank's temperature after the fix, styles73 CX-7741; "queue down to 3"): no
// service down. A speed that drops to a figure is still a fault by its "drop".
var levelDown = regexp.MustCompile(`\bdown to (?:about |around |roughly |under |below )?[\d£$€]`)

// waitIdiom is "hang on" and its like, asking someone to wait, or "hanging in
// there", enduring: no hang of a system ("ok hang on, customer just come in",
// styles61 MW-55298, and a walker's "Knee is hanging in there", styles72
// DW-7730, each quoted as what the customer reported after the first fix).
var waitIdiom = regexp.MustCompile(`\bhang (on|tight|in there)\b|\bhanging in there\b`)

// quotedNegation reports whether l, a lowered sentence, quotes a message with
// a negation in it: what a screen or a system said ('activation says "token
// not recognised"', "Chrome says 'Not secure'"). A reporter quotes a message
// to show what went wrong; one that denies is an error shown, not their own
// denial.
func quotedNegation(l string) bool {
	for _, q := range quotations(l) {
		if _, ok := negations.find(q); ok {
			return true
		}
	}
	return false
}

// quotations returns the spans of s between quotation marks: double, curly,
// or single ones that open after a space and close before one or a
// punctuation mark (so that "don't" and "it's" do not open a quotation).
func quotations(s string) []string {
	var out []string
	for _, p := range [][2]string{{"\"", "\""}, {"“", "”"}} {
		rest := s
		for {
			i := strings.Index(rest, p[0])
			if i < 0 {
				break
			}
			j := strings.Index(rest[i+len(p[0]):], p[1])
			if j < 0 {
				break
			}
			out = append(out, rest[i+len(p[0]):i+len(p[0])+j])
			rest = rest[i+len(p[0])+j+len(p[1]):]
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '\'' || i > 0 && s[i-1] != ' ' && s[i-1] != '(' {
			continue
		}
		for j := i + 1; j < len(s); j++ {
			if s[j] == '\'' && (j+1 == len(s) || strings.IndexByte(" .,;:!?)", s[j+1]) >= 0) {
				out = append(out, s[i+1:j])
				i = j
				break
			}
		}
	}
	return out
}

// noneValue reports whether a form field's lowered value says there is
// nothing to report ("none that I know of", "n/a", "not sure"): an answer to
// the form, not a fault, though "none" is a fault's word elsewhere ("none of
// the tills print", "nothing loads").
func noneValue(v string) bool {
	v = strings.TrimRight(v, ".! ")
	switch v {
	case "no", "n/a", "na", "nil", "unknown", "none", "nothing", "not sure", "not known":
		return true
	}
	first, rest, _ := strings.Cut(v, " ")
	if first != "none" && first != "nothing" && first != "none," && first != "nothing," {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return noneTails[strings.Trim(next, ",")]
}

// noneTails are the words after "none" or "nothing" that keep it a denial
// ("none that I know of", "none yet", "nothing reported so far").
var noneTails = map[string]bool{"that": true, "yet": true, "so": true, "known": true, "i": true, "we": true,
	"as": true, "reported": true, "seen": true, "noticed": true, "at": true, "-": true}

// faultScore is the rank a fault stated in words adds.
const faultScore = 4

// candidate is a sentence that may state the reporter's problem: its text
// (a form field's value without its label) and its rank.
type candidate struct {
	text  string
	score int
}

// rankProblem ranks a sentence of the message that reported the problem: a
// failure stated outright ranks above a bare negation, a described field, a
// guess or a question; greetings, framing and a form's other fields do not rank
// at all (ok false) unless they state a fault themselves.
func rankProblem(sn reader.Sentence) (candidate, bool) { return rankStatement(sn, false) }

// rankStatement ranks as rankProblem does, and a sentence that says the
// ticket's subject again (restates, see restatement) as a fault stated in
// words, whatever its words: the reporter's headline for what is wrong, told in
// full. A question or a guess stays below a statement, and a form's field
// other than its description does not rank for sharing the subject's words
// ("Topic: Riders / collection").
func rankStatement(sn reader.Sentence, restates bool) (candidate, bool) {
	text := strings.TrimSpace(sn.Text)
	if len(text) <= 15 {
		return candidate{}, false
	}
	c := candidate{text: text}
	desc, reason := false, false
	if label, value, ok := field(text); ok {
		name := strings.TrimRight(lower(label), "?") // "What happened?: …"
		if describeFields[name] && len(value) > 15 {
			c.text, c.score, desc = value, 2, true // the form's description, without its label
			if reason = reasonFields[name]; reason {
				c.score++ // why, above what to do ("Summary: raise the tolerance")
			}
		} else if v := lower(value); faultRank(v) == 0 || noneValue(v) {
			// A form's field: what was asked for, not what broke, or a
			// field that says nothing is affected ("Bookings affected: none").
			return candidate{}, false
		}
	}
	l := lower(c.text)
	fault := faultRank(l)
	if restates || reason {
		fault = faultScore
	}
	if fault == 0 && !desc && opener(c.text) {
		return candidate{}, false
	}
	c.score += fault
	if fault == 0 && sn.Acts&reader.Problem != 0 {
		c.score++ // the reader's mark counts where no fault is stated in words
	}
	_, guess := guessWords.find(outsideParens(l))
	if guessOpeners.startsWith(l) {
		guess = true
	}
	if guess {
		c.score -= 3
	}
	if w, ok := ownDenials.find(l); ok && strings.Index(l, w) < 12 {
		c.score -= faultScore + 1 // a denial of one's own part, however worded
	}
	if strings.HasSuffix(c.text, "?") || sn.Acts&reader.Question != 0 {
		c.score -= faultScore
	}
	if complaintAside.MatchString(l) {
		c.score -= faultScore // why the fault matters to the writer, not what it is
	}
	return c, true
}

// complaintAside opens a sentence that tells how the fault weighs on the
// writer and what it leads to: "This is very annoying because now he drives
// under the bed of my son and is stuck there every day" (styles56 TR-55102,
// quoted as the problem of a robot vacuum that forgot its map after an
// update). Its words of trouble are a consequence; the fault is told in
// another sentence.
var complaintAside = regexp.MustCompile(`^(?:and |but |also )?(?:this|that|it)(?: is|'s| was|s) (?:very |so |really |extremely |quite |a bit |super |incredibly |most )?(?:annoying|frustrating|irritating|inconvenient|disappointing|upsetting|stressful|embarrassing|a (?:real |big |huge )?(?:pain|nuisance|headache))\b[ ,]*(?:because|as|since|now|-|:)`)

// outsideParens returns s without its parenthesised asides: "the print record
// (and I think some others) now shows as an e-audiobook" hedges how far the
// fault reaches, not whether it is one.
func outsideParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// openingRank ranks a sentence as the opening's statement of what the message
// is about, when no sentence states a fault: a form's description first, then
// any sentence that says something, questions (requests) included. A request
// is told in its first words, not in the sentence that shares most of the
// subject's, so restates does not count here.
func openingRank(sn reader.Sentence, _ bool) (candidate, bool) {
	c, ok := rankProblem(sn)
	if !ok || announcesOnly(c.text) {
		return c, false
	}
	if c.text != strings.TrimSpace(sn.Text) {
		return candidate{text: c.text, score: 1}, true
	}
	return candidate{text: c.text}, true
}

// announcement is a sentence that only says a question or a request follows:
// "hello, I have question." (styles60 SL-5547, quoted as what the customer
// wrote), "Quick question", "I need some help please".
var announcement = regexp.MustCompile(`^(hi|hello|hey|good (morning|afternoon|evening))?[ ,!]*(i (have|got|had) (a |one |another |some )?(quick |small |short )?(question|query|request)s?|(a |one )?(quick |small |short )?(question|query)|i need (some )?(help|assistance)|(can|could) you help( me)?|i have a problem)( for you| please| pls)?[ .!?:]*$`)

// announcesOnly reports whether text, a sentence of the opening, says no more
// than that a question or a request follows (see announcement).
func announcesOnly(text string) bool {
	return announcement.MatchString(lower(strings.TrimSpace(text)))
}

// bestProblem returns the sentence of m that best states the problem, and
// whether any ranks at all; of equal ranks the earliest wins.
func bestProblem(m *reader.Message, rank func(reader.Sentence) (candidate, bool)) (candidate, reader.Sentence, bool) {
	var best candidate
	var at reader.Sentence
	found := false
	for _, sn := range m.Sentences {
		c, ok := rank(sn)
		if !ok {
			continue
		}
		if !found || c.score > best.score {
			best, at, found = c, sn, true
		}
	}
	return best, at, found
}

// staffOpened returns the message in which staff opened the ticket on the
// customer's behalf (notes of a call, a chat or a visit) before anyone else
// wrote, or -1. Such a note may read as automatic by its timing alone, as a
// robot's answer would; one automatic by its text or author is not a note.
func staffOpened(t *ticket.Ticket, rd *reader.Reading) int {
	if len(rd.Messages) == 0 {
		return -1
	}
	m := &rd.Messages[0]
	if t.Events[m.Event].Role != ticket.RoleAgent || m.Automatic && m.Why != "timing" {
		return -1
	}
	return 0
}

// machineOpened returns the message in which a system opened the ticket (a
// monitoring alert, a status page's incident), or -1: the first message, an
// automatic one by a system, that acknowledges nothing. What it says is wrong
// is the ticket's problem: the customer, if they write, answers staff.
func machineOpened(t *ticket.Ticket, rd *reader.Reading) int {
	if len(rd.Messages) == 0 {
		return -1
	}
	m := &rd.Messages[0]
	if t.Events[m.Event].Role != ticket.RoleSystem || !m.Automatic {
		return -1
	}
	for _, sn := range m.Sentences {
		if sn.Acts&reader.AutoAck != 0 {
			return -1
		}
	}
	return 0
}

// alertRank ranks a line of an automatic message that opened the ticket: only
// a fault stated in words ranks, or the line that says the subject again
// (restates), and a line with a label ("ALERT: Stock sync lag > 24h", "Last
// error: ...") counts whole, as a machine writes every line so. A line that
// states the fault ranks above one that only names the subject's thing ("Host:
// gc-07 (Chair 4 valley station)" against "Status: DOWN - no heartbeat").
func alertRank(sn reader.Sentence, restates bool) (candidate, bool) {
	text := strings.TrimSpace(sn.Text)
	if len(text) <= 15 {
		return candidate{}, false
	}
	fault := faultRank(lower(text)) >= faultScore && !countOnly(text)
	state := !fault && alertState(text)
	reading := alertReading(text)
	if !restates && !fault && !state && !reading {
		return candidate{}, false
	}
	switch {
	case alertConsequence(text):
		// what may follow, below the reading the check gave
		return candidate{text: text, score: faultScore}, true
	case fault, alertHeadline(text):
		return candidate{text: text, score: faultScore + 3}, true
	case reading:
		// the check's figure against its bound, above a title that
		// only names the check (see alertReading)
		return candidate{text: text, score: faultScore + 2}, true
	case state:
		// a check's state in capitals, below a fault in words: "Host:
		// 10.44.12.32 Check: heartbeat State: CRITICAL" under "[PROBLEM]
		// SiteGate controller WHARF-GATE-02 … unreachable for 10 min"
		// (styles HB-20501)
		return candidate{text: text, score: faultScore + 1}, true
	}
	if _, _, isField := field(text); !isField {
		// the subject said again as a headline ranks with a state, and
		// comes first: "[PROBLEM] SiteGate controller WHARF-GATE-02 …
		// unreachable for 10 min"; a label's line ("Service: Volume
		// /vol/ndt usage") ranks below
		return candidate{text: text, score: faultScore + 1}, true
	}
	return candidate{text: text, score: faultScore}, true
}

// alertStates are the states a monitoring check reports a fault in, written
// in capitals by the machine ("Info: DISK CRITICAL - /vol/ndt 96% used",
// "Status: WARNING - 3 jobs queued").
var alertStates = []string{"CRITICAL", "WARNING", "UNREACHABLE"}

// alertState reports whether text, a line of an alert, gives a check's fault
// state in the machine's capitals: the line that tells what the check found,
// not the label line that only names the service ("Service: Volume /vol/ndt
// usage", styles59 KAE-24162), which restates the subject.
func alertState(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.Contains(alertStates, w) {
			return true
		}
	}
	return false
}

// laterProblem sets f.LaterProblem to the customer's statement of a fault made
// after staff's first remedy: the best-ranked sentence (see rankLater) of the
// first public customer message, other than the opening, that comes after a
// customer-visible staff message stating a fix, a restoration or the
// requested work done, or after the customer's own confirmation of the
// restoration (f.Restored). An internal
// note does not count: the customer answers what they were told, and a note
// may record a check that passed rather than a remedy. A change deployed and then failing at
// one site, a request fulfilled and then refused, a fix that did not hold:
// the story the opening alone does not tell. The customer's first message
// counts where the problem was quoted from another one (staff opened the
// ticket for them, or an alert did): it answers what staff did. It runs after
// the other facts are read, as it needs f.Restored.
func (f *Facts) laterProblem(t *ticket.Ticket, rd *reader.Reading) { f.laterProblemAfter(t, rd, false) }

// laterProblemAfter is laterProblem; with notes, staff's internal note of a
// step counts as the remedy too (see workNoteProblem).
func (f *Facts) laterProblemAfter(t *ticket.Ticket, rd *reader.Reading, notes bool) {
	remedied := false
	staffOpened := len(rd.Messages) > 0 && t.Events[rd.Messages[0].Event].Role == ticket.RoleAgent
	for mi := range rd.Messages {
		m := &rd.Messages[mi]
		e := &t.Events[m.Event]
		if t.Closed() && e.At.After(t.ClosedAt) {
			return
		}
		if m.Automatic {
			continue
		}
		// Before any remedy, a customer's message that reports a success
		// and then a fault ("Registration went fine. Decision notices
		// aren't generating though.") tells what the work left: its
		// sentences after the success count.
		after := -1
		if !remedied {
			after = restoredAt(m)
		}
		if (remedied || after >= 0) && e.Role == ticket.RoleCustomer && e.Public && (mi != rd.Opening || f.Problem != nil && f.Problem.Event != EventID(m.Event)) {
			rank := func(sn reader.Sentence) (candidate, bool) {
				if echoes(sn.Text, t.Subject) || sn.Start <= after {
					return candidate{}, false // the subject again, in a reply's header; or before the success
				}
				c, ok := rankLater(sn)
				if !ok {
					c, ok = recurrence(sn) // "Its doing it again this morning."
				}
				if !ok {
					c, ok = onsetLater(sn) // "since this morning the dashboard is showing nothing"
				}
				if ok && toldNoFault(lower(unwrapped(m, sn, c.text, e.Body))) {
					return candidate{}, false
				}
				return c, ok
			}
			if c, sn, ok := bestProblem(m, rank); ok && (f.Problem == nil || c.text != f.Problem.Text) {
				f.LaterProblem = &Quote{At: e.At, Role: e.Role, Public: e.Public, Text: clip(unwrapped(m, sn, c.text, e.Body)), Match: sn.Acts.String(), Event: EventID(m.Event)}
				return
			}
		}
		if !remedied {
			// Staff's note of the work done counts where staff opened the
			// ticket (a change they raised, a call they logged): the
			// customer was told nothing, and their first message answers
			// the work itself ("Upgrade done." in a note, then "Mic live
			// light in Studio 1 not coming on", styles23).
			remedied = e.Role == ticket.RoleAgent && (e.Public || staffOpened || notes) && remedies(m) ||
				e.Role == ticket.RoleCustomer && f.Restored != nil && f.Restored.Event == EventID(m.Event)
		}
	}
}

// toldNoFault reports whether l, the lowered text of a sentence that ranks as
// a later problem, tells no fault come back though its words are a fault's:
// thanks or relief (gratitude), a fault denied (deniedFault), the cause told
// (causeTold) or what the customer's own side did or found (ownSideTold). A
// report that says the fault came back where the ticket says it was fixed
// contradicts the ticket, so such a sentence is not quoted, and the
// restoration is not moved past it (restoredAfterLater).
func toldNoFault(l string) bool {
	return gratitude(l) || deniedFault(l) || causeTold(l) || ownSideTold(l)
}

// restoredAt returns the start of m's first sentence read as a restoration,
// or -1.
func restoredAt(m *reader.Message) int {
	for _, sn := range m.Sentences {
		if sn.Acts&reader.Restored != 0 {
			return sn.Start
		}
	}
	return -1
}

// workProblem sets f.LaterProblem, where the customer stated no later fault,
// to staff's own statement of a fault they found while doing the requested
// work: in a service request or a change, whose opening asks for work rather
// than reports a fault, the first sentence of a staff message or note, after
// staff's first step of the work, that states a fault in words ("Store 214
// failed: two tills didn't come back after reboot", "Cardiac call from bed 18
// did not reach the outreach pager"). A sentence that staff read as the
// cause (unless it names what failed before a colon, see failureTold), a
// step, a restoration, an estimate or a question does not count, nor
// does one that rankLater would not take from a customer. In an incident the
// opening states the fault already, and staff's findings are the
// investigation, so it runs for requests and changes only, once f.Type is
// known.
func (f *Facts) workProblem(t *ticket.Ticket, rd *reader.Reading) {
	if f.LaterProblem != nil || f.Type != ticket.TypeServiceRequest && f.Type != ticket.TypeChange {
		return
	}
	if p := f.Problem; p != nil && (p.Role != ticket.RoleCustomer && !staffRanChange(t, rd, p) || faultRank(lower(p.Text)) >= faultScore && !f.changeReason(t, rd)) {
		return // the opening reports a fault: staff's findings are the investigation
	}
	asked := openingAsks(rd)
	worked := false
	for mi := range rd.Messages {
		m := &rd.Messages[mi]
		e := &t.Events[m.Event]
		if t.Closed() && e.At.After(t.ClosedAt) {
			return
		}
		if m.Automatic || e.Role != ticket.RoleAgent {
			continue
		}
		for _, sn := range m.Sentences {
			if worked && (sn.Acts&(reader.Cause|reader.Fix|reader.Restored|reader.Estimate|reader.Question) == 0 || failureTold(sn)) {
				if c, ok := rankLater(sn); ok && found(lower(c.text)) && !answers(c.text, asked) && !toldNoFault(lower(unwrapped(m, sn, c.text, e.Body))) {
					f.LaterProblem = &Quote{At: e.At, Role: e.Role, Public: e.Public, Text: clip(unwrapped(m, sn, c.text, e.Body)), Match: sn.Acts.String(), Event: EventID(m.Event)}
					return
				}
			}
			if sn.Acts&reader.Fix != 0 && sn.Acts&(reader.Estimate|reader.Question) == 0 {
				worked = true
			}
		}
	}
}

// openingAsks returns the topic words of each sentence of the customer's
// opening that asks to know something: a question, or a doubt stated ("not
// sure if that matters for the bar till", "confirm whether the drivers' maps
// need updating"); not a request for work ("Please could you configure six
// more handsets ..."), whose words staff's findings share.
func openingAsks(rd *reader.Reading) [][]string {
	if rd.Opening < 0 || rd.Opening >= len(rd.Messages) {
		return nil
	}
	var out [][]string
	for _, sn := range rd.Messages[rd.Opening].Sentences {
		l := lower(sn.Text)
		_, doubt := doubtWords.find(l)
		if reader.Asks(sn.Text, sn.Acts) == reader.AskQuestion || doubt {
			out = append(out, contentWords(sn.Text))
		}
	}
	return out
}

// doubtWords state that the writer does not know something: an ask to know.
var doubtWords = newMatcher([]string{"not sure", "whether", "don't know if", "do not know if", "wondering if",
	"unsure", "no idea if"})

// answers reports whether text, a sentence of staff's, answers one of the
// opening's asks: it shares at least two of its topic words. Staff's "The
// drivers' maps don't need a separate update" (styles44) and "Ryan: under-18s
// can't be given a login on the bar till" (styles49) answer what the customer
// asked; the words of a fault there are the answer, not a fault found.
func answers(text string, asked [][]string) bool {
	for _, a := range asked {
		if shared(a, text) >= 2 {
			return true
		}
	}
	return false
}

// found reports whether l, a lowered sentence of staff's, reports what they
// found rather than a plan, a condition, an answer, a mixed result, a
// reassurance (see reassures) or a control that held its test (see
// controlHolds): not
// "I'll close this one, just reply here if something is missing", "so nobody
// is locked out" after "if a certificate change is planned", "Yes: ... test
// mode doesn't reach the bank", "Logged in fine ... while still on the call".
func found(l string) bool {
	if answerWords.startsWith(l) || firstPerson(l) || decisionOnly(l) {
		return false
	}
	_, planned := planWords.find(withoutNegatedModals(l))
	_, after := onceWords.find(l)
	_, fine := fineWords.find(l)
	return !planned && !after && !fine && !reassures(l) && !controlHolds(l)
}

// onceWords make what follows a consequence to come, once the customer or
// someone else has acted: "once he accepts he can upload episodes but won't
// see payouts" tells how the work will behave, not a fault.
var onceWords = newMatcher([]string{"once he", "once she", "once they", "once you", "once it", "as soon as"})

// reassures reports whether l, a lowered sentence of staff's, tells the
// customer that all is well rather than reports a fault: a reassurance
// ("so listeners won't notice a thing", "nothing changes for you", "no action
// needed"), a good state kept ("your account is still open and ready"), or a
// figure of no trouble ("none negative now", "0 failed") as the only word of
// failure. Staff found nothing wrong there, whatever words they chose.
func reassures(l string) bool {
	if _, ok := reassurances.find(l); ok {
		return true
	}
	if rest := noneElse.ReplaceAllString(l, " "); rest != l && faultRank(rest) < faultScore {
		return true // "No one else booked it at £440 overnight."
	}
	orig := strings.Fields(l)
	word := func(i int) string {
		if i < 0 || i >= len(orig) {
			return ""
		}
		return strings.Trim(orig[i], ".,;:!?()\"'")
	}
	words := slices.Clone(orig)
	blanked := false
	for i := range orig {
		w := word(i)
		switch {
		case w == "still" && (keptStates[word(i+1)] || linkWords[word(i+1)] && keptStates[word(i+2)] ||
			word(i+1) == "in" && word(i+2) == "place"):
			// "still open and ready", "still in place": a good state kept
		case w == "still" && checkNote.MatchString(l) && startsWithDigit(strings.TrimLeft(word(i+1), "£$€")):
			// "Checked after last night's sync: block still £400": a value
			// that held (see checkNote)
		case zeroWords[w] && (troubleStates[word(i+1)] || faultRank(word(i+1)) == faultScore):
			// "none negative", "0 failed", "zero errors": no trouble counted
			words[i+1] = ""
		default:
			continue
		}
		words[i], blanked = "", true
	}
	return blanked && !laterFault(strings.Join(words, " "), false)
}

// noneElse tells that the fault reached nobody besides those already named:
// "No one else booked it at £440 overnight." (styles74 KS-40290, quoted as
// the problem met during the work once the customer's thanks no longer was),
// "Nothing suspicious was found on your account and no one else used it"
// (styles9 PX-1184377), "No other sites reported" (styles5 DG-4590). Staff
// found no more harm there. "So nobody else can use it" is a purpose
// (planWords), and a present tense ("nobody else can log in") is no account
// of what happened.
var noneElse = regexp.MustCompile(`(?:^|, |and )(?:no one else|nobody else|no other [a-z]+) (?:has |have |was |were )?(?:[a-z]+ed|got|had|saw|came|rang|took|paid|made|hit|went|bought)\b`)

// checkNote opens staff's note of a check they ran ("Checked after
// tonight's import run:", "01/04 check:"): a figure it finds "still" at is
// the value the work was to keep, not a fault left. Rows: styles74 KS-40290
// "Checked after last night's sync: block still £400, derive off." (quoted
// as the problem met during the work), styles31 HA-20488 "Checked after
// tonight's import run: lookahead still 14, slots present to the 29th",
// styles6 KD-7741 "Checked 07:50 - driver still 3.4.1, test capture OK.",
// styles12 BL-72255 "01/04 check: ... a March-inception renewal quoted today
// (CP-770912) still 15%." (the rate the request kept for March policies). A
// customer's "did that, still 5003" (styles4 STR-771204, an error code) is no
// check of staff's.
var checkNote = regexp.MustCompile(`^(?:\S+ )?check(?:ed)?\b`)

// reassurances tell the customer that nothing is wrong for them.
var reassurances = newMatcher([]string{"won't notice", "will not notice", "wont notice", "won't be affected",
	"will not be affected", "won't affect", "will not affect", "nothing changes for you", "nothing will change",
	"nothing changes on your side", "no action needed", "no action is needed", "no action required",
	"no action is required", "nothing you need to do", "you don't need to do anything", "you do not need to do anything",
	"no need to do anything"})

// keptStates are the good states "still" keeps in staff's reassurance, besides
// those a customer's later message keeps (positive): "still open", "still ready".
var keptStates = func() map[string]bool {
	m := map[string]bool{"open": true, "ready": true, "valid": true, "safe": true, "unchanged": true}
	for w := range positive {
		m[w] = true
	}
	return m
}()

// zeroWords count nothing: before a state of trouble they say there is none.
var zeroWords = map[string]bool{"none": true, "0": true, "zero": true, "nil": true}

// troubleStates are states of trouble that a count of none denies: "none
// negative now", "zero outstanding".
var troubleStates = map[string]bool{"negative": true, "outstanding": true, "overdrawn": true, "left": true,
	"remaining": true, "affected": true, "overdue": true}

// answerWords open an answer to a question.
var answerWords = newMatcher([]string{"yes", "no,", "no:", "no -", "no.", "yep", "nope"})

// planWords make a statement a plan, a condition or a purpose.
var planWords = newMatcher([]string{"if", "unless", "will", "i'll", "we'll", "would", "should", "could", "so that", "so nobody",
	"so no one", "in future", "in the future"})

// fineWords state that something works.
var fineWords = newMatcher([]string{"fine", "ok", "okay", "works", "working", "correct", "correctly"})

// remedies reports whether a staff message states a remedy: a fix or
// workaround applied or given (not one promised for later, nor one asked
// about: "could you try a private window?"), or a restoration or the requested
// work done.
func remedies(m *reader.Message) bool {
	for _, sn := range m.Sentences {
		if sn.Acts&reader.Restored != 0 || sn.Acts&reader.Fix != 0 && sn.Acts&(reader.Estimate|reader.Question) == 0 {
			return true
		}
	}
	return false
}

// rankLater ranks a sentence of a customer's later message as a statement of
// a fault: only a fault stated in words ranks (a failure named or a verb of
// function negated, see laterFault), and not a question, a guess, a denial of
// the customer's own part, a statement that the service works again, a
// permission or instruction to staff ("you can take it down now"), or the
// customer's report of a step they took ("we've disabled the setting as you
// said") unless it says the fault remains ("cleared the cache, still crashes").
func rankLater(sn reader.Sentence) (candidate, bool) {
	if sn.Acts&(reader.Restored|reader.Question) != 0 {
		return candidate{}, false
	}
	c, ok := rankProblem(sn)
	if !ok || c.score < faultScore {
		return candidate{}, false
	}
	l := lower(c.text)
	if addressWords.startsWith(l) || permits(l) || thankedOutcome(l) {
		return candidate{}, false
	}
	if rest := lateApology.ReplaceAllString(l, " "); rest != l && faultRank(rest) < faultScore {
		return candidate{}, false // "Hello, sorry for late answer.": the customer's own lateness (styles59 BCIT-31571)
	}
	if askToKnow.MatchString(l) {
		return candidate{}, false // "Would still like to know how it happened": an ask
	}
	_, persists := persistWords.find(l)
	if !persists && (pastImpact.MatchString(l) || lateStart.MatchString(l)) {
		return candidate{}, false // "Had 2 move-ins stuck at the gate, let them in by hand": what the fault cost while it lasted (styles23 SR-118230)
	}
	if sn.Acts&reader.Fix != 0 && !persists {
		return candidate{}, false
	}
	if !persists && ownNextStep.MatchString(l) {
		return candidate{}, false // "I'll stand down the 30 minute calls": what the customer will do now (styles65 VG65-11)
	}
	if !laterFault(l, persists && sn.Acts&reader.Fix != 0) {
		return candidate{}, false
	}
	return c, true
}

// ownNextStep opens a customer's sentence with what they will do themselves
// ("I'll stand down the 30 minute calls", styles65 VG65-11; "We will add the
// missing dates", NFS-1203): a plan, whose words of a fault ("stand down",
// "missing") report none. With "still", "again" or "but" (persistWords) the
// fault stands.
var ownNextStep = regexp.MustCompile(`^(?:(?:thanks|thank you|cheers|great|ok|okay)\b[^a-z]*)?(?:i'll|i will|we'll|we will|i’ll|we’ll) `)

// lateApology is a writer's apology for their own late answer ("sorry for
// late answer", "apologies for the slow reply", "sorry for the delay in
// getting back"): its "late" or "slow" is no fault of the service.
var lateApology = regexp.MustCompile(`\b(sorry|apolog\w*) (for|about) (the |my |this |our )?((late|slow|delayed) (answer|reply|response|return)|delay( in (replying|answering|responding|getting back))?)`)

// pastImpact opens a customer's account, in the past tense, of what the fault
// cost them while it lasted: people or work held up ("had 2 move-ins stuck at
// the gate", "we had three drivers waiting") or time lost ("we lost one hour
// of productivity", styles23 SR-118230, PLS-20931; "the best part of an hour of
// the client's time", styles67 FY-5160). Told after staff's fix, it
// is the impact of the fault the ticket is about, not a new one; a fault of
// the system counted ("had one error Wednesday night") is not impact, and
// with "still", "again" or "another" (persistWords) the fault stands.
var pastImpact = regexp.MustCompile(`^(?:(?:thanks|thank you|cheers|ok|okay)\b[^a-z]*)?(?:we |i |we've |i've |we have |we did )?(?:had (?:\d+|a few|some|several|a couple of|one|two|three|four|five|six|a dozen|a|an) (?:[\w'-]+ ){1,2}(?:stuck|waiting|queuing|queueing|turned away|unable|let in|sent home|held up|delayed)\b|lost (?:about |around |roughly |nearly |almost |over )?(?:\d+|an?|one|two|three|half an?|a full|most of an?|a whole|the (?:best|better) part of an?) (?:hours?|minutes?|mins?|days?|mornings?|afternoons?|shifts?|evenings?|nights?)(?: of (?:\w+ )?(?:productivity|work|trading|sales|business|production|time))?\b)`)

// addressWords open a sentence addressed to staff, a permission or an
// instruction rather than a report: "You can take it down now".
var addressWords = newMatcher([]string{"you can", "you may", "you could", "feel free", "please", "pls", "go ahead"})

// permits reports whether l, a lowered sentence of a customer's, grants or
// asks staff something in one of its clauses and says no fault remains: "We
// approve, please go ahead with the 500", "Yes take suite 4's, nobody is in
// there till April" (styles46). The words of failure there are the reason for
// the permission or a quantity, not a fault; with "still", "again" or "but"
// the fault stands ("ok, go ahead, but the tills are still down").
func permits(l string) bool {
	if _, ok := persistWords.find(l); ok {
		return false
	}
	for _, clause := range strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' }) {
		clause = strings.TrimSpace(clause)
		for {
			w, rest, _ := strings.Cut(clause, " ")
			if !yesWords[strings.Trim(w, ".!:-")] {
				break
			}
			clause = rest // "yes ok go ahead": the answer, then the permission
		}
		if addressWords.startsWith(clause) || approvalWords.startsWith(clause) || takeWhich(clause) {
			return true
		}
	}
	return false
}

// yesWords answer yes before a permission.
var yesWords = map[string]bool{"yes": true, "yep": true, "ok": true, "okay": true, "sure": true, "fine": true}

// approvalWords open a clause that approves what staff proposed, or tells
// them to do it.
var approvalWords = newMatcher([]string{"we approve", "i approve", "approved", "go ahead", "proceed", "do it",
	"carry on", "that's fine to", "happy for you to", "happy to go ahead"})

// takeWhich reports whether a clause tells staff which thing to take, as a
// choice between what they proposed: "take it", "take the spare", "take suite
// 4's", not a length of time ("takes ages", "take a long time") nor "take a
// look".
func takeWhich(clause string) bool {
	rest, ok := strings.CutPrefix(clause, "take ")
	if !ok {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return next != "" && !takeNotChoice[next]
}

// takeNotChoice are the words after "take" that make it no choice.
var takeNotChoice = map[string]bool{"a": true, "an": true, "ages": true, "forever": true, "long": true, "too": true,
	"time": true, "hours": true, "days": true, "minutes": true, "weeks": true, "care": true, "over": true}

// persistWords say that a fault remains or returned, or set a fault against
// what works: "still", "again", "but", "the same error".
var persistWords = newMatcher([]string{"still", "again", "but", "though", "however", "same", "another", "yet"})

// laterFault reports whether l, a lowered sentence of a customer's later
// message, states a fault in words (faultRank at faultScore), leaving out the
// words that state one only in other uses: "still" before a good state or a
// wish ("still fast, thanks!", "it is still fine", "still need a proper
// fix") unless the customer also says they took the step asked (tried), or
// in a sentence that says something works and sets no fault against it, nor a
// negation in the three words after, even after the step asked ("Replaced it:
// plays fine, and downloads still say 913", but "fine on desktop but still
// slow on the phone", "works, and the TV still has no sound"); "stopped" before an activity that is not a function
// ("staff have stopped checking receipts", but "stopped working"); a drop as a
// decline ("calls have dropped right off"); "taking over" without a number;
// a fault word after "only" and a count ("only 11 bounces this time"); and a
// fault word that names the items or the topic of the earlier fault: a
// participle after a determiner ("re-sent to the bounced ones"), or any fault
// word after a preposition and a determiner ("complaints about the late
// buses"). A sentence that says the state is as meant ("turned down, as it
// should be") states no fault.
func laterFault(l string, tried bool) bool {
	if expected(l) {
		return false // "turned down, as it should be": the work doing what was asked
	}
	l = supposed(l) // "if it happens again we're out": a fault only supposed
	_, works := fineWords.find(l)
	_, contrast := contrastWords.find(l)
	kept := works && !contrast // "plays fine …, and downloads still say 913"
	orig := strings.Fields(l)
	words := slices.Clone(orig) // the words left to rank; orig is read
	word := func(i int) string {
		if i < 0 || i >= len(orig) {
			return ""
		}
		return strings.Trim(orig[i], ".,;:!?()\"'")
	}
	for i := range words {
		w := word(i)
		switch {
		case w == "still" && kept && faultRank(strings.Join(orig[i+1:min(i+4, len(orig))], " ")) == 0,
			w == "still" && !tried && (positive[word(i+1)] || positive[word(i+2)] && linkWords[word(i+1)]),
			w == "still" && word(i+1) == "in" && word(i+2) == "place":
			// "the allowlist is still in place": a good state kept
		case (w == "stopped" || w == "stops") && strings.HasSuffix(word(i+1), "ing") && !functionGerund(word(i+1)):
		case strings.HasPrefix(w, "drop") && (word(i+1) == "right" && word(i+2) == "off" || word(i+1) == "away"):
		case w == "taking" && word(i+1) == "over" && !startsWithDigit(word(i+2)):
		case word(i-2) == "only" && startsWithDigit(word(i-1)):
		case determiners[word(i-1)] && (strings.HasSuffix(w, "ed") || topicWords[word(i-2)]):
		case (w == "none" || w == "nothing") && word(i+1) == "since":
			// "none since the update": no recurrence
		case w == "never" && (word(i+1) == "a" || word(i+1) == "an") && problemNouns[word(i+2)]:
			// "never a problem": praise of the past
		case (w == "nobody" || w == "no") && (word(i+1) == "has" || word(i+1) == "one") && (word(i+2) == "touched" || word(i+3) == "touched"):
			// "nobody has touched the laptops since": the step asked, kept
		case w == "no" && problemNouns[word(i+1)] || word(i-1) == "no" && problemNouns[w],
			problemNouns[w] && deniedByWithout(word, i):
			// "no breaks at all", "no errors since", "without a single drop"
		case w == "drop" && word(i-1) == "and" && word(i-2) == "drag", w == "drop" && word(i-1) == "&" && word(i-2) == "drag":
			// "drag and drop working too"
		case strings.HasPrefix(w, "freez") && freezeKinds[word(i-1)]:
			// "before our release freeze"
		case w == "down" && particleDown(orig, i):
			// "took the posters down", "the phones have calmed down"
		case w == "nobody" && nobodyNot[word(i+1)]:
			// "sorry nobody told us": who knew, not who is kept from work
		default:
			continue
		}
		words[i] = ""
	}
	return faultRank(strings.Join(words, " ")) == faultScore
}

// expectedWords say that a state is as it was meant to be: what follows a
// success in a customer's report of a test ("a booking for Saturday was turned
// down, as it should be") is no fault, whatever its words.
var expectedWords = newMatcher([]string{"as it should be", "as it should", "as they should be", "as they should",
	"as expected", "as intended", "as designed", "as we wanted", "as planned", "which is correct", "which is right",
	// "refused, which is exactly what we want" (styles39 NLI-77489), "which
	// is exactly what we wanted" (styles17), "slowing down over the sandy
	// bit like it should" (styles51 RL-7802)
	"exactly what we want*", "like it should", "like they should",
	// a state told as the one wanted ("she can't see anything else, which
	// is what we wanted", styles98 16; "only 2-3 minutes down ..., which is
	// what we'd expect with the works on", styles58 17; "the change itself
	// is doing what we wanted", styles15 17; each labelled restored)
	"which is what we want*", "which is what we'd expect", "doing what we want*"})

// expected reports whether l, a lowered sentence, says a state is as it was
// meant to be (expectedWords) with no negation in the three words before:
// "not working as expected", "doesn't behave as it should" and "isn't as
// intended" state a fault, as the words of a fault before them do.
func expected(l string) bool {
	for i, w := range expectedWords.words {
		for off := 0; off < len(l); {
			k := strings.Index(l[off:], w)
			if k < 0 {
				break
			}
			k += off
			off = k + 1
			if !boundaryBefore(l, k, w) || !expectedWords.prefix[i] && !boundaryAfter(l, k+len(w), w) {
				continue
			}
			if !negatedBefore(l[:k], 3) {
				return true
			}
		}
	}
	return false
}

// negatedBefore reports whether one of the last n words of s negates: "not",
// "never", "no", or a word ending in "n't".
func negatedBefore(s string, n int) bool {
	for ; n > 0; n-- {
		s = strings.TrimRight(s, " ,;:")
		if s == "" {
			return false
		}
		w := s[strings.LastIndexByte(s, ' ')+1:]
		s = s[:len(s)-len(w)]
		w = reader.StraightApostrophes(w)
		if w == "not" || w == "never" || w == "no" || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// contrastWords set a fault against what works ("fine on desktop but still
// crashes on the phone"): with one, "still" keeps its sense of a fault remaining.
var contrastWords = newMatcher([]string{"but", "though", "however", "except", "apart from", "yet", "although"})

// problemNouns name a fault: after "no" or "never a" they deny one.
var problemNouns = map[string]bool{"problem": true, "problems": true, "issue": true, "issues": true, "error": true,
	"errors": true, "break": true, "breaks": true, "drop": true, "drops": true, "dropouts": true, "failures": true,
	"complaints": true, "crashes": true, "complaint": true, "crash": true, "failure": true}

// freezeKinds before "freeze" make it a period without changes ("a release
// freeze"), not a frozen screen.
var freezeKinds = map[string]bool{"release": true, "code": true, "change": true, "deployment": true, "deploy": true,
	"price": true, "pay": true, "feature": true, "hiring": true, "content": true}

// particleDown reports whether "down", the word at i, completes a verb that
// is no fault: a thing taken or put down ("took the watercolours down"),
// something that calmed or settled down, or a measure that is going or came
// down ("the queue at the gate is going down"; a server going down is a fault).
func particleDown(words []string, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		switch strings.Trim(words[k], ".,;:!?()\"'") {
		case "took", "take", "taken", "taking", "put", "putting", "calmed", "calm", "calming", "settled", "settling",
			"wound", "winding", "brought", "bring":
			return true
		case "going", "gone", "came", "coming", "come", "went":
			for _, w := range words[:k] {
				if measureNouns[strings.Trim(w, ".,;:!?()\"'")] {
					return true
				}
			}
		}
	}
	return false
}

// measureNouns are quantities whose going down is good news.
var measureNouns = map[string]bool{"queue": true, "queues": true, "backlog": true, "numbers": true, "calls": true,
	"complaints": true, "latency": true, "load": true, "temperature": true, "count": true, "wait": true, "waits": true,
	"errors": true, "rate": true}

// functionGerund reports whether g names a function that can fail ("working",
// "printing", "syncing"): a verb of arrivalVerbs with -ing.
func functionGerund(g string) bool {
	stem := strings.TrimSuffix(g, "ing")
	return arrivalVerbs[stem] || arrivalVerbs[stem+"e"] || len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && arrivalVerbs[stem[:len(stem)-1]] ||
		stem == "respond" || stem == "charg" || stem == "boot"
}

// positive are the states that "still" keeps when nothing is wrong, and the
// wishes it may come before ("we still need a permanent fix": a request).
var positive = map[string]bool{"fast": true, "fine": true, "good": true, "great": true, "ok": true, "okay": true,
	"working": true, "works": true, "stable": true, "up": true, "quick": true, "perfect": true, "smooth": true,
	"correct": true, "right": true, "happy": true, "running": true, "online": true, "available": true,
	"need": true, "needs": true, "want": true, "wants": true, "visible": true, "readable": true, "intact": true,
	"accessible": true, "fits": true, "fit": true}

// linkWords may stand between "still" and a state: "still looks fine".
var linkWords = map[string]bool{"is": true, "are": true, "was": true, "looks": true, "look": true, "seems": true,
	"seem": true, "very": true, "all": true, "be": true}

var determiners = map[string]bool{"the": true, "those": true, "these": true}

// topicWords before a determiner make what follows a topic, not a report:
// "calls about the wrong dates".
var topicWords = map[string]bool{"about": true, "of": true, "for": true, "regarding": true, "re": true, "on": true}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// firstPerson reports whether l, lower-cased, opens with staff's own subject
// ("I've also closed the old membership so it can't ...", "we'll keep an
// eye on it"): what staff did or will do, not a fault they found.
func firstPerson(l string) bool {
	w, _, _ := strings.Cut(l, " ")
	switch strings.Trim(reader.StraightApostrophes(w), ",.:;!") {
	case "i", "i've", "i'm", "i'll", "i'd", "we", "we've", "we're", "we'll", "we'd":
		return true
	}
	return false
}
