package reader

import "testing"

// TestRestoredYoureAllSet checks round 96's staff "you're all set"
// (restored_youre_all_set.go). The sentences are written for the test; the
// near misses are the customer's own, a wait or a condition, a setting, a
// heading with no "you", a question (the remedy before it is the
// caller's gate, act_rules.go).
func TestRestoredYoureAllSet(t *testing.T) {
	cases := []wordingCase{
		{"You're all set.", staffAfter, Restored, 0},
		{"Great, you are now all set for Thursday's session.", staffAfter, Restored, 0},
		{"Card linked, you're all set.", staffAfter, Restored, 0},
		{"You're all set for now though!", staffAfter, Restored, 0},
		// near misses
		{"Thanks, so we're all set.", custAfter, 0, Restored},
		{"You should be all set once the sync runs tonight.", staffAfter, 0, Restored},
		{"You're set to receive the invoice by e-mail from May.", staffAfter, 0, Restored},
		{"All set for the 14th:", staffAfter, 0, Restored},
		{"Are you all set?", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	checkRuleItself(t, "you're all set", youreAllSet, nil, cases[5:])
	if youreAllSet("You're not all set yet, one step left.", tokens("You're not all set yet, one step left.", nil)) {
		t.Error("a negation read as you're all set")
	}
}
