package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredCustomerAsExpected checks round 103's state told as it should be
// (restored_as_expected.go): the customer's "as expected", "as it should
// be", "exactly what we wanted" after a remedy. The sentences are written
// for the test; the near misses are staff's words, no remedy before, a
// negation before the wording, a counterfactual, a wait, a question and
// thanks for an answer.
func TestRestoredCustomerAsExpected(t *testing.T) {
	remedyEarlier := Context{Role: ticket.RoleCustomer, Public: true, RemedyInTicket: true}
	cases := []wordingCase{
		{"She can open the rota but not the pay screen, which is exactly what we wanted.", custAfter, Restored, 0},
		{"Tom from Sales tried the folder and was refused, which is exactly what we want.", custAfter, Restored, 0},
		{"A booking for the 12th was turned down, as it should be.", custAfter, Restored, 0},
		{"Pumps slowing down over the low field like they should.", remedyEarlier, Restored, 0},
		{"Checked two sites: the range check fired as expected on a 140 value.", custAfter, Restored, 0},
		{"The totals are 1% lower, which is the expected effect of the new rates.", custAfter, Restored, 0},
		{"Buses a couple of minutes late through the works, which is what we'd expect.", custAfter, Restored, 0},
		{"The plan is back as it should be and I printed the sheets.", custAfter, Restored, 0},
		// near misses
		{"It doesn't print the labels as it should.", custAfter, 0, Restored},
		{"The rota is not exactly what we wanted.", custAfter, 0, Restored},
		{"The invoice was not sent as it should have been.", custAfter, 0, Restored},
		{"It was supposed to start at nine, as expected.", custAfter, 0, Restored},
		{"Still not working as expected.", custAfter, 0, Restored},
		{"Is it behaving as expected?", custAfter, 0, Restored},
		{"Thanks, that's what we needed.", custAfter, 0, Restored},
		{"The map shows the old plot, which is not what we want.", custAfter, 0, Restored},
		{"We want it to behave as it should.", custOpening, 0, Restored},
	}
	checkWording(t, cases)
	// read by the rule itself, and the near misses refused by it, whatever the older rules read
	checkRuleItself(t, "a state as expected", customerAsExpected, cases[:8], cases[8:len(cases)-1])
}
