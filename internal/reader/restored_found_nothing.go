package reader

// A search that found nothing, or a check found fine while the fault stands
// (round 114, docs/quality.md "Round 114"): "I can't see anything in the
// controller's log that explains it - no errors, no comms drops - ...",
// "Couldnt find anything wrong, harness fine, motor fine, home switch tested
// ok.", "... it's working from our side, and our server logs don't show why
// your uploads stop at the last step, so we haven't been able to find the
// cause yet.", "AVL ingest service up, no errors, queue empty - nothing
// arriving from Telemetrix.", "The platform itself is up ...; ... none of them
// has reached us since 01:41.", "Widget calls fine, API returns empty slot
// list ...". The fine words ("fine", "up", "working", "no errors") read a
// restoration; the sentence tells the search, with the reported fault still
// standing. Tuning rows, labelled none and read as restored before
// (-styleserrorstp, every tuning set): styles16 12, 26 01, 51 14, 75 10, 77
// 05, 79 10, 82 05, 86 01: 8 rows in 8 sets, four of them their ticket's
// quoted restoration; no true row. Not refused: "no fault" after a test ("20
// test runs top to bottom, no faults." is true), a thing not found that is
// not the search ("the engine couldn't find a factor", a cause): only
// "anything" after find or see, "show why", "been able to find", nothing
// "arriving", none "reached", "returns empty". Validation (sums only): one
// true restoration fewer and no false one fewer with it; taken out on its
// own the validation sums are main's.

// foundNothing reports a search that found nothing or the fault standing
// beside a check (see above).
func foundNothing(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "couldn't", "couldnt", "can't", "cant", "cannot":
			// "couldn't find anything", "can't see anything"
			if k+2 < len(ts) && (ts[k+1] == "find" || ts[k+1] == "see") && ts[k+2] == "anything" {
				return true
			}
		case "could":
			// "could not find anything"
			if k+3 < len(ts) && ts[k+1] == "not" && (ts[k+2] == "find" || ts[k+2] == "see") && ts[k+3] == "anything" {
				return true
			}
		case "haven't", "hasn't":
			// "haven't been able to find the cause"
			if k+4 < len(ts) && ts[k+1] == "been" && ts[k+2] == "able" && ts[k+3] == "to" && ts[k+4] == "find" {
				return true
			}
		case "don't", "doesn't", "didn't":
			// "our server logs don't show why"
			if k+2 < len(ts) && ts[k+1] == "show" && ts[k+2] == "why" {
				return true
			}
		case "nothing":
			// "nothing arriving", "nothing is arriving"
			j := k + 1
			if j < len(ts) && ts[j] == "is" {
				j++
			}
			if j < len(ts) && ts[j] == "arriving" {
				return true
			}
		case "none":
			// "none of them has reached us", "none of the hubs have reached"
			if k+1 < len(ts) && ts[k+1] == "of" {
				for j := k + 3; j+1 < len(ts) && j <= k+4; j++ {
					if (ts[j] == "has" || ts[j] == "have") && ts[j+1] == "reached" {
						return true
					}
				}
			}
		case "returns", "returned", "returning":
			// "API returns empty slot list"
			if k+1 < len(ts) && ts[k+1] == "empty" {
				return true
			}
		}
	}
	return false
}
