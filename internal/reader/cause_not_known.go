package reader

// The cause not known is no cause: a shape of staff sentences that a cause
// phrase or the model read as a cause, seen in three writers' sets or more
// and never labelled a cause there. Refused in notCause, so the model is
// bound by it too (modelVeto).
//
//   - A cause not known, told with a verb of knowing or explaining negated:
//     "they can't say what caused the failures" (styles53), "They haven't
//     told us what the fault was, I'm afraid" (styles28), "No idea what was
//     stuck, ..." (styles25), "No obvious reason for the slow accepts"
//     (styles13), "nothing in the MDS logs that explains it" (styles12),
//     "Nothing in the controller log explains the drop" (styles34). Not a
//     thing that had no idea ("so the planner had no idea how big
//     rating_factor is", styles50, a cause).
//
// Written in round 46 (docs/quality.md, "Round 46").

// knowVerbs are the verbs of knowing, telling or explaining that, negated and
// followed by "what" or "why", say the cause is not known.
var knowVerbs = map[string]bool{"say": true, "know": true, "tell": true, "told": true, "explain": true,
	"explained": true, "determine": true, "said": true, "idea": true}

// causeNotKnown reports whether a sentence says the cause is not known: a
// negated verb of knowing or "no idea", then "what" or "why" within two words
// ("can't say what caused", "haven't told us what the fault was", "No idea
// what was stuck"), not "had no idea"; "no" and at most one word before
// "reason" or "explanation" opening the sentence ("No obvious reason for
// ..."); or "nothing" and "explains" or "explain" within eight words.
func causeNotKnown(ts []string) bool {
	for k, t := range ts {
		switch {
		case knowVerbs[t] && k > 0:
			neg := negations.at(ts, k-1) || ts[k-1] == "no" && t == "idea" && (k < 2 || ts[k-2] != "had")
			if !neg && k > 1 && (ts[k-1] == "to" || ts[k-1] == "us") {
				neg = negations.at(ts, k-2) // "haven't been able to say", "hasn't told us"
			}
			if !neg {
				continue
			}
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				if ts[j] == "what" || ts[j] == "why" {
					return true
				}
			}
		case t == "nothing":
			for j := k + 1; j < len(ts) && j <= k+8; j++ {
				if ts[j] == "explains" || ts[j] == "explain" {
					return true
				}
			}
		}
	}
	if len(ts) > 2 && ts[0] == "no" {
		for j := 1; j <= 2 && j < len(ts); j++ {
			if ts[j] == "reason" || ts[j] == "explanation" {
				return true
			}
		}
	}
	return false
}
