package reader

// Round 110: the cause not found. Staff own that they, or a third party, do
// not know or could not find why the fault happened ("We haven't been able to
// find why those three sessions were still charged ...", "No idea yet why
// these 37 were dropped."): the end of a diagnosis, no step taken. The words
// around it ("investigated", "reproduce", "changed", "removed") make the rules
// read a step done. Counted over every tuning set (styles to styles94,
// -styleserrorstp): 7 false fix rows in 6 sets, no true one:
//   - styles26 09/5: "We don't know yet what caused them - nothing was changed
//     on our side at that time - and the platform team is still going through
//     the load balancer logs."
//   - styles76 02/7: "Good that it works, but we did not find why it was grey,
//     nothing was changed on our side ..." (labelled restored; the
//     restoration stays read)
//   - styles78 11/3: "We haven't been able to find why those three sessions
//     were still charged when other cancellations that week were removed."
//   - styles86 18/8: "I'm afraid we can't see what stopped the viewer
//     yesterday, nothing changed on our side."
//   - styles87 08/7: "They can't reproduce it and don't know why these 5
//     moved."
//   - styles87 08/8: "Our supplier has investigated but has not been able to
//     find out why your entries were moved; ..."
//   - styles94 09/2: "No idea yet why these 37 were dropped."
// Left: the writer's step after it ("We don't know why it stopped, so we've
// restarted it ..."), a search still going ("I'm checking what changed").

// unknowingVerbs are the verbs of finding out a cause.
var unknowingVerbs = newWordSet(map[string]bool{"know": true, "find": true, "see": true, "tell": true, "work": true,
	"explain": true, "say": true, "determine": true, "identify": true})

// unknownWhats follow "what" in a cause not found ("what caused them").
var unknownWhats = newWordSet(map[string]bool{"caused": true, "causes": true, "stopped": true, "happened": true,
	"triggered": true, "broke": true})

// whyUnknown reports whether a sentence tells that the cause was not found
// (above): a negation ("don't", "can't", "haven't", "not", ...) or "no idea",
// then within four words a verb of finding out (not for "no idea"), then
// within three words "why" or "what" and a verb of causing; and no writer's
// step after it ("i've", "we've", "so", "then").
func whyUnknown(ts []string) bool {
	for i, t := range ts {
		neg := false
		switch t {
		case "don't", "dont", "doesn't", "didn't", "can't", "cannot", "couldn't", "haven't", "hasn't", "not", "never":
			neg = true
		case "no":
			if i+1 < len(ts) && ts[i+1] == "idea" {
				if whyAfter(ts, i+2) {
					return noStepAfter(ts, i+2)
				}
			}
		}
		if !neg {
			continue
		}
		for j := i + 1; j < min(len(ts), i+5); j++ {
			if unknowingVerbs.has(ts[j]) && whyAfter(ts, j+1) {
				return noStepAfter(ts, j+1)
			}
		}
	}
	return false
}

// whyAfter reports whether "why", or "what" and a verb of causing, stands
// within three words from k ("yet", "out" may come between).
func whyAfter(ts []string, k int) bool {
	for j := k; j < min(len(ts), k+3); j++ {
		if ts[j] == "why" || ts[j] == "what" && j+1 < len(ts) && unknownWhats.has(ts[j+1]) {
			return true
		}
	}
	return false
}

// noStepAfter reports whether no writer's step follows from k: no "i've",
// "we've", "so" or "then".
func noStepAfter(ts []string, k int) bool {
	for _, t := range ts[k:] {
		if t == "i've" || t == "we've" || t == "so" || t == "then" {
			return false
		}
	}
	return true
}
