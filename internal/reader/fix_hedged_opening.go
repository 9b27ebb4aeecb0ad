package reader

// Round 243: a sentence that opens on a hedge is a guess or a possibility,
// neither a step taken nor a state come back: "Might be the 4.7 upgrade -
// release notes mention a change to the results importer." (styles130
// 18/2), "It may have been reset when the tablet went flat during the power
// cut, but we can't tell that from here." (121 03/11), "It might be worth
// asking your IT team to allow noreply@..., as the same could happen to
// future starters." (127 12/5), "It could be the sensor itself or the
// sunlight ..." (74 18/4) were read fix (the step's verb inside the guess),
// and "It may take a few hours for the house to come back up to
// temperature." (80 01/5) restored. Over every tuning set: 4 false fixes in
// 4 sets and 1 false restoration, no true fix or restoration opens so.
// Round 59's hypothesisNotFix wants a cause's word beside the hedge; these
// have none. "May" alone opens a month's name ("May issue mastered in ..."),
// so the modal is taken only after "it", "this" or "that".

// hedgedOpening reports whether a sentence (ts, its tokens) opens on a
// hedge: "might", "maybe", "perhaps", "possibly", "probably", "could be",
// or "it/this/that may/might/could".
func hedgedOpening(ts []string) bool {
	if len(ts) < 3 {
		return false
	}
	switch ts[0] {
	case "might", "maybe", "perhaps", "possibly", "probably":
		return true
	case "it", "this", "that":
		return ts[1] == "may" || ts[1] == "might" || ts[1] == "could"
	case "could":
		return ts[1] == "be"
	}
	return false
}
