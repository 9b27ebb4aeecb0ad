package reader

import "testing"

// TestRestoredCheckedOthers checks round 199's refusal
// (restored_checked_others.go): staff's check of the other things like the
// faulty one is no restoration; a word of a thing working after it, or the
// check told after the reported thing's state, stays one. The sentences are
// written for the test.
func TestRestoredCheckedOthers(t *testing.T) {
	cases := []wordingCase{
		{"Checked the other 9 tills on that floor, all dry.", staffAfter, 0, Restored},
		{"I've checked the other three sites and they're all on the new certificate.", staffAfter, 0, Restored},
		{"Checked for other orders sent since Monday: 2 more, both re-sent and confirmed.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"Checked the other 9 tills on that floor and they are working again now.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return checkedOthers(ts) }
	checkRuleItself(t, "checked others", pred, cases, append(near,
		wordingCase{text: "Checked 4 of the 31 other stores: all on 4.8.2, counts working."},
		wordingCase{text: "I've checked your other clients and theirs have been put back too."},
		wordingCase{text: "The reminder now shows 12 March, and I have checked twenty other dates, all correct."},
		wordingCase{text: "Checked the logs for the last hour, nothing else failed on the other nodes."},
		wordingCase{text: "Other hospitals checked, all fine."}))
}
