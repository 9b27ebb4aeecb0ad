package reader

import "testing"

// TestRestoredCustomerUse checks round 87's customer use
// (restored_customer_use.go): after a remedy, the customer's word that
// people have already used the repaired thing. The true rows are reworded
// from the styles sets named beside them; the near misses are the writer's
// own act, a sum paid, a passive, a repeat, a contrast, a question, a wait.
func TestRestoredCustomerUse(t *testing.T) {
	cases := []wordingCase{
		{"Yes, a few parents have paid online this morning no problem.", custAfter, Restored, 0},                  // styles77
		{"All showing now and we've had 6 online bookings for Sunday already overnight.", custAfter, Restored, 0}, // styles79
		{"Thanks Jo, 9 of them have already filled theirs in.", custAfter, Restored, 0},                           // styles81
		{"Great, Maria has ordered the first three on it already.", custAfter, Restored, 0},                       // styles81
		{"Three of the buyers have already signed.", custAfter, Restored, 0},                                      // styles6, styles26
		// near misses
		{"We have already paid this morning, can you check?", custAfter, 0, Restored},
		{"One parent has already paid £380 this morning.", custAfter, 0, Restored},
		{"Two invoices had already been paid this morning.", custAfter, 0, Restored},
		{"Two customers have paid twice this morning.", custAfter, 0, Restored},
		{"A few people have already signed but the rest still get the error.", custAfter, 0, Restored},
		{"Has anyone signed since this morning?", custAfter, 0, Restored},
		{"Once they have signed this morning we can close.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by this rule itself, not only by the rest
	checkRuleItself(t, "customer use", customerUse, nil, cases[5:])
	if Classify("Three of the buyers have already signed.", custBefore)&Restored != 0 {
		t.Error("read as customer use with no remedy before it")
	}
	// Staff's "have already signed" is round 88's staff told use
	// (restored_staff_told_use.go); this wording is one only round 87 reads.
	if Classify("Two of them have validated and submitted this morning.", staffAfter)&Restored != 0 {
		t.Error("read as customer use in staff's words")
	}
}
