package reader

import "strings"

// The model's own guards for restorations (modelVeto): forms of English in
// which a sentence that reads like a working state is not one. The rules
// never give such a sentence Restored through a phrase they refuse; these
// guards only refuse what the word model would add, so they do not change
// the rules' readings (docs/quality.md, "Guards for the restored model").

// modelRefusesRestored reports whether a sentence with the rules' acts, its
// tokens ts, states something other than a working state: a fault left
// standing at its end, a part that works beside one that does not, a state
// yet to come, an earlier state told in the past perfect, or a step reported
// done with no result (a step with a check the rules read as investigation
// reports the check's result: "re-imaged it and confirmed it boots").
func modelRefusesRestored(ts []string, acts Act) bool {
	// The guards on a fault read only the tokens that may name one, found
	// in one lookup each: most sentences have none.
	var buf [8]int
	faults := buf[:0]
	for k, w := range ts {
		if modelFaultAny.has(w) {
			faults = append(faults, k)
		}
	}
	return faultStands(ts, faults) || remainderWorks(ts, faults) || comesLater(ts) || pastPerfect(ts) || asksOrWaits(ts) ||
		acts&(Fix|Investigation) == Fix && !resultStated(ts) || intentNow(ts) || habitual(ts) || keepsFaulting(ts)
}

// modelRefusesFix reports whether a sentence is no remedy in a form the
// rules refuse a fix (fix_refused.go): a change told with the harm it did
// ("their host key changed overnight, our side rejects the new fingerprint"),
// a setting described as it stands ("the schedule is set to UTC"), or what
// usually happens ("refunds usually take 5-10 working days"). The model reads
// the change's verb as a remedy's; the rules know the harm after it.
func modelRefusesFix(sc *scan, acts Act) bool {
	return changeThenHarm(sc) || settingStated(sc.ts) || stepFailed(sc.ts) || announcedStep(sc.ts) || resultNote(sc.ts) || versionOnlyFix(sc.ts) || closingAs("", sc.ts) || stepScheduled(sc.ts) || habitual(sc.ts) || askedOnward(sc.ts) || handedOn(sc.ts) || hypothesisNotFix(sc) || checkFinding(sc.ts) || acts&Restored != 0 && stateWithoutStep(sc)
}

// stateWithoutStep reports whether a sentence the rules read as a restoration
// tells a service doing its work again with no step in it: no remedial word,
// no "done", and a sign that the service runs ("again", "successfully"):
// "Backups have run successfully for three nights now", "Data is coming in
// again since 10:41". Such a result is the restoration, not a fix; "Union
// Sq done, all tap tests pass" reports the step.
func stateWithoutStep(sc *scan) bool {
	if sc.all&(clsRemedyPast|clsRemedyIng|clsRemedialBase|clsOutcome) != 0 || fixWords.hasIn(sc) {
		return false
	}
	runs := false
	for _, t := range sc.ts {
		switch t {
		case "done", "live", "set":
			return false
		case "again", "successfully":
			runs = true
		}
	}
	return runs
}

// intentLead may open a writer's statement of what they are doing: an
// assent, and the writer as subject.
var intentLead = newWordSet(map[string]bool{"ok": true, "okay": true, "yes": true, "yep": true, "sure": true, "alright": true,
	"great": true, "thanks": true, "i": true, "we": true, "i'm": true, "we're": true, "i'll": true, "we'll": true,
	"am": true, "will": true, "just": true, "now": true})

// intentObjects close the step the writer is taking ("doing it", "send them").
var intentObjects = newWordSet(map[string]bool{"it": true, "them": true, "that": true, "this": true, "those": true})

// intentTail may end the sentence after the step's object: when it is taken.
var intentTail = newWordSet(map[string]bool{"now": true, "right": true, "asap": true, "straight": true, "away": true,
	"again": true, "today": true, "then": true, "thanks": true, "thank": true, "you": true})

// intentNow reports the writer's own step being taken or about to be, with
// no result: "ok I send it now", "ok doing it now", "will try that right
// away", "restarting them now". The step is a verb of an action (askedVerbs,
// infoVerbs, or their -ing form) taking a pronoun, and nothing but a time
// follows. Not "it's working now" (the thing as subject), "yes running
// now" (no object: a state), "Linking them now, 60 done" (a result
// follows).
func intentNow(ts []string) bool {
	k := 0
	for k < len(ts) && intentLead.has(ts[k]) {
		k++
	}
	if k+1 >= len(ts) || !actionVerb(ts[k]) || !intentObjects.has(ts[k+1]) {
		return false
	}
	for _, t := range ts[k+2:] {
		if !intentTail.has(t) {
			return false
		}
	}
	return true
}

