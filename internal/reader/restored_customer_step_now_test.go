package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredCustomerStepNow checks round 94's refusal
// (restored_customer_step_now.go): the customer's own step under way, told
// with "now", is no restoration. The sentences are written for the test; the
// near misses are the thing at work now, a result seen, a perfect and a
// staff's sentence.
func TestRestoredCustomerStepNow(t *testing.T) {
	customer := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	refused := []string{
		"Thanks Priya, phoning the depot now.",
		"Emailing the parents now.",
		"ok we are informing the drivers now",
		"Thank you, I send now.",
		"ok she check now",
	}
	for _, s := range refused {
		if !customerStepNow(s, tokens(s, nil)) {
			t.Errorf("%q: not read as the customer's step", s)
		}
	}
	kept := []string{
		"It's printing now.",
		"ok is syncing now",
		"I see the invoices now.",
		"Thanks, I've submitted now.",
		"Sending now.",
		"That did it, running on the new server now.",
		"The tills are taking cards now.",
	}
	for _, s := range kept {
		if customerStepNow(s, tokens(s, nil)) {
			t.Errorf("%q: read as the customer's step", s)
		}
	}
	checkWording(t, []wordingCase{
		{"Thanks Priya, phoning the depot now.", customer, 0, Restored},
		{"I see the invoices now.", customer, Restored, 0},
		{"The tills are taking cards now.", customer, Restored, 0},
	})
	// staff's own step is not this refusal's (notRestored asks for the
	// customer) but round 132's stepUnderWayNow refuses it as well; a thing
	// at work told by staff stays a restoration.
	if !notRestored("Emailing the parents now.", tokens("Emailing the parents now.", nil), staffAfter, 0) {
		t.Error("staff's step under way not refused (round 132)")
	}
	if notRestored("The tills are taking cards now.", tokens("The tills are taking cards now.", nil), staffAfter, 0) {
		t.Error("staff's thing at work refused as a step")
	}
}
