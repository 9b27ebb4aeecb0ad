package reader

import "strings"

// Why a step only seemed to work is no cause (docs/labelling.md, "Four cause
// borders decided in round 251", border 4): "The resend yesterday only
// worked because it went out the old way." (styles30 12), "Yesterday's reset
// only seemed to fix it because the other device had gone off by then."
// (styles24 05), "The reset only appeared to help because the loco had
// cooled down by then." (styles123 02), "The recalibration yesterday only
// looked like a fix because the screen is off in the afternoons." (styles127
// 17). The reason tells why the fault hid for a while, not what made it.
// Rounds 235 and 242 measured "only ... because" (5 / 4 true / false) and
// could not keep it while the older writers labelled such sentences causes;
// round 252 relabelled them.
//
// It stays a cause when the same sentence also tells what made the fault: a
// semicolon ("... only forwards 8554, not 554; yesterday's change only worked
// because our sessions were already open.", styles65 05; "The import can't
// write its .done marker, so it stops; the restart only worked because ...",
// styles42 11) or "which", "so" or "why" after the reason ("..., which is why
// it failed again this week.", styles126 15). A step that only helped until
// a job undid it is border 4's other shape, a cause, and has no "because".
//
// Written in round 257 (docs/quality.md, "Round 257").

// onlySeemedVerbs are what the step seemed to do.
var onlySeemedVerbs = newWordSet(map[string]bool{"helped": true, "help": true, "worked": true, "work": true,
	"fixed": true, "fix": true, "held": true, "cleared": true, "solved": true})

// onlySeemedAfter after the reason tell the fault's own cause.
var onlySeemedAfter = newWordSet(map[string]bool{"which": true, "so": true, "why": true})

// onlySeemed reports whether a sentence tells why a step only seemed to
// work: "only", a verb of seeming or none, a verb of working, "because"
// within four words, and no semicolon nor "which", "so" or "why" after it.
func onlySeemed(text string, ts []string) bool {
	if strings.IndexByte(text, ';') >= 0 {
		return false
	}
	for i, t := range ts {
		if t != "only" {
			continue
		}
		k := i + 1
		switch {
		case k+1 < len(ts) && (ts[k] == "seemed" || ts[k] == "appeared") && ts[k+1] == "to":
			k += 2
		case k+2 < len(ts) && ts[k] == "looked" && ts[k+1] == "like" && ts[k+2] == "a":
			k += 3
		}
		if k >= len(ts) || !onlySeemedVerbs.has(ts[k]) {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			if ts[j] != "because" {
				continue
			}
			for _, w := range ts[j+1:] {
				if onlySeemedAfter.has(w) {
					return false
				}
			}
			return true
		}
	}
	return false
}
