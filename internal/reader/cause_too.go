package reader

// A part beyond what it needed to be: staff say a thing was "too" small,
// old, weak, early ... for what it had to do ("OS build too old to join the
// OT Wi-Fi", "squeezed into a compartment that's too small for it", "HA9
// and HA0 were handed over to Harrow too early", "signal ... too weak to
// hold the HAN"). The measure missed is the fault found. Round 40
// (docs/quality.md).

// tooMeasures are the measures after "too" that tell a part's fault.
var tooMeasures = newWordSet(map[string]bool{"small": true, "big": true, "large": true, "old": true, "early": true,
	"weak": true, "short": true, "low": true, "high": true, "many": true, "slow": true, "narrow": true,
	"thick": true, "thin": true, "heavy": true, "tight": true, "loose": true, "hot": true, "cold": true})

// beyondMeasure reports whether a staff sentence says a part was too much
// or too little: "too" and a measure (tooMeasures), with no writer, reader
// or team in the three words before it ("we were too busy", "you're too
// early for the window"), no negation before it, no hedge, no condition and
// no plan ("If it arrives too late for some of the tests we'll send ...").
func beyondMeasure(sc *scan) bool {
	ts := sc.ts
	for k := 1; k+1 < len(ts); k++ {
		if ts[k] != "too" || !tooMeasures.has(ts[k+1]) {
			continue
		}
		for _, w := range ts[max(0, k-3):k] {
			switch w {
			case "i", "we", "you", "i'm", "we're", "you're", "i've", "we've", "you've", "me", "us":
				return false
			}
		}
		if negAt(ts, 0, k) || hedges.hasIn(sc) || fixFuture.hasIn(sc) || promise.hasIn(sc) || policyNotice(sc) {
			return false
		}
		for _, w := range ts {
			switch w {
			case "if", "unless", "will", "would", "should", "please", "avoid", "prevent", "never", "we'll", "i'll",
				"you'll", "it'll", "won't":
				return false
			}
		}
		return true
	}
	return false
}
