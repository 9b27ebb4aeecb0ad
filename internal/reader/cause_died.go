package reader

// A part that died, stalled or hung, stated as found: "the 24V PSU
// has died", "the alarm text service had stalled overnight", "the feed into
// the bed board stalled overnight", "his session died with the reimage". The
// verb says the part stopped of itself, which is the finding behind the
// symptom the customer saw. "Crashed" is left out: a terse "the print
// spooler crashed" is the symptom reported (round 7's reading). Not when the
// writer looks for why it did ("we haven't found why it stalled"), nor
// negated, hedged, or said of a person ("we", "you") or a call ("hung up").
//
// Written in round 29 (docs/quality.md, "Round 29").

// diedVerbs are the verbs of a part that stopped of itself.
var diedVerbs = newWordSet(map[string]bool{"died": true, "stalled": true, "hung": true})

// partDied reports whether a staff sentence says a part died, stalled or
// hung: the verb after a subject that is not a person, not
// negated or hedged in the three words before it, with no "why", "whether"
// or "if" before it and no unknown cause.
func partDied(sc *scan) bool {
	ts := sc.ts
	for k := 1; k < len(ts); k++ {
		if !diedVerbs.has(ts[k]) || k+1 < len(ts) && ts[k+1] == "up" {
			continue
		}
		s := k - 1
		if (ts[s] == "has" || ts[s] == "had" || ts[s] == "have") && s > 0 {
			s--
		}
		switch ts[s] {
		case "i", "we", "you", "he", "she", "they", "who", "i've", "we've", "you've", "i'd", "we'd":
			return false
		}
		if negAt(ts, max(0, k-3), k) || hedges.hasIn(sc) || unknownCause.hasIn(sc) {
			return false
		}
		for _, w := range ts[:k] {
			if w == "why" || w == "whether" || w == "if" {
				return false
			}
		}
		return true
	}
	return false
}
