package reader

import "testing"

// TestRecipientHasIt checks someone else's having the thing
// (restored_recipient_has_it.go). The true rows are reworded from the
// styles sets named beside them; the near misses are a negation, a plan, a
// question, "had", staff telling the customer, the short form before any
// remedy and a longer sentence that reports nothing done.
func TestRecipientHasIt(t *testing.T) {
	checkWording(t, []wordingCase{
		{"OK, I've uploaded the drawings by hand and the contractor have it.", custAfter, Restored, 0}, // styles57
		{"Client has them.", custAfter, Restored, 0},                                                   // styles65
		{"handover for block 2 done, client have it.", custBefore, Restored, 0},                        // styles71
		{"Rang the hotel - both bags delivered 18:20, guests have them.", staffBefore, Restored, 0},    // styles72
		{"Client has them.", custBefore, 0, Restored},
		{"The tills don't have it yet.", staffAfter, 0, Restored},
		{"Once the depot has it the orders will go through.", staffAfter, 0, Restored},
		{"So the planners will have it by morning.", staffAfter, 0, Restored},
		{"Does the client have them?", custAfter, 0, Restored},
		{"The old contract had it.", staffAfter, 0, Restored},
		{"Taking over the existing ones, Alison has them.", custAfter, 0, Restored},
	})
}
