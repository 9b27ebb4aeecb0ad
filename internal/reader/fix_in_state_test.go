package reader

import "testing"

// TestFixInState checks round 91's thing put in told as its state
// (fix_in_state.go) on sentences written for the test, and near misses that
// must stay no fix: a condition or a plan, a place after "in", "in place", a
// negation, a question, a customer's.
func TestFixInState(t *testing.T) {
	checkWording(t, []wordingCase{
		{"The replacement pump is in and running quietly.", staffBefore, Fix, 0},
		{"Dana, the new tariff is in: from Monday evening calls are charged at the off-peak rate.", staffBefore, Fix, 0},
		{"The spare reader is in now, so the side door opens with a badge again.", staffBefore, Fix, 0},
		{"The two extra rooms are in as well, so both floors show on the booking page.", staffBefore, Fix, 0},
		// near misses
		{"I'll let you know as soon as the new key is in.", staffBefore, 0, Fix},
		{"Once the part is in, I will ring you.", staffBefore, 0, Fix},
		{"The engineer is in the building now.", staffBefore, 0, Fix},
		{"Everything you asked for is in place.", staffBefore, 0, Fix},
		{"The new key is not in yet.", staffBefore, 0, Fix},
		{"Is the new key in?", staffBefore, 0, Fix},
		{"The new pump is in and running quietly.", custOpening, 0, Fix},
	})
}
