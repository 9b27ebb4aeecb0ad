package reader

import "strings"

// Round 14: causes the labellers of styles7-10 count that the rules missed,
// and sentences the rules read as causes that the labellers do not count.
// Each form is reached through a lexicon matched in the one scan of a
// sentence, so a sentence without one of their phrases skips them.
var (
	// benignOutcome: the sentence says what it explains is not a problem
	// ("which is why they're fine", "so nothing is lost", "not relevant",
	// "no action needed"): an explanation of why something is fine is not the
	// cause of the fault.
	benignOutcome = newLexicon("they're fine", "it's fine", "is fine", "are fine", "were fine", "was fine",
		"not affected", "aren't affected", "isn't affected", "weren't affected", "wasn't affected", "unaffected",
		"nothing is lost", "nothing was lost", "nothing lost", "not lost", "nothing's lost", "which is expected",
		"is expected", "as expected", "no action needed", "no action is needed", "no action required",
		"nothing needed", "nothing is needed", "nothing to do", "nothing changes", "nothing will change",
		"not relevant", "isn't relevant", "not blocked", "aren't blocked", "isn't blocked", "no impact",
		"not a problem", "not an issue", "harmless", "working as intended", "not a penalty")
	// unconfirmedCause: a cause the writer says is not established yet.
	unconfirmedCause = newLexicon("not confirmed", "not yet confirmed", "unconfirmed", "yet to be confirmed",
		"to be confirmed", "not been confirmed")
	// thatExplains: a reply acknowledging someone else's explanation ("thank
	// you, that explains it"): it points at a cause and states none.
	thatExplains = newLexicon("that explains", "this explains", "that would explain", "that'd explain",
		"which explains it")
	// normally: how things work when nothing is wrong ("normally they handle
	// the refund", "geoblocking is the default").
	normally = newLexicon("normally", "usually", "by default", "is the default", "as standard",
		"standard practice")
	// contrastWords turn a description of the normal way into the setting for
	// what went wrong this time ("normally ..., but this time ...").
	contrastWords = newLexicon("but", "however", "this time", "except", "although", "though", "until")

	// requirement: a component that needs a version or level the one in
	// place does not have ("5.1.0 needs rev C or later, and drawer 3 is rev B").
	requirement = newLexicon("or later", "or newer", "or above", "or higher", "or greater")
	// lacking: a component without what it needs ("3.2.1 lacks the new root
	// CA", "firmware that doesn't trust its certificate").
	lacking = newLexicon("lacks", "lacked", "doesn't trust", "does not trust", "didn't trust", "did not trust",
		"don't trust", "do not trust")
	// lapsed: a credential or consent that ran out ("the client cert expired
	// 01:52", "consent expired 28/03").
	lapsed = newLexicon("expired", "has expired", "have expired", "had lapsed", "lapsed")
	// noRecovery: a component that failed and did not come back ("the service
	// died at 01:12 and never came back").
	noRecovery = newLexicon("never came back", "never recovered", "never restarted", "didn't restart",
		"did not restart", "didn't come back", "did not come back", "didn't recover", "did not recover",
		"never reconnected", "didn't reconnect", "did not reconnect", "never came up", "didn't come up",
		"did not come up")
	// missedRun: a component or site that missed a scheduled change ("the two
	// stores missed the March firmware push", "so it missed the 06:00 update").
	missedRun = newLexicon("missed the", "missed that", "missed this", "missed its", "missed their")
	// ratherThan: a value or mode against the one it should be, with a
	// verb of state or production before it ("writes its timestamps in local
	// time instead of UTC", "came through as 2026 rather than 2025").
	ratherThan = newLexicon("instead of", "rather than")
	// symptomLink: a finding joined to the symptom it produced by "which is
	// what/why/exactly when" ("moved to cold archive, which is what returns
	// 410", "reached its quota at 02:17, which is exactly when the run aborted").
	symptomLink = newLexicon("which is what", "which is why", "which is exactly when", "which is when",
		"which was what", "which was why", "which was exactly when", "which was when")
	// enteredWrong: a value typed or keyed wrong ("the year typed wrong in the
	// import file", "the last two digits were swapped", "a typo in the range").
	// stillOld: a component still on, serving or trying an old target ("till
	// 2 still on v6", "the inverter is still trying to join your old Wi-Fi",
	// "it was still serving the old copy").
	stillOld = newLexicon("still on", "still serving", "still trying", "still running", "still using",
		"still logged", "still sending", "still connecting", "still set")
	enteredWrong = newLexicon("typo", "typos", "mistyped", "mis-typed", "typed wrong", "typed wrongly",
		"typed incorrectly", "keyed wrong", "keyed incorrectly", "entered wrong", "entered wrongly",
		"entered incorrectly", "transposed", "digits swapped", "digits were swapped", "misspelt", "misspelled",
		"misspelling", "mis-keyed", "miskeyed")
)

