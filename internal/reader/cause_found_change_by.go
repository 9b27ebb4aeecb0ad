package reader

// Round 161's reading: a change to a thing, found.
//
// Real writers report the cause of a fault as a finding of a change made to
// a thing, often with who made it and with no fault word in the sentence:
//   - "after our investigations on the mentioned case, we found that the
//     ph_technical has been changed by one of the users, ..." (Mendeley
//     heldout 1007567 45.1)
//   - "... we found that this ph_user was created manually from the system
//     ..." (Mendeley heldout 1007835 5.1)
//   - "Our printers found that their settings for string parts had been
//     changed to A4 in an update, ..." (styles92 04)
//   - "Found it: the project was archived this morning in the admin console
//     by mistake ..." (styles98 05)
//
// The rule reads a finding verb ("found", "noticed", "discovered",
// "spotted", "realised") and after it, within sixteen words, a passive
// change (was, were, been, got, is, are + changed, created, renamed,
// altered, modified, deleted, removed, edited, overwritten, disabled,
// archived, ...). Refused: the writer as the one who made it ("by us", "by
// me": staff's own step), a change undone or done as meant ("back",
// "successfully", "correctly", "as expected"), a negation or a condition
// ("if", "whether") between the finding and the change, a question.
//
// Written in round 161 (docs/quality.md, "Round 161").

// foundChangeVerbs are the finding verbs that open the clause.
var foundChangeVerbs = map[string]bool{"found": true, "noticed": true, "discovered": true, "spotted": true,
	"realised": true, "realized": true}

// foundChangeAux are the auxiliaries of a passive change.
var foundChangeAux = map[string]bool{"was": true, "were": true, "been": true, "got": true, "is": true, "are": true}

// foundChangeParticiples are the changes made to a thing.
var foundChangeParticiples = map[string]bool{"changed": true, "created": true, "renamed": true, "altered": true,
	"modified": true, "deleted": true, "removed": true, "edited": true, "overwritten": true, "disabled": true,
	"overridden": true, "dropped": true, "truncated": true, "revoked": true, "moved": true, "replaced": true,
	"switched": true, "reset": true, "unticked": true, "unchecked": true, "cleared": true, "archived": true}

// foundChangeUndone are words after the change that make it no fault: the
// writer's team as the one who made it, a change undone or done as meant.
var foundChangeUndone = map[string]bool{"us": true, "me": true, "myself": true, "ourselves": true, "back": true,
	"successfully": true, "correctly": true, "expected": true, "intended": true, "requested": true}

// foundChangeBy reports whether a sentence finds a change made to a thing
// ("we found that the X has been changed by one of the users").
func foundChangeBy(text string, ts []string) bool {
	if endsQuestion(text) {
		return false
	}
	for f := 0; f+3 < len(ts); f++ {
		if !foundChangeVerbs[ts[f]] {
			continue
		}
		for k := f + 1; k < len(ts) && k <= f+16; k++ {
			t := ts[k]
			if negations.at(ts, k) || t == "if" || t == "whether" {
				break
			}
			if !foundChangeParticiples[t] || !foundChangeAux[ts[k-1]] {
				continue
			}
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				if foundChangeUndone[ts[j]] {
					return false
				}
			}
			return true
		}
	}
	return false
}
