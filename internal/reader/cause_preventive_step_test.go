package reader

import "testing"

// TestCausePreventiveStep checks the refusal of a preventive step the writer
// adds or recommends, told with what it stops (preventiveStep, in notCause,
// so the model too). The sentences are written for the test; near misses
// keep their cause.
func TestCausePreventiveStep(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a preventive step, added or recommended, with what it stops
		{"Also fitted a rubber stop behind the door so it doesn't hit the wall again.", true},
		{"Also pinned the kiosk app in the MDM so it can't be closed by visitors.", true},
		{"We'd also recommend turning on \"Lock after 5 minutes\" under Settings > Security, which stops the tablet staying open overnight.", true},
		{"I'd suggest adding the reader to the UPS to stop a short power cut taking it out.", true},
		// near misses: a finding opened the same way, a cause told with what it stops
		{"We also found that the import for Ward 2 had stopped when the disk filled, so it doesn't show.", false},
		{"Also noticed the backup job had stopped, so it can't have run since Friday.", false},
		{"Since you moved the domain to the new DNS host, the record has been proxied, which stops our renewal check from reaching us.", false},
		{"Also added the old certificate back because the tills can't read the new one, so they don't reject cards.", false},
		{"We'd recommend the new firmware.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := preventiveStep(scn.ts); got != tc.want {
			t.Errorf("preventiveStep(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
