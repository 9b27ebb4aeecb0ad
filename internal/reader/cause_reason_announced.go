package reader

// A reason announced and not given is no cause: a shape of staff sentences
// that a cause phrase or the model read as a cause, seen in three writers'
// sets or more and never labelled a cause there. Refused in notCause, so the
// model is bound by it too (modelVeto).
//
//   - A reason announced and not given: "Thanks for the details - I found
//     the reason." (styles26), "We found what went wrong." (styles32), "Quick
//     update with the reason." (styles21). A reason pointed at stays ("That's
//     the reason.", styles43, a labelled cause).
//
// Written in round 46 (docs/quality.md, "Round 46").

// reasonAnnounced reports whether a sentence of at most nine words ends in
// "the reason", "the cause", "what went wrong" or "what happened" after a
// verb of finding or "with" ("I found the reason", "Quick update with the
// reason"), and says nothing more.
func reasonAnnounced(ts []string) bool {
	n := len(ts)
	if n < 3 || n > 9 {
		return false
	}
	end := n - 2
	switch {
	case ts[n-2] == "the" && (ts[n-1] == "reason" || ts[n-1] == "cause"):
	case n >= 4 && ts[n-3] == "what" && (ts[n-2] == "went" && ts[n-1] == "wrong"):
		end = n - 3
	case ts[n-2] == "what" && ts[n-1] == "happened":
	default:
		return false
	}
	for _, t := range ts[:end] {
		switch t {
		case "found", "find", "identified", "traced", "tracked", "pinned", "with", "know", "got", "have":
			return true
		}
	}
	return false
}
