package reader

// A third party's denial relayed is no cause: staff pass on a party's word
// that nothing is wrong or changed at its end ("Leafcart say the PDF service
// shows no errors for those times and nothing changed their side.", styles97
// 97-09; "Nobody changed anything their side that he knows of.", styles89
// 89-04; "Voxline have come back to say that, as the calls were not
// recorded, there is nothing on their side to recover.", styles68 13). It
// names no thing that made the fault happen. Read as causes by the model and
// by the "not done" rule, labelled nothing: 0 true / 3 false over every
// tuning set (round 122). The true causes that name "their side" tell a fault
// found there ("a configuration push on their side ... stopped purge
// requests", "a change on their side needs an extra field") and have no
// denial word; a reason word keeps the sentence a cause ("nobody changed the
// default, so ...", styles20).
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 122 (docs/quality.md, "Round 122").

// partyDenial reports whether a sentence names a party's side or end
// ("their side", "their end") and a denial ("nothing", "nobody", "no
// errors", "no changes") with no word of a reason or a fault found.
func partyDenial(ts []string) bool {
	side, denial := false, false
	for i, t := range ts {
		switch t {
		case "their":
			if i+1 < len(ts) && (ts[i+1] == "side" || ts[i+1] == "end") {
				side = true
			}
		case "nothing", "nobody":
			denial = true
		case "no":
			if i+1 < len(ts) {
				switch ts[i+1] {
				case "errors", "error", "changes", "change", "faults", "fault", "issues", "problems":
					denial = true
				}
			}
		case "because", "due", "so", "why", "caused", "cause", "found", "confirm", "confirmed",
			"confirms", "expired", "failed", "broke", "but":
			return false
		}
	}
	return side && denial
}
