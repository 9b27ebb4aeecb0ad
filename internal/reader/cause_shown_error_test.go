package reader

import "testing"

// TestCauseShownError checks the refusal of an error shown, quoted after the
// verb that shows it (shownError, in notCause, so the model too). The
// sentences are written for the test; near misses keep their cause.
func TestCauseShownError(t *testing.T) {
	cases := []predicateCase{
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
	}
	checkPredicate(t, "shownError", func(text string) bool { return shownError(text) }, cases)
}
