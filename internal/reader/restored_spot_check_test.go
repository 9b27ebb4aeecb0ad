package reader

import "testing"

// TestRestoredSpotCheck checks round 109's staff's spot check with its
// finding after the remedy (restored_spot_check.go). The sentences are
// written for the test; the near misses are no remedy before, a request, a
// question, a plan, a fault found and the check with nothing after it.
func TestRestoredSpotCheck(t *testing.T) {
	cases := []wordingCase{
		{"Spot-checked 12 summer sailings on the website, times correct.", staffAfter, Restored, 0},
		{"Spot check at Riverside: day return £6.40, as in the file.", staffAfter, Restored, 0},
		{"14:02 Spot-checked 5 races on the Friday card - terms correct.", staffAfter, Restored, 0},
		{"Spot-checked at 21:10, 21:40 and 22:05 - in sync.", staffAfter, Restored, 0},
		// near misses
		{"Spot-checked 12 summer sailings on the website, times correct.", staffBefore, 0, Restored},
		{"Could you spot-check a few invoices and let me know?", staffAfter, 0, Restored},
		{"I'll spot-check the rest of the card tonight.", staffAfter, 0, Restored},
		{"Spot-checked 12 sailings, 3 times still wrong on the website.", staffAfter, 0, Restored},
		{"I'd like to spot-check the other depots as well.", staffAfter, 0, Restored},
		{"Spot-checked.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	for _, c := range cases[:4] {
		if !spotCheck(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: not read as a spot check", c.text)
		}
	}
	// refused by the rule itself, whatever the older rules read
	for _, c := range cases[5:] {
		if spotCheck(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: read as a spot check", c.text)
		}
	}
}
