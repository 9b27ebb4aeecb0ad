package reader

import "testing"

// TestCauseUnsureGuess checks the refusal of the writer's unsure guess
// (unsureGuess, in notCause, so the model too). The sentences are written
// for the test; near misses keep their cause.
func TestCauseUnsureGuess(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a suspicion, not a cause found
		{"Sounds like the lift's own controller is holding the call, not the intercom.", true},
		{"It sounds like the hall's Wi-Fi is dropping the printer now and then.", true},
		{"I don't think it's the card reader - the other tills in that row take cards fine, so it's on our side somewhere.", true},
		{"The drops line up with the heating coming on, which often means a loose neutral or a tired socket, but we can't tell which from the logs.", true},
		// near misses: a finding after a colon, a past fault, a reason, no unsure words
		{"Sounds like the update: it reset the APN on every handset overnight.", false},
		{"I don't think it's the cable, the switch port failed at 02:10 and took the link down.", false},
		{"It sounds like the reminders stopped because the sender name expired.", false},
		{"The gateway lost its certificate, so the lift can't tell the intercom it is in service.", false},
		{"The scheme's out-of-hours route is dead, not the pendant.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := unsureGuess(tc.text, scn.ts); got != tc.want {
			t.Errorf("unsureGuess(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
