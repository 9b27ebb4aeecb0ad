package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseAskedTerms checks the refusal of the model's cause for an answer
// naming the terms the customer is held to, in a ticket that asked how
// something works (askedTerms, in modelVeto). The sentences are written for
// the test; near misses keep the model's reading.
func TestCauseAskedTerms(t *testing.T) {
	asked := Context{Role: ticket.RoleAgent, Public: true, AskedToKnow: true}
	inAsked := func(text string) bool { return askedTerms(asked, tokens(text, nil)) }
	checkPredicate(t, "askedTerms", inAsked, []predicateCase{
		// an answer naming a fee, a tariff, a contract, a policy or a rule
		{"The cancellation fee is £40 and is charged to the card on file.", true},
		{"Backups are kept for 30 days, then deleted under our retention policy.", true},
		{"The contract allows five seats, and each extra seat is billed monthly.", true},
		{"It applies when the meter reads more than 10 kWh in a day.", true},
		{"The booking windows come from the club's rule: members can book 14 days ahead.", true},
		// near misses: a fault or change told, no term named
		{"The retention policy was changed last week, so older backups were deleted.", false},
		{"That's why: the fee was taken twice because the first payment timed out.", false},
		{"The rule expired on Sunday and nothing renewed it.", false},
		{"A rate change only applies to bookings made after you save it.", false},
		{"Your meter is an older model that we can only read by hand.", false},
	})
	// near miss: the same answer in a ticket that did not ask how it works
	notAsked := Context{Role: ticket.RoleAgent, Public: true}
	checkPredicate(t, "askedTerms (not asked)", func(text string) bool { return askedTerms(notAsked, tokens(text, nil)) }, []predicateCase{
		{"The cancellation fee is £40 and is charged to the card on file.", false},
	})
	// The veto itself: the model's cause is refused for staff, not asked of a customer's words.
	text := "The cancellation fee is £40 and is charged to the card on file."
	if v := modelVeto(text, newScan(tokens(text, nil), &scan{}), asked, 0, Cause); v&Cause == 0 {
		t.Errorf("modelVeto(%q) kept the model's cause", text)
	}
}
