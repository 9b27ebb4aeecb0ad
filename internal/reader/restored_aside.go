package reader

// Round 34: two shapes of a staff sentence that word a working state but
// restore nothing the ticket is about (docs/quality.md, "Round 34"):
//
//   - staff's pleasantry after the customer's own confirmation: "Glad it
//     worked, Ms Lee.", "Perfect, glad that's sorted." The customer's reply
//     before it is the restoration; staff's reply acknowledges it. "Glad
//     it's flowing again" still reports a state held after a change.
//   - a note of scope, the others that were never affected: "Other sites
//     syncing fine.", "Other 12 terminals settled fine at 22:30." It rules
//     out a wider fault during the search; the ticket's own part is not in it.
//
// Both are read from the sentence's opening words, and both keep a sentence
// with "again", "back" or "now", which say a state came back.

// asideLead are the interjections a pleasantry may open with before "glad".
var asideLead = map[string]bool{"perfect": true, "great": true, "brilliant": true, "excellent": true,
	"good": true, "ok": true, "okay": true, "oh": true, "so": true, "really": true, "very": true, "that's": true}

// restoredAside reports whether a staff sentence, its tokens ts, is one of
// the shapes above.
func restoredAside(ts []string, staff bool) bool {
	if !staff || len(ts) < 2 {
		return false
	}
	for _, t := range ts {
		if t == "again" || t == "back" || t == "now" {
			return false
		}
	}
	glad := ts[0] == "glad" || asideLead[ts[0]] && ts[1] == "glad"
	others := ts[0] == "other" || ts[0] == "the" && ts[1] == "other"
	return glad || others
}
