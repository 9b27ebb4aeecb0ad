package reader

import "testing"

// TestAskedToCheckNoFix checks the refusal of someone asked to check
// (fix_asked_to_check.go); sentences written for the test. A step asked of
// someone, and the asking after a step of the writer's own, stay fixes.
func TestAskedToCheckNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"I've asked the landlord's electrician to check the supply to the gate motor.", staffAfter, 0, Fix},
		{"Asked Priya to run a quick print test on the second tray.", staffAfter, 0, Fix},
		{"We've also asked the vendor to look at the sync logs from Monday.", staffAfter, 0, Fix},
		{"Asked the site team to have a look at the cabinet fan.", staffAfter, 0, Fix},
		{"Asked Tom to power the switch off and on again.", staffAfter, Fix, 0},                              // near miss: a step asked
		{"I've asked the bank to refund the second charge to your card.", staffAfter, Fix, 0},                // near miss: a step asked
		{"Reissued the invoice, and I've asked finance to check why it went out twice.", staffAfter, Fix, 0}, // near miss: the writer's step first
	})
}
