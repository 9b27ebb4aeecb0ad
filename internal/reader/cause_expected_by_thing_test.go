package reader

import "testing"

func TestExpectedByThing(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// What a system or a receiver is set to expect (tuning rows, causes).
		{"Oracle Hospitality (SR 4-3318827) confirmed: the upgrade reinstalled the IFC8 interface with default settings, so the listening port went back from 5010 to 5001 and the interface is now set to expect an encrypted connection.", true},
		{"Yes - the overnight work replaced the certificate the Wi-Fi login uses,\nand the new one carried a different server name from the one Android\nphones had been set up to expect, so they refused to connect.", true},
		{"Castleford moved to the new recruitment app last week and its manifest now says Donor_Ref where we expect Participant_ID, so the overnight import threw out their whole file.", true},
		{"Release 8.4 added an elector number suffix column to the export, and the\nnotice of alteration print template wasn't updated to match, so from\ncolumn 7 onwards each field sits one place to the right of where Kinsley expect it.", true},

		// Near misses: the writer's forecast or expectation.
		{"We expect the fix to be deployed by Friday.", false},
		{"I'd expect the queue to drain within the hour.", false},
		{"FYI procurement/KB: rolls from the new label supplier are 70x35 and the branch printers are calibrated for 76x36, so expect this at every branch on its first roll change.", false},
		// Another hedge beside it.
		{"It might be that the port is set to expect TLS.", false},
		// No hedge.
		{"The interface now requires an encrypted connection.", false},
	}
	for _, c := range cases {
		var buf [64]string
		if got := expectedByThing(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("expectedByThing(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
