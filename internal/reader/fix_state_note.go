package reader

import "strings"

// Round 91: a terse note of a step that sets a record's or a control's state
// ("Ticked \"Include on pick list\" on Napkins & Runners", "Matched the other
// 3 payments by hand", "Unflagged 11mm, flagged 9mm", "Unlocked."). pastNoteStep
// (fix_any_step.go) reads a note opening with a step's past, but
// stepParticiple refuses these verbs: in a passive note they are a check's or
// the system's result ("all 12 matched", "box ticked", "account locked"), and
// an "un-" word is a state ("unchanged"). Opening a staff note, with an object
// after them or alone, they are the writer's step, and the writers label them
// fix: read before by other rules or the model in styles7, 14, 18 (x2), 44,
// 67 ("Unlocked it in Intune and gave him the passcode over the phone",
// "Unblocked 2207 and voided the re-sent BP pre-auth"); missed in styles76
// ("Unflagged 11mm, flagged 9mm."), 77 ("Unlocked."), 78 ("Matched the other
// 3 ... payments by hand."), 85 x2 ("Ticked \"Include on pick list\" on ...",
// "Ticked it again and reprinted today's lists."): 5 rows in 4 sets. No
// unlabelled row opens with these verbs unread but for "Flagged to Ops to
// watch tonight's run." (styles23, a relay: "to" after the verb is refused)
// and "Also locked the settings app in the MDM so it can't be changed ..."
// (styles72, refused with its negation, as pastNoteStep refuses any).

// stateNoteVerbs set the state of a record or a control.
var stateNoteVerbs = map[string]bool{"ticked": true, "unticked": true, "matched": true, "locked": true,
	"unlocked": true, "flagged": true, "unflagged": true, "unblocked": true, "unbarred": true, "unsuspended": true}

// stateNoteStep reports whether a staff note opens with a step that sets a
// state (above): the verb alone, or the verb and its object; not a question,
// a hedge, a plan or a negation, nor a relay ("Flagged to Ops").
func stateNoteStep(text string, sc *scan, c Context, staff bool) bool {
	if !staff || c.Opening {
		return false
	}
	ts := sc.ts
	k := 0
	for k < len(ts)-1 && pastNoteLeads[ts[k]] {
		k++
	}
	if k >= len(ts) || !stateNoteVerbs[ts[k]] { // a word test first
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(text), "?") || hedges.hasIn(sc) || fixFuture.hasIn(sc) || negations.hasIn(sc) ||
		unknownCause.hasIn(sc) || testEnv.hasIn(sc) || ticketAdmin(sc) {
		return false
	}
	if k+1 < len(ts) {
		switch ts[k+1] {
		case "to", "by", "is", "are", "was", "were", "that", "as", "with", "for", "up", "out":
			return false // "Flagged to Ops", "Locked out by ...", "Matched with ...": a relay, a fault, a finding
		}
	}
	return formHit("fix:statenote", text)
}
