package reader

// A need taken away after "so" is no cause: a shape of staff sentences that a
// cause phrase or the model read as a cause, seen in three writers' sets or
// more and never labelled a cause there. Refused in notCause, so the model is
// bound by it too (modelVeto).
//
//   - No need left to the reader, after "so": "The trigger runs alongside
//     your timed programs, so you don't need to change anything else"
//     (styles51), "The authorisation for Xero is still valid until August, so
//     there's nothing you need to re-authorise" (styles17), "I've put
//     VRS_RTCM32 back to MSM4 for now, so you don't need to change any
//     settings" (styles24), "... under My visitors so you don't need to enter
//     it every time" (styles34), "I've resubmitted the order with their
//     postcode, so no need for a new LOA" (styles11), "so no need to do it
//     again" (styles32). The harm a cause did is told as harm ("so nothing
//     syncs"); a need taken away is an assurance, like assuranceAfterSo's
//     negated future.
//
// Written in round 46 (docs/quality.md, "Round 46").

// noNeedAfterSo reports whether the last "so" of a sentence (not its first
// word, not "so far", "so much") opens a need taken away within its first
// six words: "don't need", "do not need", "doesn't need", "no need",
// "nothing you need", "needn't".
func noNeedAfterSo(ts []string) bool {
	k := lastSoClause(ts)
	if k < 0 {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+6; j++ {
		switch ts[j] {
		case "needn't":
			return true
		case "need", "needs":
			switch ts[j-1] {
			case "don't", "doesn't", "dont", "doesnt", "no", "not":
				return true
			case "you", "we":
				return j >= 2 && ts[j-2] == "nothing"
			}
		}
	}
	return false
}
