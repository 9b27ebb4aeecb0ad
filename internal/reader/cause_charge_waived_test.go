package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseChargeWaived checks the refusal of a charge waived or a payment
// carried over (chargeWaived, in notCause, so the model too). The sentences
// are written for the test; near misses keep their cause.
func TestCauseChargeWaived(t *testing.T) {
	cases := []predicateCase{
		// a charge waived, a payment carried over
		{"Because the move was our decision there is no extra charge, and the monthly fee stays the same.", true},
		{"Your plan includes 20 users, so the next 4 are at no cost.", true},
		{"A change of date made by the organiser is covered: your deposit carries over in full.", true},
		{"We'll send the replacement free of charge.", true},
		{"There are no additional fees for the second visit.", true},
		// near misses: a fault beside the waiver, a cost that is the cause, no waiver
		{"You were charged twice because the page timed out; there's no extra charge for the rebooking.", false},
		{"The lookups failed because the account had no cost centre set.", false},
		{"The fee went up because the new tariff started on 1 April.", false},
		{"The booking was carried over to the new system without its deposit.", false},
		{"The charge was taken from the old card, which has since been cancelled.", false},
	}
	checkPredicate(t, "chargeWaived", func(text string) bool { return chargeWaived(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Because the postponement is outside your control there is no extra charge, and the performance fee stays as quoted.", staff, 0, Cause},
		{"The renewal failed because the card on file had expired, so no charge was made.", staff, Cause, 0},
	})
}