// actionVerb reports a verb of the writer's action in its base or -ing form:
// "send", "doing", "trying", "restarting".
func actionVerb(w string) bool {
	if askedVerbs.has(w) || infoVerbs[w] {
		return true
	}
	n := len(w)
	if n < 5 || w[n-3:] != "ing" {
		return false
	}
	stem := w[:n-3]
	if askedVerbs.has(stem) || infoVerbs[stem] || askedVerbs.has(stem+"e") {
		return true // "sending", "closing"
	}
	l := len(stem)
	return l > 2 && stem[l-1] == stem[l-2] && askedVerbs.has(stem[:l-1]) // "running"
}

// habitualWords make a statement about what usually happens, not what has:
// "they usually appear back on the card in 3 to 5 working days", "refunds
// typically show within a week".
var habitualWords = newWordSet(map[string]bool{"usually": true, "typically": true, "generally": true, "normally": true})

// habitual reports a statement of what usually happens: a habitual adverb
// before the verb ("usually appear", "typically take"), not "running
// normally" (the adverb after its verb states how a thing runs now).
func habitual(ts []string) bool {
	for k, t := range ts {
		if !habitualWords.has(t) || k+1 >= len(ts) {
			continue
		}
		if n := ts[k+1]; n != "now" && n != "again" && !stepNotObject.has(n) && !strings.HasSuffix(n, "ing") && !strings.HasSuffix(n, "ed") {
			return true
		}
	}
	return false
}

// keepWords say a fault recurs: "keeps going down every hour", "kept
// failing", "keep dropping".
var keepWords = newWordSet(map[string]bool{"keeps": true, "keep": true, "kept": true, "keeping": true})

