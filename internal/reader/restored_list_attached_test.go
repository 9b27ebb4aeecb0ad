package reader

import "testing"

// TestRestoredListAttached checks round 199's refusal
// (restored_list_attached.go): staff's list of the ones the fault touched is
// no restoration; a word of the thing working beside it stays one. The
// sentences are written for the test.
func TestRestoredListAttached(t *testing.T) {
	cases := []wordingCase{
		{"38 orders went through the old route in that hour, list attached.", staffAfter, 0, Restored},
		{"Twelve parcels went through with the wrong label - the list is attached.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"Re-ran the 14 schedules (list attached), all now show the endorsement.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return listAttached(ts) }
	checkRuleItself(t, "list attached", pred, cases, append(near,
		wordingCase{text: "The attached list is from last week."},
		wordingCase{text: "All 40 went through again, list attached."},
		wordingCase{text: "The certificate is attached."}))
}