// symptomWords are the failures a symptomLink clause names.
var symptomWords = map[string]bool{"returns": true, "returned": true, "caught": true, "blocks": true,
	"blocked": true, "rejects": true, "rejected": true, "aborted": true, "failed": true, "fails": true,
	"broke": true, "breaks": true, "stopped": true, "stops": true, "triggered": true, "triggers": true,
	"shows": true, "showed": true, "locked": true, "locks": true, "crashed": true, "crashes": true,
	"dropped": true, "drops": true, "froze": true, "freezes": true, "flagged": true, "flags": true,
	"held": true, "holds": true, "bounced": true, "bounces": true, "declined": true, "declines": true,
	"suspended": true, "disconnects": true, "disconnected": true, "kicks": true, "kicked": true}

// credentialWords are the things that lapse: the subject of "expired" in a cause.
var credentialWords = map[string]bool{"cert": true, "certs": true, "certificate": true, "certificates": true,
	"key": true, "keys": true, "token": true, "tokens": true, "password": true, "passwords": true,
	"consent": true, "licence": true, "license": true, "licences": true, "licenses": true, "subscription": true,
	"domain": true, "secret": true, "secrets": true, "credential": true, "credentials": true, "mandate": true,
	"contract": true, "warranty": true, "card": true, "trial": true}

// scheduledRuns are the changes a component can miss.
var scheduledRuns = map[string]bool{"update": true, "updates": true, "push": true, "deploy": true,
	"deployment": true, "release": true, "upgrade": true, "patch": true, "sync": true, "window": true,
	"batch": true, "run": true, "cut-off": true, "cutoff": true, "rollout": true, "refresh": true, "import": true}

// producedVerbs are verbs by which a component holds or produces a value:
// before "instead of"/"rather than" they state what it has, not what anyone
// chose to do.
var producedVerbs = map[string]bool{"has": true, "had": true, "writes": true, "wrote": true, "stamps": true,
	"stamped": true, "shipped": true, "created": true, "came": true, "built": true, "logs": true, "logged": true,
	"records": true, "recorded": true, "returns": true, "returned": true, "shows": true, "showed": true,
	"charged": true, "billed": true, "calculated": true, "counted": true, "routed": true, "reads": true,
	"carries": true, "carried": true, "holds": true, "held": true, "generated": true, "generates": true}

