package reader

import "testing"

// TestStepPurposeSo checks round 235's refusal: staff's step told with no
// subject, and what it keeps away after "so", is no cause; a thing's state or
// change and the harm it did after "so" is left to the cause rules. The
// sentences are written for the test after the tuning rows the file's
// comment quotes.
func TestStepPurposeSo(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Closed the partner channel for the next 30 days so they can't sell rooms we've already let.", true},
		{"Keep the same badge ticked so he doesn't get a new number.", true},
		{"Export runs tonight 23:00; doing the merge after it so the export doesn't pick up the old branch.", true},
		{"Ops (Priya): moved the nightly import from 01:00 to 02:30 so it doesn't clash with the backup, as a test.", true},
		{"Paused the reminder job for your account so nothing goes out while we look.", true},
		// near misses: a thing as the subject, the harm a cause did
		{"Patch script rewrote the keystore password so the service can't open its certificate on start.", false},
		{"The new laptop was never added to the devices group, so the policy does not apply to it.", false},
		{"Bed list filters on night_of so they never showed.", false},
		{"Updated firmware resets the pairing so the handhelds can't find the printers.", false},
		// a consequence with no negation, a cause word before "so"
		{"Moved the job to 03:30 so it runs after the sync.", false},
		{"Restarted the service because the disk had filled, so it can't have lost data.", false},
		// a time's colon is no head
		{"At 22:00 moved the queue so nothing is lost.", false},
	}
	for _, tc := range cases {
		if got := stepPurposeSo(tc.text, tokens(tc.text, nil)); got != tc.want {
			t.Errorf("stepPurposeSo(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
