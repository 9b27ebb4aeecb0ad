package reader

import "testing"

// TestChasedPartyNoFix checks the refusal of a party chased
// (fix_chased.go); sentences written for the test. A remedy with a party's
// name of the same letters, and a step with no chase, stay fixes.
func TestChasedPartyNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Chased the carrier by phone at 11:20.", staffAfter, 0, Fix},
		{"I've chased the supplier again this morning.", staffAfter, 0, Fix},
		{"Chasing the registrar now for the transfer code.", staffAfter, 0, Fix},
		{"I've reset the door controller and it opens on the fob again.", staffAfter, Fix, 0}, // near miss: no chase
		{"Re-sent the statement to your Chase account address.", staffAfter, Fix, 0},          // near miss: a name, not a chase
	})
}