// keepsFaulting reports a recurring fault: "keep" and a fault within two
// words ("keeps going down", "keeps failing", "keep crashing", "keep going
// offline"). Not negated ("no longer keeps dropping").
func keepsFaulting(ts []string) bool {
	for k, t := range ts {
		if !keepWords.has(t) || negAt(ts, 0, k) {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+2; j++ {
			w := ts[j]
			if modelFaultWords[w] || faultIng[w] || faultState[w] && ts[j-1] == "going" ||
				(w == "crashing" || w == "freezing" || w == "disconnecting" || w == "restarting" || w == "rebooting" || w == "dropping") {
				return true
			}
		}
	}
	return false
}

// modelFaultAny are the words faultAt may read as a fault, and those
// remainderWorks takes for one: the positions the fault guards look at.
var modelFaultAny = newWordSet(func() map[string]bool {
	m := map[string]bool{"timed": true}
	for _, set := range []map[string]bool{modelFaultWords, faultAsWords, faultIng, faultState, faultVerbs} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}())

// askPairs are two words that ask the reader for something, with or
// without a question mark: "can I confirm with you that you tested", "we
// need your support to test the system", "provide us with feedback".
var askPairs = map[[2]string]bool{{"can", "i"}: true, {"could", "i"}: true, {"can", "you"}: true,
	{"could", "you"}: true, {"would", "you"}: true, {"will", "you"}: true, {"need", "your"}: true,
	{"needs", "your"}: true, {"require", "your"}: true, {"provide", "us"}: true, {"let", "us"}: true,
	{"let", "me"}: true, {"share", "with"}: true}

// asksOrWaits reports a sentence that asks for a step or a check, or waits
// for one: "for now waiting the business test", "please test and confirm".
// "please note that ..." and "kindly be informed ..." announce a statement
// and are not asks.
func asksOrWaits(ts []string) bool {
	for k, w := range ts {
		var next string
		if k+1 < len(ts) {
			next = ts[k+1]
		}
		switch {
		case w == "waiting" || w == "awaiting" || w == "wait":
			return true
		case (w == "please" || w == "kindly") && next != "note" && next != "be" && next != "find" && next != "":
			return true
		case askPairs[[2]string{w, next}]:
			return true
		}
	}
	return false
}

// modelFaultWords are the words of a fault when they are the sentence's
// predicate: a state ("offline", "down"), a verb ("fail", "crashed",
// "timed out") or a progressive ("clashing"). "denied" and "refused" joined
// "rejected" when the model trained on every set to styles82 read staff's
// "Tested as jsmith - access denied." after an access grant as a restoration
// (TestLaterProblem): on the styles sets they take one false restoration
// (styles64) and one true (styles6 17, an ethical wall whose test is meant
// to be refused), tuning restored F1 0.791 either way, styles83-86 unchanged.
var modelFaultWords = map[string]bool{"fail": true, "fails": true, "failing": true, "failed": true,
	"crashing": true, "crashes": true, "erroring": true, "errors": true, "clashing": true, "conflicting": true,
	"timing": true, "times": true, "hanging": true, "freezing": true, "rejects": true, "rejected": true,
	"bouncing": true, "bounces": true, "declines": true, "declining": true, "denied": true, "refused": true}

// faultAsWords close "come back as ..." or "marked as ..." as a fault.
var faultAsWords = map[string]bool{"returned": true, "rejected": true, "bounced": true, "failed": true,
	"declined": true, "unpaid": true, "undeliverable": true, "invalid": true, "errored": true}

// faultAt reports whether ts[k] is a fault stated of something now or
// lately: not negated ("no longer offline", "not failing"), not an
// attribute ("the failed backup", "the texts that failed"), and for a
// state word, the predicate of a be verb or followed by "again".
func faultAt(ts []string, k int) bool {
	w := ts[k]
	var prev string
	if k > 0 {
		prev = ts[k-1]
	}
	switch prev {
	case "not", "no", "never", "longer", "without", "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't",
		"don't", "won't", "nothing", "zero", "0", "the", "a", "an", "any", "those", "these", "that", "which", "who",
		"of", "previously", "earlier", "formerly":
		return false
	case "as":
		return faultAsWords[w]
	}
	if k > 1 && negations.at(ts, k-2) {
		return false
	}
	if modelFaultWords[w] || faultIng[w] {
		return w != "timing" && w != "times" || k+1 < len(ts) && ts[k+1] == "out"
	}
	if w == "timed" {
		return k+1 < len(ts) && ts[k+1] == "out"
	}
	if faultState[w] || faultVerbs[w] {
		if k+1 < len(ts) && ts[k+1] == "again" {
			return true
		}
		switch prev {
		case "is", "are", "'s", "went", "gone", "goes", "go", "remains", "remain", "stays", "stay":
			return true
		}
		return strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "'re")
	}
	return false
}

// recoveredWords after a fault say it was put right ("was offline, back
// now", "failed twice and is fine now").
var recoveredWords = newWordSet(map[string]bool{"now": true, "fine": true, "ok": true, "okay": true, "working": true,
	"works": true, "worked": true, "normal": true, "online": true, "restored": true, "recovered": true,
	"resolved": true, "fixed": true, "cleared": true, "since": true})

// faultStands reports whether a fault is stated and nothing after it says
// it was put right: "the APs are up but clients fail at DHCP", "two
// gateways are offline again", "timed out and rolled themselves back".
func faultStands(ts []string, faults []int) bool {
	last := -1
	for _, k := range faults {
		if faultAt(ts, k) {
			last = k
		}
	}
	if last < 0 {
		return false
	}
	for k := last + 1; k < len(ts); k++ {
		if recoveredWords.has(ts[k]) || restoredWords.at(ts, k) {
			return false
		}
	}
	return true
}

