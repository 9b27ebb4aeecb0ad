package reader

import "testing"

// TestCauseRound67Refused checks round 67's refusals (notCause, so the model
// too): an error shown, quoted after the verb that shows it; the reach of an
// outage told with "not just"; a guess from how a thing looks. The sentences
// are written for the test; near misses keep their cause.
func TestCauseRound67Refused(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// an error shown
		{"Kiosk screen shows 'licence expired' on the splash page.", true},
		{"Marco gets 'token expired' when he opens the rota.", true},
		{"Same 'password expired'.", true},
		{"Web tier fine, API throwing \"Connection refused", true},
		{"Scheduler log shows 'access denied on /data/export' every run.", true},
		// near misses: the cause told beside the quotation, an article before it, a colon's finding
		{"The login server's certificate expired overnight, and the app shows 'session expired' to everyone.", false},
		{"The app shows 'session expired' because the service account's password expired on Friday.", false},
		{"The portal is getting an \"invalid key\" answer from the gateway, so no card is charged.", false},
		{"Task log: 'logon failure: the user's password has expired' for svc-sync every run.", false},

		// the reach of an outage
		{"All 6 cameras on that switch offline, not just the gate one.", true},
		{"Whole floor unreachable, not just the printers - core switch down too.", true},
		// near misses: the reach beside its cause
		{"It's every till in the shop, not just yours: the payment key expired at midnight.", false},
		{"The relay got our address blocklisted; the whole pool is affected, not just your domain.", false},
		{"All 6 cameras offline, not just the gate one, because the switch lost power.", false},

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
		if got := shownError(tc.text) || scopeNotJust(tc.text, scn.ts) || appearanceGuess(tc.text, scn.ts); got != tc.want {
			t.Errorf("shownError, scopeNotJust or appearanceGuess(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
