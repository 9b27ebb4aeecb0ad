package reader

import "testing"

// TestRestoredRelayedCause checks round 94's refusal (restored_relayed_cause.go):
// a third party's confirmation whose content is the cause is no
// restoration. The sentences are written for the test; the near misses are
// confirmations of the state after the fix, which stay restorations.
func TestRestoredRelayedCause(t *testing.T) {
	cases := []wordingCase{
		{"The carrier has confirmed a power failure at their exchange from 03:10.", staffAfter, 0, Restored},
		{"Harlow Telecom have confirmed the fault: a duct flooded by the burst main on Friday.", staffAfter, 0, Restored},
		{"Their helpdesk confirms the mistake was theirs: the order was keyed against the wrong depot.", staffAfter, 0, Restored},
		{"The vendor confirms: the 7.2 build reads the date field as US format instead of UK.", staffAfter, 0, Restored},
		// near misses: the state after the fix confirmed
		{"The carrier confirms the line is working again since 11:20.", staffAfter, Restored, 0},
		{"Harlow Telecom have confirmed the circuit is back up.", staffAfter, Restored, 0},
		{"The site manager confirms they can see the bookings now.", staffAfter, Restored, 0},
		{"The depot confirms both vans have their routes again.", staffAfter, Restored, 0},
	}
	checkWording(t, cases)
	checkRuleItself(t, "a relayed cause confirmed", func(_ string, toks []string) bool { return relayedCauseConfirmed(toks, Cause) }, nil, cases[4:])
	// the writer's own confirmation, or one asked for, is not a third party's
	for _, s := range []string{"I can confirm the fault was on the supplier's side.", "Please confirm the fault is gone."} {
		if relayedCauseConfirmed(tokens(s, nil), Cause) {
			t.Errorf("%q: refused as a relayed cause", s)
		}
	}
}