// cause14 reports whether a staff sentence states a cause in one of round
// 14's forms: a requirement the component in place does not meet, a
// component lacking what it needs, a credential that expired, a component
// that failed and never came back, a scheduled change a component missed, or
// a value a component holds instead of the right one, a finding joined to
// the symptom it produced, a value entered wrong, a component still on an old
// target.
func cause14(sc *scan) bool {
	if sc.pos[requirement.id] < 0 && sc.pos[lacking.id] < 0 && sc.pos[lapsed.id] < 0 && sc.pos[noRecovery.id] < 0 &&
		sc.pos[missedRun.id] < 0 && sc.pos[ratherThan.id] < 0 && sc.pos[symptomLink.id] < 0 && sc.pos[enteredWrong.id] < 0 && sc.pos[stillOld.id] < 0 {
		return false
	}
	if hedges.hasIn(sc) || explainStops.hasIn(sc) || unknownCause.hasIn(sc) || benignOutcome.hasIn(sc) {
		return false
	}
	ts := sc.ts
	if i, _ := requirement.findIn(sc); i >= 0 && requirementUnmet(ts, i) {
		return true
	}
	if i, _ := lacking.findIn(sc); i > 0 && notSelf(ts, i) {
		return true
	}
	if i, n := lapsed.findIn(sc); i > 0 && credentialBefore(ts, i) && !negatedBefore(ts, i) && !(n == 1 && i+1 < len(ts) && ts[i+1] == "on") {
		return true
	}
	if i, _ := noRecovery.findIn(sc); i > 0 && ts[i-1] == "and" && notSelf(ts, i) && failedBefore(ts, i) {
		return true
	}
	if i, _ := missedRun.findIn(sc); i > 0 && notSelf(ts, i) && runAfter(ts, i+1) {
		return true
	}
	if i, _ := ratherThan.findIn(sc); i > 1 && producedBefore(ts, i) {
		return true
	}
	if i, n := symptomLink.findIn(sc); i >= 3 && symptomWithin(ts, i+n) && !negations.hasIn(sc) {
		return true
	}
	if i, _ := enteredWrong.findIn(sc); i >= 0 && !negatedBefore(ts, i) && !negations.hasIn(sc) {
		return true
	}
	if i, _ := stillOld.findIn(sc); i > 0 && ts[0] != "not" && !denied(sc) && notSelf(ts, i) && staleWithin(ts, i+2) {
		return true
	}
	return false
}

// staleWithin reports whether an old target or a version number is named
// within five words from ts[i] ("still on v6", "still trying to join your old
// Wi-Fi").
func staleWithin(ts []string, i int) bool {
	for k := i; k < min(len(ts), i+5); k++ {
		w := ts[k]
		if staleTargets[w] || len(w) >= 2 && w[0] == 'v' && w[1] >= '0' && w[1] <= '9' {
			return true
		}
	}
	return false
}

// symptomWithin reports whether a failure is named within four words from
// ts[i] ("which is what returns 410", "which is why the line shows 0").
func symptomWithin(ts []string, i int) bool { return anyWithin(ts, i, 4, symptomWords) }

// anyWithin reports whether one of the n words from ts[i] is in words.
func anyWithin(ts []string, i, n int, words map[string]bool) bool {
	for k := i; k < min(len(ts), i+n); k++ {
		if words[ts[k]] {
			return true
		}
	}
	return false
}

// requirementUnmet reports whether "or later" at ts[i] follows a need
// ("needs", "requires") of a subject that is not the writer or the reader,
// and the sentence has a second clause saying what is in place.
func requirementUnmet(ts []string, i int) bool {
	need := -1
	for k := i - 1; k >= max(1, i-8); k-- {
		switch ts[k] {
		case "needs", "need", "requires", "require", "required":
			need = k
		}
	}
	if need < 0 || !notSelf(ts, need) {
		return false
	}
	for _, w := range ts {
		switch w {
		case "and", "but", "while", "whereas":
			return true
		}
	}
	return false
}

// credentialBefore reports whether a credential is named within eight words
// before ts[i].
func credentialBefore(ts []string, i int) bool {
	for k := i - 1; k >= max(0, i-8); k-- {
		if credentialWords[ts[k]] {
			return true
		}
	}
	return false
}

// negatedBefore reports whether one of the two words before ts[i] negates it
// or makes it a future ("hasn't expired", "will have expired").
func negatedBefore(ts []string, i int) bool {
	for _, w := range ts[max(0, i-2):i] {
		switch w {
		case "not", "never", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "will", "won't", "almost", "nearly":
			return true
		}
	}
	return false
}

// failedBefore reports whether a failure verb comes before ts[i] in the
// sentence ("died at 01:12 ... and never came back"); noRecovery counts only
// as the second clause of that failure ("and never came back"), not as a
// status after a step ("two tills didn't come back after the reboot").
func failedBefore(ts []string, i int) bool {
	for _, w := range ts[:i] {
		switch w {
		case "died", "crashed", "stopped", "hung", "froze", "failed", "dropped", "disconnected", "rebooted",
			"restarted", "exited", "killed", "oom-killed", "panicked", "went":
			return true
		}
	}
	return false
}

