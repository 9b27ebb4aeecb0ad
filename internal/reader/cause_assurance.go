package reader

// Harm that will not come is an assurance or a prevention, not what a cause
// did: "..., so you won't be charged for an extra seat", "I've ended that
// repeating booking, so nothing new will be generated", "the dashboard only
// keeps 30 days, so January won't show there", "the check now looks at the
// flat number too, so other blocks won't get caught". The harm a cause did
// is told in the past or the present ("so none of the counts got through",
// "so nothing syncs"), and a fault that will go on is told with its verb ("so
// they will wait forever", futureConsequence in cause_relayed.go).
//
// Written in round 29 (docs/quality.md, "Round 29").

// assuranceAfterSo reports whether the last "so" of a sentence (not its
// first word, not "so far", "so much") opens a consequence in the negated
// future: "won't", "will not", "will never", or "nothing", "nobody", "no one"
// or "none" with "will", within its first six words.
func assuranceAfterSo(ts []string) bool {
	k := lastSoClause(ts)
	if k < 0 {
		return false
	}
	none := false
	for j := k + 1; j < len(ts) && j <= k+6; j++ {
		switch ts[j] {
		case "won't", "wont":
			return true
		case "nothing", "nobody", "none", "no":
			none = true
		case "will", "shall":
			if none || j+1 < len(ts) && (ts[j+1] == "not" || ts[j+1] == "never") {
				return true
			}
		}
	}
	return false
}
