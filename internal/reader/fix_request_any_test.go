package reader

import "testing"

// TestFixRequestAnyVerb checks round 28's polite requests of a step with
// any verb (fix_request_any.go) on sentences written for this test, with
// near misses.
func TestFixRequestAnyVerb(t *testing.T) {
	cases := []wordingCase{
		{"Could you wedge the gate open with the rubber stop until the engineer comes?", staffBefore, Fix, 0},
		{"For today, can you direct members to the side entrance?", staffBefore, Fix, 0},
		{"Before the lunch rush, could someone on site tape over the card slot on till 2?", staffBefore, Fix, 0},
		// near misses: information, a choice, ability, a relay, a check, a customer
		{"Could you forward the bounce message to us?", staffBefore, 0, Fix},
		{"Would you rather we swap the unit on Monday?", staffBefore, 0, Fix},
		{"Can you still print from the back office PC?", staffBefore, 0, Fix},
		{"Could you pass this on to your facilities team?", staffBefore, 0, Fix},
		{"Could you spot-check two of the receipts afterwards?", staffBefore, 0, Fix},
		{"Could you leave the old reader at reception and we'll collect it on Monday?", staffBefore, 0, Fix},
		{"What time could you wedge the gate open?", staffBefore, 0, Fix},
		{"Could you wedge the gate open for the delivery?", custBefore, 0, Fix},
	}
	checkWording(t, cases)
}
