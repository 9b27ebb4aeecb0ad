package reader

import "testing"

// TestCauseAppearanceGuess checks the refusal of a guess from how a thing
// looks (appearanceGuess, in notCause, so the model too). The sentences are
// written for the test; near misses keep their cause.
func TestCauseAppearanceGuess(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a guess from how a thing looks
		{"The export has last month's prices, looks like the job picked up the old file.", true},
		{"It looks like the reader was unplugged when the room was cleaned.", true},
		{"That matches the firmware push on Monday, which seems to have reset the VLAN.", true},
		{"Customer on an old Android by the look of it, so no NFC.", true},
		// near misses: a guess beside a finding, a thing that looks like something to a system
		{"I can see the card was blocked on Friday - it looks like your manager blocked yours by mistake.", false},
		{"The file kept the old serial, so the new one looks like a duplicate to the bank.", false},
		{"From the logs it looks like the jobs stopped when the disk filled; the cleanup task had been turned off.", false},
		{"The account was locked because the VPN made it log in from five countries, which looks like a stolen account to the system.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := appearanceGuess(tc.text, scn.ts); got != tc.want {
			t.Errorf("appearanceGuess(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
