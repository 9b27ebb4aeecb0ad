package reader

import "testing"

// TestInstructionInside checks round 235's refusal: an instruction to the
// reader after a purpose, a place on the screen, a reason and "so", or a
// lead-in and a colon is no cause; a cause told in those shapes, with no
// instruction verb and object straight after the lead-in, is left to the
// cause rules. The sentences are written for the test after the tuning rows
// the file's comment quotes.
func TestInstructionInside(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"To free the stock, cancel the order in the back office under Orders > Cancel.", true},
		{"On the till screen press Refund, then pick the reason and tap Save.", true},
		{"Most other sites take the file as it is, so upload the .zip without unpacking it.", true},
		{"They come as a pair, so it's a straight swap: unplug the old sensor and press the pair button once.", true},
		{"To be safe, please keep the old card until the new one arrives.", true},
		// near misses: a cause after the same lead-ins
		{"To save space, the nightly job deleted the old photos.", false},
		{"On the sale screen the button is greyed out because the permission is missing.", false},
		{"The disk filled up, so the import stopped at 02:00.", false},
		{"The certificate expired on Sunday, so the app can't connect.", false},
		{"Found it: the export job still uses the old password.", false},
		{"Root cause: restart of the primary node during the backup.", false},
		{"At 22:00 the job ran twice.", false},
	}
	for _, tc := range cases {
		if got := instructionInside(tc.text, tokens(tc.text, nil)); got != tc.want {
			t.Errorf("instructionInside(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
