package reader

import "testing"

// TestCauseNoticeOpener checks the refusal of a fault told under a notice's
// opener (noticeOpened, in notCause, so the model too). The sentences are
// written for the test; near misses keep their cause.
func TestCauseNoticeOpener(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a fault told under a notice's opener
		{"FYI: last night the stock sync to the web shop stopped at 02:10.", true},
		{"Heads up: the door controller at the east gate went offline this morning.", true},
		{"For your information, the payroll export failed twice overnight.", true},
		{"Just to let you know that the backup of the shared drive had failed for two nights.", true},
		{"Please be aware the booking page was down between 9 and 10.", true},
		// near misses: a reason given, a second clause, no opener
		{"FYI the card payments are failing because the provider's 3DS service is down.", false},
		{"FYI the dashboard was blank for an hour this morning - the server ran out of disk.", false},
		{"Heads up: the export failed due to an expired token.", false},
		{"FYI the printer stopped, so the labels went out blank.", false},
		{"The backup failed for three nights; the disk was full.", false},
		{"The nightly backup of your file server had failed for three nights.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := noticeOpened(tc.text, scn.ts); got != tc.want {
			t.Errorf("noticeOpened(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
