package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOpeningTriedNoFix checks the refusal of the customer's tries in their
// opening (fix_opening_tried.go); sentences written for the test. The same
// steps after the opening, and an opening step with no word that it failed or
// was repeated, keep their reading.
func TestOpeningTriedNoFix(t *testing.T) {
	custAfterOpening := Context{Role: ticket.RoleCustomer, Public: true}
	for _, c := range []wordingCase{
		{"We restarted the scanner already.", custOpening, 0, Fix},
		{"Reinstalled the app three times, same error.", custOpening, 0, Fix},
		{"I swapped the cable twice and it still drops.", custOpening, 0, Fix},
		{"Switched the hub off and on, no change.", custOpening, 0, Fix},
	} {
		if got := Classify(c.text, c.c); got&c.not != 0 {
			t.Errorf("%q: got %s, want no %s", c.text, got, c.not)
		}
	}
	// near misses: a message after the opening, an opening step with no such word, staff
	if openingTried(custAfterOpening, tokens("We restarted the scanner already.", nil)) {
		t.Error("a customer's message after the opening refused")
	}
	if openingTried(custOpening, tokens("I renewed the certificate in the portal this morning.", nil)) {
		t.Error("an opening step with no word of a failed or repeated try refused")
	}
	if openingTried(staffAfter, tokens("Restarted it twice, same fault.", nil)) {
		t.Error("staff refused")
	}
}
