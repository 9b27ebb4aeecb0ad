package reader

import "slices"

// Other things than the reported one found fine (round 139, docs/quality.md
// "Round 139"): "Other hospitals look fine.", "Gateway fine, other terminals
// fine.", "the other 1,166 are correct." tell a working state of something
// the fault did not touch, which narrows the fault and restores nothing; the
// "after a remedy" and "restored words" rules and the model read the fine
// word as the service back. Round 38's othersUnaffected takes staff's
// sentence opening on "other" for the rules only; this one takes "other",
// one or two words of the thing, an optional verb of seeming and a fine word,
// anywhere in anyone's sentence with no word of a change of state, and
// refuses it for the model too. Tuning rows, labelled none (or problem) and
// read as restored before (-styleserrorstp, every tuning set):
//
//   - "Gateway fine, other terminals fine." (styles19 10);
//   - "Other races look ok." (styles63 04);
//   - "38 of the 1,204 records were indexed under the wrong reference; the
//     other 1,166 are correct." (styles89 11);
//   - "Other hospitals look fine." (styles95 05).
//
// 4 rows in 4 sets, no true row of the shape. Kept as restorations: the
// others back after the fix ("4.07 unlocks from the app again, and the other
// three show online.", "I have checked twenty other Adar dates ..., all
// correct" beside "now shows", "All the other branches delivered fine this
// morning.", true rows): a change word (again, back, now, since, ...) or a
// verb between "other" and the fine word keeps the row.

// othersFineWords are a thing found fine.
var othersFineWords = newWordSet(map[string]bool{"fine": true, "ok": true, "okay": true, "normal": true,
	"correct": true, "healthy": true, "unaffected": true})

// othersFineLink may stand between the thing and the fine word.
var othersFineLink = newWordSet(map[string]bool{"look": true, "looks": true, "are": true, "is": true, "seem": true,
	"seems": true, "all": true, "also": true})

// othersFineChange are words of a change of state that keep the row.
var othersFineChange = newWordSet(map[string]bool{"again": true, "back": true, "now": true, "since": true,
	"restored": true, "recovered": true, "fixed": true, "resolved": true, "after": true, "working": true,
	"test": true, "tested": true, "retested": true})

// othersFine reports other things than the reported one found fine (see
// above); ts is the sentence's tokens.
func othersFine(ts []string) bool {
	if !slices.Contains(ts, "other") {
		return false
	}
	for _, t := range ts {
		if othersFineChange.has(t) {
			return false
		}
	}
	for i, t := range ts {
		if t != "other" {
			continue
		}
		// one or two words of the thing, then links, then the fine word
		for j := i + 1; j < len(ts) && j <= i+4; j++ {
			w := ts[j]
			if othersFineWords.has(w) {
				if j > i+1 {
					return true
				}
				break
			}
			if othersFineLink.has(w) {
				continue
			}
			if j > i+2 || len(w) > 2 && w[len(w)-2:] == "ed" {
				break
			}
		}
	}
	return false
}
