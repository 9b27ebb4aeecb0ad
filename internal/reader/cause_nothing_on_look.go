package reader

// A look that found nothing, told tersely, is no cause: staff note that a
// place they looked shows nothing, opening the sentence with "Nothing in /
// on ..." ("Nothing on the Midlands Power outage map for that feeder.",
// styles101 101-10; "Nothing in the SMS provider logs either, so it never
// left us.", styles83), or say a party has no known issue logged ("Login
// service was updated 1 Apr, no known issue logged against it.", styles24).
// Round 82's nothingFound wants a verb of finding or "no fault"; these have
// neither. Read as causes by the model and the "cause phrase" and
// "explained by consequence" rules, labelled nothing: 0 true / 3 false over
// every tuning set (round 135); no sentence opening "Nothing in / on" or
// naming "no known issue" is a true cause on any tuning set. A word of
// reason ("because", "due", "cause(d)", "why") or a contrast ("but") keeps
// the sentence.
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 135 (docs/quality.md, "Round 135").

// nothingOnLook reports whether a sentence opens with "nothing in/on" or
// names "no known" issue, fault, problem or incident, with no word of
// reason or contrast.
func nothingOnLook(ts []string) bool {
	hit := len(ts) > 2 && ts[0] == "nothing" && (ts[1] == "in" || ts[1] == "on")
	for i, t := range ts {
		switch t {
		case "because", "due", "cause", "caused", "why", "but":
			return false
		case "known":
			if i > 0 && ts[i-1] == "no" && i+1 < len(ts) {
				switch ts[i+1] {
				case "issue", "issues", "fault", "faults", "problem", "problems", "incident", "incidents":
					hit = true
				}
			}
		}
	}
	return hit
}
