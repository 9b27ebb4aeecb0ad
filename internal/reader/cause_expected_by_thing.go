package reader

// Round 224: what a system or a receiver is set to expect is no hedge. The
// model's cause is refused by any hedge word (modelGuards), "expect" among
// them ("we expect it back by Friday"); but an explanation of a mismatch
// often says what the other side expects:
//
//   - "... so the listening port went back from 5010 to 5001 and the
//     interface is now set to expect an encrypted connection." (styles14 18)
//   - "... the new one carried a different server name from the one Android
//     phones had been set up to expect, so they refused to connect."
//     (styles32 04)
//   - "... its manifest now says Donor_Ref where we expect Participant_ID, so
//     the overnight import threw out their whole file." (styles52 06)
//   - "... so from column 7 onwards each field sits one place to the right of
//     where Kinsley expect it." (styles91 04)
//
// Counted over every tuning styles row the model would read as a cause and
// the hedge guard alone refused: the sentences whose only hedge word is
// "expect" after "to" or within three words after "where" are 4 true causes in
// 4 writers and no false row. A forecast ("so expect this at every
// branch", styles11, a cause too but an instruction's form), "we expect",
// "I'd expect" and any other hedge word beside it keep the guard.

// expectedByThing reports whether every hedge word of a sentence is an
// "expect" that names what a thing is set to expect ("set to expect", "where
// we expect X").
func expectedByThing(ts []string) bool {
	found := false
	for i := range ts {
		if !hedges.at(ts, i) {
			continue
		}
		if ts[i] != "expect" || i < 2 || !(ts[i-1] == "to" || expectAfterWhere(ts, i)) {
			return false
		}
		found = true
	}
	return found
}

// expectAfterWhere reports whether "where" stands within the three words
// before the "expect" at ts[i] ("where Kinsley expect it").
func expectAfterWhere(ts []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if ts[k] == "where" {
			return true
		}
	}
	return false
}
