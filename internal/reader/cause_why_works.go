package reader

import "strings"

// "Which is why" pointing at what works is an explanation of the part left
// unharmed, not of the fault: "the crews' tablets use a different feed, which
// is why they were right", "chip and PIN still goes the old way, which is why
// that kept working", "the other channels come from other cards, that's why
// they work". When the sentence also tells the fault, in a contrast ("which
// is why your tests work, but our client checks the chain strictly") or a
// clause of its own before a semicolon, it stays a cause, and so does a
// state that only looked right ("that's why it looked fixed").
//
// Written in round 29 (docs/quality.md, "Round 29").

// worksWords are the words of a working state after "why".
// "working" counts only as a state ("kept working", "is working"), not as
// an adjective ("ran in working hours").
var worksWords = newWordSet(map[string]bool{"work": true, "works": true, "worked": true, "right": true,
	"fine": true, "fixed": true, "unaffected": true})

// workingAfter are the words before "working" that make it a state.
var workingAfter = newWordSet(map[string]bool{"kept": true, "keeps": true, "still": true, "on": true, "is": true, "are": true,
	"was": true, "were": true, "been": true})

// whyItWorks reports whether "why" is followed, within five words, by a
// working state, with no negation, no "looked", "seemed" or "appeared"
// between them, in a sentence with no contrast and no semicolon.
func whyItWorks(text string, sc *scan) bool {
	ts := sc.ts
	if strings.Contains(text, ";") || contrastWords.hasIn(sc) {
		return false
	}
	for i, w := range ts {
		if w != "why" {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+5; j++ {
			switch v := ts[j]; {
			case v == "looked" || v == "seemed" || v == "appeared" || v == "looks" || v == "seems":
				return false
			case neverHadFault(ts, j):
				return true // round 207: "which is why it never had the problem"
			case v != "still" && negAt(ts, j, j+1):
				return false // round 207: "still" is in negations, but "why browsing still worked" is a working state
			case worksWords.has(v) || v == "working" && workingAfter.has(ts[j-1]):
				return true
			}
		}
		return false
	}
	return false
}
