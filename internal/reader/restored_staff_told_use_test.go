package reader

import "testing"

// TestRestoredStaffToldUse checks round 88's staff told use
// (restored_staff_told_use.go): after a remedy, staff's word that someone on
// the customer's side has since used the repaired thing. The true rows are
// reworded from the styles sets named beside them; the near misses are the
// writer's own act, the system's act, a passive, a sum, a contrast, a
// condition, a question, no span since the fix.
func TestRestoredStaffToldUse(t *testing.T) {
	cases := []wordingCase{
		{"Maya has her account now and has already signed in once.", staffAfter, Restored, 0},                      // styles53
		{"We have lifted the block, and Tom has since filled up with no trouble.", staffAfter, Restored, 0},        // styles44
		{"So far 12 of the 20 have installed it and it opens fine.", staffAfter, Restored, 0},                      // styles7
		{"Checked: 17 people entered their weekend hours over the weekend with no help.", staffAfter, Restored, 0}, // styles57
		// near misses
		{"We have already signed the form this morning.", staffAfter, 0, Restored},
		{"It has already uploaded the file since.", staffAfter, 0, Restored},
		{"Two invoices have since been paid this morning.", staffAfter, 0, Restored},
		{"Maya has already paid 450 this morning.", staffAfter, 0, Restored},
		{"Maya has already signed in but still gets the error.", staffAfter, 0, Restored},
		{"Has Maya signed in since this morning?", staffAfter, 0, Restored},
		{"Once Maya has signed this morning we can close.", staffAfter, 0, Restored},
		{"Maya has signed the contract.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by this rule itself, not only by the rest
	checkRuleItself(t, "staff told use", staffToldUse, nil, cases[4:])
	if Classify("Maya has her account now and has already signed in once.", staffBefore)&Restored != 0 {
		t.Error("read as staff told use with no remedy before it")
	}
}
