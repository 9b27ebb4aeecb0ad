package reader

import (
	"github.com/debriefhq/debrief/internal/ticket"
)

// The entries of the fix forms that classify tries where no other act was
// found (after fix.go's): fixInstructedOrDid and fixRequestedOrNamed read,
// by the writer's role, the instructions and requests of fix_instructions.go
// and the steps reported done of fix_done.go; fixStepDone and fixNoteStep
// (fix_done.go) and fixHadTake (fix_instructions.go) are entries of their
// own. causeNarrative refuses a fix told inside a cause's story.
//
// Written in rounds 11 and 16 (docs/quality.md, "Round 11", "Round 16").

// fixInstructedOrDid reports whether a sentence states a fix in one of its forms: staff's instruction
// (fix_instructions.go), change gone live, step sent or off-and-on; a
// customer's step reported done (fix_done.go).
func fixInstructedOrDid(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if len(ts) < 2 {
		return false
	}
	if staff && c.Opening {
		return false
	}
	if staff {
		return !c.Opening && (instructedStep(text, ts) || liveChange(ts) || sentStep(ts) || !endsQuestion(text) && offAndOn(ts))
	}
	if c.Role != ticket.RoleCustomer || endsQuestion(text) {
		return false
	}
	if c.Opening {
		// The reporter's own attempts, in the opening, count when they say
		// it did not help: "We've already restarted the router a few times
		// and swapped the cable, no change", "reinstalled twice already".
		return failedAttempt(ts) && (didReported(ts) || ownRemedy(ts, sc.cls))
	}
	return didReported(ts)
}

// fixRequestedOrNamed reports whether a sentence states a fix in one of its forms: staff's polite
// request, request to ask someone, step talked through (fix_instructions.go)
// or prevention note; a customer's named or terse step (fix_done.go).
func fixRequestedOrNamed(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if c.Opening || len(ts) < 3 || unknownCause.hasIn(sc) {
		return false
	}
	if staff {
		// A request is worded with "could" and a prevention note may carry
		// its own condition ("unless a second person overrides it"), so
		// neither is refused for a hedge.
		return politeRequest(ts) || askOpening(ts) && !hedges.hasIn(sc) || preventionNote(text, ts) || talkedThrough(ts)
	}
	if hedges.hasIn(sc) || explainStops.hasIn(sc) {
		return false
	}
	if c.Role != ticket.RoleCustomer || endsQuestion(text) || negations.hasIn(sc) ||
		problemWords.hasIn(sc) || contrastWords.hasIn(sc) {
		return false
	}
	return namedStep(ts) || customerTerseStep(ts)
}

// causeNarrative reports whether a sentence read as a cause tells its
// remedial verb as part of the cause's story rather than as the writer's
// remedy: a connective of explanation ("so", "because", "which", "why",
// "since") and no first-person perfect or "now" that would make the step
// the writer's own ("we've rolled back, so ..."): "the key was rotated on 3
// Mar ... so every file fails", "the update Ricoh applied on Thursday reset
// the security settings, so ...".
func causeNarrative(ts []string) bool {
	connective := false
	for k, t := range ts {
		switch t {
		case "so", "because", "which", "why", "since":
			connective = true
		case "i", "we", "i've", "we've", "now", "i'll", "we'll", "workaround", "temporarily", "have", "please", "needs", "need":
			return false // "so we reset all the passwords", "needs to be renewed", "please find the updated trigger"
		}
		if connective && (actors[t] || t == "developer") && k+1 < len(ts) && ts[k+1] != "had" && ts[k+1] != "was" {
			return false // "... so the developer changed its configuration"
		}
		if outcomeVerbs[t] {
			return false // "solved after applying the recommendations"
		}
	}
	return connective
}
