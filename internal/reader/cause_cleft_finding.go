package reader

// Round 152's reading: a finding told as a cleft, "it's the X that ...".
//
// Staff single out the faulty thing with a cleft sentence and no cause word:
// "The inverter is fine - it's the LinkBox (the comms unit) that has dropped
// off." (styles25, 06), "... and it's those links that are failing."
// (styles102, 04); "so it's your phone's Wi-Fi profile that still has the
// old password" (styles, 29, read by another rule). The rule reads "it's"
// or "it was" / "it is", a determiner ("the", "those", "your", "our",
// ...), at most six words, then "that" or "which" and a word that is not a
// modal, "you", a word of instruction or of a remedy ("It was the update
// that fixed it.", cause_recall_test.go). Refused: a negated cleft ("it's
// not the X that"), a word of sameness or order after the determiner (as
// round 54's culprit line), a hedge, a question.
//
// Written in round 152 (docs/quality.md, "Round 152").

// cleftDeterminers open the thing singled out.
var cleftDeterminers = newWordSet(map[string]bool{"the": true, "those": true, "these": true, "your": true, "our": true,
	"their": true, "his": true, "her": true, "its": true})

// cleftRefusedAfter are words right after "that" that make the clause an
// instruction or a possibility, not a finding.
var cleftRefusedAfter = newWordSet(map[string]bool{"you": true, "you'll": true, "you'd": true, "we": true, "i": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "needs": true, "need": true, "lets": true, "allows": true, "controls": true, "decides": true,
	"fixed": true, "solved": true, "resolved": true, "sorted": true, "cured": true, "helped": true, "worked": true})

// cleftFinding reports whether a sentence singles out a faulty thing with
// "it's the X that ...".
func cleftFinding(text string, ts []string) bool {
	if endsQuestion(text) {
		return false
	}
	for i := 0; i+3 < len(ts); i++ {
		k := i
		switch {
		case ts[i] == "it's":
			k = i + 1
		case ts[i] == "it" && (ts[i+1] == "was" || ts[i+1] == "is"):
			k = i + 2
		default:
			continue
		}
		if k >= len(ts) || !cleftDeterminers.has(ts[k]) || k+1 >= len(ts) || notCulprit.has(ts[k+1]) {
			continue
		}
		for j := k + 2; j < len(ts) && j <= k+8; j++ {
			if ts[j] == "that" || ts[j] == "which" {
				n := nextToken(ts, j)
				if n == "" || cleftRefusedAfter.has(n) || negations.has(ts[:k]) {
					return false
				}
				// the hedges last: they look up a phrase at every word,
				// and few sentences hold the cleft
				return !hedges.has(ts)
			}
		}
	}
	return false
}
