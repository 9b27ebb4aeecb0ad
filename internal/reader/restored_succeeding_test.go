package reader

import "testing"

// TestRestoredSucceeding checks round 101's "<thing> succeeding" after a
// remedy (restored_succeeding.go). The true rows are reworded from the styles
// sets named beside them; the near misses are a negation, a scope, a
// contrast, a question, the future and the same note before any remedy.
func TestRestoredSucceeding(t *testing.T) {
	cases := []wordingCase{
		{"Saves succeeding on the test school since 09:13.", staffAfter, Restored, 0},          // styles14
		{"Readmore see auth succeeding.", staffAfter, Restored, 0},                             // styles17
		{"Automated checks from the monitor succeeding since 12:52.", staffAfter, Restored, 0}, // styles69
		// near misses
		{"Saves not succeeding on the test school.", staffAfter, 0, Restored},
		{"Other sites succeeding, only Leeds affected.", staffAfter, 0, Restored},
		{"Logins succeeding but the sync still times out.", staffAfter, 0, Restored},
		{"Are the checks succeeding now?", staffAfter, 0, Restored},
		{"Checks will be succeeding once the key is in.", staffAfter, 0, Restored},
		{"Logins from the kiosk succeeding.", staffBefore, 0, Restored},
	}
	checkWording(t, cases)
	checkRuleItself(t, "succeeding", succeeding, nil, cases[3:8])
}
