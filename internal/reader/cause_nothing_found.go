package reader

// A search that found nothing is not the cause: a person (the writer, a
// party, an engineer) looked and found no fault, told with a verb of finding
// or seeing negated before "anything", "a fault" or "any problem", with "can't
// see why", or with "no fault in/on/with/at". Rows, each read as a cause and
// not labelled one: "They haven't found anything in the logs either, so I'm
// afraid we don't have an explanation." (styles66 07), "Dev's recalibrated the
// fridge and replaced the sensor in shelf 2 as a precaution - he couldn't
// find anything physically wrong." (styles77 13-charged-not-taken), "So we
// haven't found a fault on our side." and "Acquirer reply: all 6 declines came
// back from the card issuers with 65, no fault in their network or on the
// terminals." (styles79 13-patrol-card-readers), "They can't see why it
// stalled either - no errors at their end - ..." (styles57
// 13-buildline-sync-stalled). causeNotFound (cause_not_known.go, round 52)
// takes a negated verb of finding before "what" or "why"; these name no
// object of the search or use "see". A system that cannot find its object
// stays a cause ("so the system couldn't find any of them", styles18 08;
// "the sync cannot find them", styles3 28), as does a sentence that gives a
// reason ("because", "due", "caused") or a consequence before the search
// ("..., so the app can't find anything").
//
// Written in round 82 (docs/quality.md, "Round 82"): 5 false causes in 4
// tuning sets, no true one.

// nothingFoundNouns are the fault nouns after "a" or "any" that a negated
// verb of finding says the search did not find ("haven't found a fault").
var nothingFoundNouns = newWordSet(map[string]bool{"fault": true, "faults": true, "problem": true, "problems": true,
	"issue": true, "issues": true, "error": true, "errors": true})

// nothingFound reports whether a sentence says a search found no fault: a
// negated "find/found/see/seen/spot/spotted" (not after a "so" inside the
// sentence) before "anything", "a/any" and a fault noun, or ("see") "why";
// or "no fault" before "in", "on", "with" or "at"; and no "because", "due" or
// "caused".
func nothingFound(ts []string) bool {
	hit := false
	for _, w := range ts {
		switch w {
		case "because", "due", "caused":
			return false
		case "find", "found", "see", "seen", "spot", "spotted", "fault":
			hit = true
		}
	}
	if !hit {
		return false
	}
	for k := 1; k < len(ts)-1; k++ {
		w := ts[k]
		if w == "no" && ts[k+1] == "fault" && k+2 < len(ts) {
			switch ts[k+2] {
			case "in", "on", "with", "at":
				return true
			}
			continue
		}
		switch w {
		case "find", "found", "see", "seen", "spot", "spotted":
		default:
			continue
		}
		j := findingNegation(ts, k)
		if j < 0 {
			continue
		}
		if j > 1 && soBefore(ts[1:], j-1) {
			return false // a consequence: "..., so the app can't find anything"; not "So we haven't found ..."
		}
		next := ts[k+1]
		switch {
		case next == "anything":
			return true
		case (next == "a" || next == "any") && k+2 < len(ts) && nothingFoundNouns.has(ts[k+2]):
			return true
		case next == "why" && (w == "see" || w == "seen"):
			return true
		}
	}
	return false
}
