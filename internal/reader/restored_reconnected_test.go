package reader

import "testing"

// TestRestoredThingReconnected checks round 109's thing reconnected by
// itself after the remedy (restored_reconnected.go). The sentences are
// written for the test; the near misses are no remedy before, staff's own
// step, a party's step, a plan, a condition, a contrast, a connection lost.
func TestRestoredThingReconnected(t *testing.T) {
	cases := []wordingCase{
		{"Middleware reconnected at 04:12 and sent the 18 orders it had been holding.", staffAfter, Restored, 0},
		{"Till 3 reconnected straight away.", staffAfter, Restored, 0},
		{"Router reachable, tills reconnected and uploading stored sales (96 so far).", staffAfter, Restored, 0},
		// near misses
		{"Till 3 reconnected straight away.", staffBefore, 0, Restored},
		{"We've reconnected the store under a new service account.", staffAfter, 0, Restored},
		{"They have reconnected it on their side.", staffAfter, 0, Restored},
		{"The tills will reconnect once the line is back.", staffAfter, 0, Restored},
		{"The kiosk lost its link and reconnected at 06:45, but we don't know why.", staffAfter, 0, Restored},
		{"Reconnected and recalibrated the scale with the test weight.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	for _, c := range cases[:3] {
		if !thingReconnected(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: not read as a thing reconnected", c.text)
		}
	}
	// refused by the rule itself, whatever the older rules read
	for _, c := range cases[4:] {
		if thingReconnected(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: read as a thing reconnected", c.text)
		}
	}
}
