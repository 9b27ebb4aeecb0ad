package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredMoneySettled checks round 76's money settled
// (restored_money_settled.go): the money credited in the passive, nothing
// owed, the money in its place. The true rows are reworded from the styles
// sets named beside them; the near misses are the writer's own refund (a
// step), promises and waits, a refund still pending, money credited wrongly,
// a balance gone below zero or back again, a figure that is the fault, and
// a negation.
func TestRestoredMoneySettled(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cust := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		{"11:40 Replay done: 212 deposits credited, 0 left in PENDING.", staff, Restored, 0},                                      // styles63
		{"They sent the transfer (GBP 1,300.00) on Monday and it was credited to your account the same day.", staff, Restored, 0}, // styles45
		{"Recalculation held - the Marsh booking shows £0 due.", staff, Restored, 0},                                              // styles66
		{"Your account now shows nothing outstanding.", staff, Restored, 0},                                                       // styles78
		{"The £120.00 is in today's settlement under reference CB-1182.", staff, Restored, 0},                                     // styles7
		{"I've re-run the import and your £15.00 is on Sara's account.", staff, Restored, 0},                                      // styles14
		{"The duplicate fees, USD 9.40, are refunded to your seller balance now.", staff, Restored, 0},                            // styles28
		{"Your balance is back to £50.00.", staff, Restored, 0},                                                                   // round 68's lead
		// near misses: promises, waits, a refund pending, the writer's step, money wrongly credited,
		// a balance below zero or back again, a figure that is the fault, a negation, a question
		{"The refund will be credited to your card within 3-5 working days.", staff, 0, Restored},
		{"The £120.00 should be in your account by Friday.", staff, 0, Restored},
		{"I hope the payment is on your account by Monday.", staff, 0, Restored},
		{"The refund is still pending on my card.", cust, 0, Restored},
		{"The deposits have not been credited yet.", cust, 0, Restored},
		{"Once the test payment is settled the deposits are credited automatically.", staff, 0, Restored},
		{"Replay path doesn't check the key, so 900 members got credited twice.", staff, 0, Restored},
		{"After two more crossings the balance went below zero.", staff, 0, Restored},
		{"The balance is back to -£4.20 again this morning.", cust, 0, Restored},
		{"the trader portal shows £0 for today but weve been serving since 11", cust, 0, Restored},
		{"Nothing else outstanding, closing.", staff, 0, Restored},
		{"Is the £120.00 in today's settlement?", cust, 0, Restored},
		{"The £349.00 is in dispute with the cardholder's bank.", staff, 0, Restored},
	}
	checkWording(t, cases)
	// read by this rule, not only by another
	checkRuleItself(t, "money settled", moneySettled, cases[:8], nil)
	// The writer's own refund is a step, not this rule's restoration.
	for _, s := range []string{
		"I've credited £22.50 to your account.",
		"I've refunded the second £89.00 to your card.",
	} {
		if moneySettled(s, tokens(s, nil)) {
			t.Errorf("%q: read as money settled", s)
		}
	}
}
