package reader

import "strings"

// Round 43: staff's step told as under way now (Round 39 left it).

// notProgressSteps open a progressive that tells a look, a wait, a talk or
// work in general, not a step: "Checking now", "Looking into it now",
// "Waiting on the vendor now", "Working on it now".
var notProgressSteps = newWordSet(map[string]bool{"checking": true, "looking": true, "investigating": true,
	"waiting": true, "monitoring": true, "watching": true, "testing": true, "reviewing": true,
	"digging": true, "working": true, "trying": true, "calling": true, "phoning": true, "chasing": true,
	"escalating": true, "talking": true, "speaking": true, "going": true, "getting": true, "having": true,
	"seeing": true, "reading": true, "asking": true, "emailing": true, "writing": true, "replying": true,
	"heading": true, "leaving": true, "logging": true, "joining": true, "dialling": true, "following": true,
	"tracing": true, "pulling": true, "grabbing": true, "gathering": true, "collecting": true,
	"reproducing": true, "debugging": true, "troubleshooting": true, "coming": true, "happening": true,
	"showing": true, "seems": true, "hoping": true, "thinking": true,
	// a greeting, the ticket's own handling, a hand-over or a system's act:
	// "Morning Mick, looking at it now", "Closing it now", "Picking this up
	// now", "I'm passing this to the network team now", "They're syncing now"
	"morning": true, "evening": true, "closing": true, "picking": true, "passing": true, "handing": true,
	"connecting": true, "syncing": true, "resolving": true, "marking": true})

// progressSubjects may come before the progressive of a step under way.
var progressSubjects = newWordSet(map[string]bool{"i'm": true, "we're": true, "she's": true, "he's": true,
	"they're": true, "im": true})

// progressNowStep reports whether a staff sentence tells a step as under way
// now, opening with its progressive and holding "now": "Pushing 4.17.3 to
// LDN-07 group in MDM now, rest of estate after" (styles41), "Sending the
// open command now." (styles41), "Running vacuumdb --analyze-in-stages -d
// quotesdb now." (styles50), "I'm restoring DAY03-DAY05 back to MEDIA01 now"
// (styles46). Not a look, a wait or a talk (notProgressSteps), a question, a
// hedge, a negation or a fault.
func progressNowStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 || endsQuestion(text) || hedges.hasIn(sc) ||
		negations.hasIn(sc) || problemWords.hasIn(sc) || unknownCause.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	k := 0
	if progressSubjects.has(ts[0]) {
		k = 1
	} else if len(ts) > 3 && (ts[0] == "i" || ts[0] == "we") && (ts[1] == "am" || ts[1] == "are") {
		k = 2
	}
	for k < len(ts) && (ts[k] == "now" || ts[k] == "just" || ts[k] == "also") {
		k++
	}
	if k >= len(ts)-1 {
		return false
	}
	v := ts[k]
	if len(v) < 6 || !strings.HasSuffix(v, "ing") || notProgressSteps.has(v) {
		return false
	}
	for _, w := range ts[k+1:] {
		if w == "now" {
			return formHit("fix:ingnow", text)
		}
	}
	return false
}