// remainderWorks reports a working state said only of the rest beside a
// fault: "one till declined cards this morning, the rest are fine".
func remainderWorks(ts []string, faults []int) bool {
	first := -1
	for _, k := range faults {
		if faultAt(ts, k) || faultVerbs[ts[k]] || faultState[ts[k]] {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	for k := first + 1; k+1 < len(ts); k++ {
		switch {
		case ts[k] == "the" && (ts[k+1] == "rest" || ts[k+1] == "others" || ts[k+1] == "remaining"),
			ts[k] == "everything" && ts[k+1] == "else", ts[k] == "everyone" && ts[k+1] == "else":
			return true
		}
	}
	return false
}

// modelMonths name a month a scheduled state falls on (weekdays its day).
var modelMonths = newWordSet(map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true})

// scheduledVerbs are present-tense changes of state that, with a day or
// time ahead, describe a schedule: "everything goes back at midnight on
// Saturday".
var scheduledVerbs = newWordSet(map[string]bool{"goes": true, "comes": true, "switches": true, "reverts": true,
	"moves": true, "changes": true, "flips": true, "resumes": true, "reopens": true, "restarts": true})

// dueNext are the words after "due" that make it a date ahead ("due in
// March", "due next week"), not a cause ("due to the change").
var dueNext = newWordSet(map[string]bool{"in": true, "on": true, "by": true, "for": true, "next": true, "out": true,
	"at": true, "this": true, "early": true, "late": true, "end": true, "tomorrow": true, "shortly": true, "soon": true})

// nextWhat are what "next" makes a thing yet to come.
var nextWhat = newWordSet(map[string]bool{"week": true, "month": true, "release": true, "version": true, "update": true,
	"patch": true, "build": true, "sprint": true, "year": true, "quarter": true, "window": true})

// comesLater reports a state yet to come without "will": "the fixed driver
// is in 4.3, due in March", "goes back behind the meter at 23:59 on
// Saturday", "in the next release", "tomorrow".
func comesLater(ts []string) bool {
	sched := false
	for k, w := range ts {
		var next string
		if k+1 < len(ts) {
			next = ts[k+1]
		}
		switch {
		case w == "due" && (dueNext.has(next) || modelMonths.has(next) || weekdays.has(next)):
			return true
		case w == "tomorrow", w == "next" && nextWhat.has(next), w == "later" && (next == "today" || next == "this"):
			return true
		case scheduledVerbs.has(w):
			sched = true
		case sched && (w == "on" || w == "by" || w == "from") && weekdays.has(next):
			return true
		}
	}
	return false
}

// pastPerfect reports an earlier state told in the past perfect with
// nothing said of now: "the profile had been built from the old database"
// explains; "had been down for an hour, back now" restores.
func pastPerfect(ts []string) bool {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] != "had" || ts[k+1] != "been" {
			continue
		}
		for j := k + 2; j < len(ts); j++ {
			if ts[j] == "now" || ts[j] == "again" || ts[j] == "back" || restoredWords.at(ts, j) {
				return false
			}
		}
		return true
	}
	return false
}

// stepResultWords state what a step left: a present state ("is", "shows",
// "looks"), a good state ("fine", "ok", "correctly"), or an expected one
// ("should now be in the folder").
var stepResultWords = newWordSet(map[string]bool{"is": true, "are": true, "it's": true, "that's": true, "they're": true,
	"shows": true, "show": true, "showing": true, "reports": true, "report": true, "looks": true, "look": true,
	"works": true, "work": true, "working": true, "runs": true, "triggers": true, "matches": true, "match": true,
	"see": true, "sees": true, "appears": true, "appear": true, "fine": true, "ok": true, "okay": true,
	"correct": true, "correctly": true, "right": true, "should": true, "passes": true, "passed": true})

// resultStated reports whether a sentence the rules read as a fix also says
// what the step left ("we have corrected the codes and the students are now
// enrolled"), as against the step alone ("we've added the mapping and
// reloaded the tables just now"): a fix reported done is not a restoration.
func resultStated(ts []string) bool {
	for k, w := range ts {
		if stepResultWords.has(w) && (k > 0 || w != "ok" && w != "okay") { // not "ok, done: ..."
			return true
		}
		// A time measured: "done in 31 minutes", "paged within 3 s".
		if (w == "in" || w == "within") && k+2 < len(ts) && hasDigit(ts[k+1]) && timeUnits.has(ts[k+2]) {
			return true
		}
		// "now on actual reads", "now in use"; not "just now", "now routed".
		if w == "now" && k+1 < len(ts) && (k == 0 || ts[k-1] != "just" && ts[k-1] != "right") {
			if n := ts[k+1]; !strings.HasSuffix(n, "ed") {
				return true
			}
		}
	}
	return false
}

// timeUnits measure how long a step's run took.
var timeUnits = newWordSet(map[string]bool{"ms": true, "s": true, "sec": true, "secs": true, "seconds": true,
	"min": true, "mins": true, "minutes": true, "hours": true, "hrs": true})
