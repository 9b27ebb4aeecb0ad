package reader

import "testing"

// TestFixStateNote checks round 91's terse note of a step that sets a state
// (fix_state_note.go) on sentences written for the test, and near misses
// that must stay no fix: a relay, a fault, a finding, a negation, a
// question, a customer's.
func TestFixStateNote(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Ticked \"Send reminders\" on the Riverside rota.", staffBefore, Fix, 0},
		{"Unticked the archive filter and re-ran the export.", staffBefore, Fix, 0},
		{"Matched the two card refunds to their orders by hand.", staffBefore, Fix, 0},
		{"Unflagged batch 12, flagged batch 14.", staffBefore, Fix, 0},
		{"Unblocked.", staffBefore, Fix, 0},
		// near misses
		{"Flagged to the night team to watch the 02:00 run.", staffBefore, 0, Fix},
		{"Locked out again at 09:10 after three wrong PINs.", staffBefore, 0, Fix},
		{"Matched with the bank file, no gaps.", staffBefore, 0, Fix},
		{"Locked by the system after five failed attempts.", staffBefore, 0, Fix},
		{"Not unlocked yet.", staffBefore, 0, Fix},
		{"Ticked the box?", staffBefore, 0, Fix},
		{"Unflagged batch 12 on our side.", custOpening, 0, Fix},
	})
}
