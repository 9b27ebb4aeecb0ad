package reader

import "strings"

// A remedial verb also tells the change that broke something: "the printhead
// was set to thermal mode after the driver update, so it was not heating the
// media", "their host key changed overnight, our side rejects the new
// fingerprint", "the certificate was renewed on Saturday and the server no
// longer sends the intermediate". Such a sentence explains the fault; read as
// a fix, the summary would quote the breaking change as the remedial step.
// What sets it apart from a remedy is structural: the change is not the
// writer's own step (no "we restarted", no terse headline, no instruction),
// and a harm follows it in the same sentence (a negation, a fault state, a
// verb of refusal or loss), with no restoration after it.

// harmVerbs are what a change did to a service besides the problem words and
// fault states: refused, blocked, wiped, overwrote, lost.
var harmVerbs = newWordSet(map[string]bool{"refuse": true, "refuses": true, "refused": true, "reject": true,
	"rejects": true, "blocks": true, "wiped": true, "wipes": true, "overwrote": true, "overwrites": true,
	"broke": true, "breaks": true, "dropped": true, "drops": true, "tripped": true, "trips": true,
	"quarantining": true, "bounced": true, "bounces": true, "clashes": true})

// problemNames are problem words that name the trouble rather than state it
// ("to fix the issue"): they are no harm after a change.
var problemNames = newWordSet(map[string]bool{"issue": true, "issues": true, "problem": true, "problems": true})

// writerStepLeads open a clause that sets a time for what follows: the
// writer's step after them is the occasion of the fault ("when we moved the
// shop to the new system, your account was put on the wrong price group").
var writerStepLeads = newWordSet(map[string]bool{"when": true, "since": true, "after": true, "before": true, "until": true,
	"once": true})

// changeThenHarm reports whether a sentence's remedial words tell a change
// that caused a harm told after it, rather than a remedy: the first remedial
// word has a subject before it (a terse "Restarted it, still failing" is the
// writer's attempt), no writer applies or instructs a remedy in it, nothing
// is restored, and a harm follows the change.
func changeThenHarm(sc *scan) bool {
	ts, cls := sc.ts, sc.cls
	r := -1
	for k := range ts {
		if cls[k]&(clsRemedyPast|clsRemedyIng|clsChange) != 0 {
			r = k
			break
		}
	}
	if i, _ := fixWords.findIn(sc); i >= 0 && (r < 0 || i < r) {
		r = i
	}
	if r < 1 || ts[r-1] == "to" || r > 1 && ts[r-1] == "be" && ts[r-2] == "to" {
		return false // "safe to be deleted as it is not used": a step proposed, not a change told
	}
	if restoredWords.hasIn(sc) || instructedRemedy(ts) || writerStep(ts, cls) {
		return false
	}
	for k := r + 1; k < len(ts); k++ {
		t := ts[k]
		if k >= 2 && copulas.has(ts[k-1]) && relatives.has(ts[k-2]) {
			continue // "replaced the fan that was failing": the step's object, not a harm after it
		}
		switch {
		case t == "still":
			if k+1 < len(ts) && negations.at(ts, k+1) {
				k++ // "restarted it - still not responding": an attempt's result
			}
			continue
		case t == "none" || t == "without" || cls[k]&clsRemedyPast != 0:
			continue // "checked for reflow - none", "without a restart": a result, a manner
		case t == "no" || t == "0" || t == "zero":
			if k+1 < len(ts) && ts[k+1] == "longer" {
				return true // "the server no longer sends the intermediate"
			}
			k++ // "no reboot needed", "0 failures": nothing went wrong
			continue
		case faultState[t] || faultIng[t]:
			if copulas.has(ts[k-1]) {
				return true // "it was not heating", "the port came back disabled"
			}
		case harmVerbs.has(t) || negations.at(ts, k) || !problemNames.has(t) && problemWords.at(ts, k):
			return true
		}
	}
	return false
}

// copulas come before a fault state that a change left ("was disabled",
// "came back disabled"), as against an attribute ("full power", "card locked
// 10:58" in a row of steps).
var copulas = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true,
	"got": true, "became": true, "back": true, "stayed": true, "remained": true})

// relatives open a clause that describes what the step was applied to ("the
// node that was stuck"): its fault is the step's object, not a harm after it.
var relatives = newWordSet(map[string]bool{"that": true, "which": true, "who": true})

// writerPast are irregular pasts of a step that the remedial verbs lack.
var writerPast = newWordSet(map[string]bool{"sent": true, "re-sent": true, "run": true, "ran": true, "put": true, "made": true,
	"gave": true, "given": true, "took": true, "taken": true, "did": true, "done": true, "got": true})

// writerStep reports whether the writer applies, schedules or asks for a
// remedy in the sentence: a first person with a remedial verb within three
// words (unless a clause of time leads it), "now", a request, or a word that
// names the remedy as such ("workaround", "fixed", "temporarily").
func writerStep(ts []string, cls []uint16) bool {
	switch ts[0] {
	case "to", "once", "if", "remediation", "resolution", "mitigation", "solution", "fix", "recovery", "monitoring", "action", "actions":
		return true // "To replay the failed ones, ...", "Once that's done, ...", "Remediation: ..."
	}
	for k, t := range ts {
		if k > 0 && k+1 < len(ts) && cls[k+1]&clsRemedyPast != 0 && (t == "been" && (ts[k-1] == "has" || ts[k-1] == "have") ||
			t == "be" && (ts[k-1] == "can" || ts[k-1] == "will" || ts[k-1] == "could")) {
			return true // "this has been corrected", "can be redelivered": a remedy reported or offered
		}
		if (t == "is" || t == "are") && k+2 < len(ts) && ts[k+1] == "set" && ts[k+2] == "up" {
			return true // "her account is set up": a request fulfilled
		}
		switch t {
		case "now", "please", "kindly", "temporarily", "workaround", "fixed", "resolved", "again":
			return true
		case "we", "i", "we've", "i've", "we'll", "i'll", "we're", "i'm", "i'd", "we'd":
			if k > 0 && writerStepLeads.has(ts[k-1]) || k > 1 && writerStepLeads.has(ts[k-2]) {
				continue
			}
			if strings.HasSuffix(t, "'ve") {
				return true // "I've sent each tenant a fresh link"
			}
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				if w := ts[j]; cls[j]&(clsRemedyPast|clsRemedyIng|clsRemedialBase|clsOutcome) != 0 || w == "have" ||
					writerPast.has(w) {
					return true // "we have run a full update", "I sent them the link"
				}
			}
		}
	}
	return false
}

// settingStated reports whether the sentence describes a setting as it stands
// ("that schedule is set to UTC", "the printers are set to a lower energy"):
// "is" or "are", "set to", and no "now", "already" or "again" that would make
// it the state a step has just left ("it's set to start by itself now"). A
// setting described is a finding or an explanation, not a step taken.
func settingStated(ts []string) bool {
	at := -1
	for k := 0; k+2 < len(ts); k++ {
		if (ts[k] == "is" || ts[k] == "are" || strings.HasSuffix(ts[k], "'s")) && ts[k+1] == "set" && ts[k+2] == "to" {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, t := range ts {
		if t == "now" || t == "already" || t == "again" {
			return false
		}
	}
	return true
}
