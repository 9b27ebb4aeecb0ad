package reader

import "testing"

func TestAnnouncedFinding(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Found it: the scanner only sends the batch if the queue is under 50 items, and yours had 212.", true},
		{"We've found the cause: since the 3.1 update, if a label has no printer set it goes to the default tray.", true},
		{"We've found why: the reminder job defaults the branch to head office for new starters.", true},
		{"Our developers found the problem: the installer writes the service file with the wrong owner.", true},
		{"Found it - the old sync job on the reporting server, which we thought was switched off.", true},
		// near misses: a hedge, a cause ruled out, a restoration, a question, too short, not found
		{"Found it: the router might be dropping the lease when the line retrains.", false},
		{"Found it - it's not your connection after all.", false},
		{"Brilliant, found it - 3 markets still off from last night, all back on now.", false},
		{"Have you found why: the export runs at night?", false},
		{"Found it: the printer.", false},
		{"We haven't found why: the logs stop at midnight and start again at six.", false},
		{"We found it useful to restart the router first.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := announcedFinding(tc.text, scn); got != tc.want {
			t.Errorf("announcedFinding(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