// runAfter reports whether a scheduled change is named within three words
// from ts[i] ("the March fw push", "the 06:00 update").
func runAfter(ts []string, i int) bool { return anyWithin(ts, i, 4, scheduledRuns) }

// producedBefore reports whether a verb of holding or producing a value
// comes within eight words before ts[i], after a subject that is not the
// writer or the reader, in a sentence that does not open with an instruction.
func producedBefore(ts []string, i int) bool {
	for k := i - 1; k >= max(1, i-8); k-- {
		if producedVerbs[ts[k]] {
			return notSelf(ts, k)
		}
	}
	return false
}

// notCause14 reports whether a sentence the rules read as a cause is one of
// the forms the labellers do not count: it says the thing explained is fine
// or not affected, says the cause is not confirmed, acknowledges someone
// else's explanation, heads a list, reports the writer's own completed step
// with its purpose, or describes how things normally work.
func notCause14(text string, sc *scan) bool {
	ts := sc.ts
	switch {
	case benignOutcome.hasIn(sc) && (!contrastWords.hasIn(sc) || soBenign(sc)):
		return true
	case unconfirmedCause.hasIn(sc):
		return true
	case thatExplains.hasIn(sc) && len(ts) <= 7:
		return true
	case len(ts) <= 4 && strings.HasSuffix(strings.TrimSpace(text), ":") && sc.trig&trigCauseLabel == 0:
		return true
	case normally.hasIn(sc) && !contrastWords.hasIn(sc) && !whenNormally(sc):
		return true
	}
	return ownStepDone(ts)
}

// ownStepDone reports whether a sentence opens with the writer's own step in
// the present perfect ("I've also ordered a UPS so ...", "we've added an
// alert so ..."), a step not of finding ("we've found", "I've checked").
func ownStepDone(ts []string) bool {
	k := 0
	switch {
	case len(ts) > 2 && (ts[0] == "i've" || ts[0] == "we've"):
		k = 1
	case len(ts) > 3 && (ts[0] == "i" || ts[0] == "we") && ts[1] == "have":
		k = 2
	default:
		return false
	}
	for k < len(ts) && (ts[k] == "also" || ts[k] == "now" || ts[k] == "just" || ts[k] == "already") {
		k++
	}
	if k >= len(ts) {
		return false
	}
	switch ts[k] {
	case "found", "seen", "noticed", "confirmed", "traced", "identified", "discovered", "spotted", "learned",
		"learnt", "heard", "been", "checked", "looked", "investigated", "reviewed", "tracked", "narrowed",
		"worked", "got", "had", "determined", "established", "isolated", "pinned", "tracked-down", "realised",
		"realized", "verified", "reproduced", "compared", "gone":
		return false
	}
	return strings.HasSuffix(ts[k], "ed") || irregularDone[ts[k]]
}

// irregularDone are past participles of steps that do not end in -ed.
var irregularDone = map[string]bool{"put": true, "set": true, "sent": true, "built": true, "made": true,
	"rebuilt": true, "taken": true, "run": true, "rerun": true, "re-run": true, "written": true, "rewritten": true,
	"given": true, "kept": true, "bought": true, "swapped": true}

// whenNormally reports whether the normal way is the time of a failure ("was
// switched off overnight when it normally downloads its keys"), not a
// description of how things work.
func whenNormally(sc *scan) bool {
	i, _ := normally.findIn(sc)
	for _, w := range sc.ts[max(0, i-3):i] {
		if w == "when" || w == "while" || w == "where" {
			return true
		}
	}
	return false
}

// soBenign reports whether the benign outcome is the consequence the sentence
// ends on ("..., but the meter counted them, so nothing is lost"), which no
// contrast before it turns into a fault.
func soBenign(sc *scan) bool {
	i, _ := benignOutcome.findIn(sc)
	for _, w := range sc.ts[max(0, i-3):i] {
		if w == "so" {
			return true
		}
	}
	return false
}
