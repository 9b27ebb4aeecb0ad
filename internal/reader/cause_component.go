package reader

import "strings"

// Causes stated as a component's condition, without a cause word: a
// requirement the component in place does not meet, a component lacking
// what it needs, a credential that expired, a component that failed and
// never came back, a scheduled change a component missed, a value a
// component holds instead of the right one, a finding joined to the symptom
// it produced, a value entered wrong, a component still on or in an old
// target or state. Each form is reached through a lexicon of
// cause_phrases.go, so a sentence without one of their phrases skips them.
//
// Written in rounds 14 and 17 (docs/quality.md, "Round 14", "Round 17").

// symptomWords are the failures a symptomLink clause names.
var symptomWords = map[string]bool{"returns": true, "returned": true, "caught": true, "blocks": true,
	"blocked": true, "rejects": true, "rejected": true, "aborted": true, "failed": true, "fails": true,
	"broke": true, "breaks": true, "stopped": true, "stops": true, "triggered": true, "triggers": true,
	"shows": true, "showed": true, "locked": true, "locks": true, "crashed": true, "crashes": true,
	"dropped": true, "drops": true, "froze": true, "freezes": true, "flagged": true, "flags": true,
	"held": true, "holds": true, "bounced": true, "bounces": true, "declined": true, "declines": true,
	"suspended": true, "disconnects": true, "disconnected": true, "kicks": true, "kicked": true}

// credentialWords are the things that lapse: the subject of "expired" in a cause.
var credentialWords = newWordSet(map[string]bool{"cert": true, "certs": true, "certificate": true, "certificates": true,
	"key": true, "keys": true, "token": true, "tokens": true, "password": true, "passwords": true,
	"consent": true, "licence": true, "license": true, "licences": true, "licenses": true, "subscription": true,
	"domain": true, "secret": true, "secrets": true, "credential": true, "credentials": true, "mandate": true,
	"contract": true, "warranty": true, "card": true, "trial": true})

// scheduledRuns are the changes a component can miss.
var scheduledRuns = map[string]bool{"update": true, "updates": true, "push": true, "deploy": true,
	"deployment": true, "release": true, "upgrade": true, "patch": true, "sync": true, "window": true,
	"batch": true, "run": true, "cut-off": true, "cutoff": true, "rollout": true, "refresh": true, "import": true}

// producedVerbs are verbs by which a component holds or produces a value:
// before "instead of"/"rather than" they state what it has, not what anyone
// chose to do.
var producedVerbs = newWordSet(map[string]bool{"has": true, "had": true, "writes": true, "wrote": true, "stamps": true,
	"stamped": true, "shipped": true, "created": true, "came": true, "built": true, "logs": true, "logged": true,
	"records": true, "recorded": true, "returns": true, "returned": true, "shows": true, "showed": true,
	"charged": true, "billed": true, "calculated": true, "counted": true, "routed": true, "reads": true,
	"carries": true, "carried": true, "holds": true, "held": true, "generated": true, "generates": true})

// causeComponent reports whether a staff sentence states a cause in one of these
// forms: a requirement the component in place does not meet, a
// component lacking what it needs, a credential that expired, a component
// that failed and never came back, a scheduled change a component missed, or
// a value a component holds instead of the right one, a finding joined to
// the symptom it produced, a value entered wrong, a component still on an old
// target.
func causeComponent(sc *scan) bool {
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
		if staleTargets.has(w) || len(w) >= 2 && w[0] == 'v' && w[1] >= '0' && w[1] <= '9' {
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
		if credentialWords.has(ts[k]) {
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
		if producedVerbs.has(ts[k]) {
			return notSelf(ts, k)
		}
	}
	return false
}

// stillOldTarget reports whether "still" at ts[i] is followed, within five
// words, by an old or wrong target, after a subject that is not the writer
// or the reader ("the sensor was still calibrated for the old stock"). Not
// the writer's own old state ("we are still on the old plan").
func stillOldTarget(ts []string, i int) bool {
	if openedByOwn(ts) || !notSelf(ts, i) || len(ts) < 3 {
		return false
	}
	for j := i + 1; j < len(ts) && j <= i+5; j++ {
		if staleTargets.has(ts[j]) && ts[j] != "expired" {
			return true
		}
	}
	return false
}

// hasNegation reports a negation word among ts ("not", "no", "never",
// "without", a contracted "n't"). Unlike negAt, which reads the lexicon
// negations, it does not count "still": causeRelayedOrStill's form of a
// component still in an old state needs the "still" and refuses only a
// negation.
func hasNegation(ts []string) bool {
	for _, w := range ts {
		switch w {
		case "not", "no", "never", "nothing", "none", "neither", "nor", "nobody", "without", "cannot":
			return true
		}
		if strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// worksStated reports a sentence that says something works ("the logs still
// use the old endpoint, hence they are OK"): an old state that explains what
// is fine is no cause.
func worksStated(ts []string) bool {
	for _, w := range ts {
		switch w {
		case "ok", "okay", "fine", "works", "worked", "working", "unaffected":
			return true
		}
	}
	return false
}
