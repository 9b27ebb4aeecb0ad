package reader

// Nothing lost or to fix is no cause: a shape of staff sentences that a rule
// or the model read as a cause, seen in three writers' sets or more (styles
// to styles66) and not labelled a cause there. Refused in notCause, so the
// model is bound by it too (modelVeto).
//
//   - Nothing lost or to fix, with words between that the phrases of
//     benignOutcome ("nothing is lost", "nothing to do") do not allow: "They
//     are kept for 7 days, so nothing from Saturday is lost yet" (styles12,
//     18-webhooks-failing-tls-chain), "Nothing in Chronodock is wrong or lost,
//     it just wasn't refreshed" (styles57, 01-epo-sync-quota), "our receipt
//     already shows 60 l, so nothing to fix our end" (styles64,
//     14-amend-consignment-note). "Nothing wrong" alone is left out: it rules
//     out a part beside a cause ("which is why the breaker kept tripping under
//     load - nothing wrong with our rack", styles66; styles11, styles30,
//     styles33, all causes). As with benignOutcome, a contrast keeps the
//     sentence for the other rules.
//
// Written in round 56 (docs/quality.md, "Round 56").

// nothingLost reports whether "nothing" is followed within six words by
// "lost", or at once by "to fix", in a sentence with no contrast.
func nothingLost(sc *scan) bool {
	ts := sc.ts
	for i, w := range ts {
		if w != "nothing" {
			continue
		}
		if i+2 < len(ts) && ts[i+1] == "to" && ts[i+2] == "fix" {
			return !contrastWords.hasIn(sc)
		}
		for j := i + 1; j < len(ts) && j <= i+6; j++ {
			if ts[j] == "lost" {
				return !contrastWords.hasIn(sc)
			}
		}
	}
	return false
}
