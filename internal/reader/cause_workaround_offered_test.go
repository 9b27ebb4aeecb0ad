package reader

import "testing"

// TestCauseWorkaroundOffered checks the refusal of a workaround offered while
// the fault is looked into (workaroundOffered, in notCause, so the model too).
// The sentences are written for the test; near misses keep their cause.
func TestCauseWorkaroundOffered(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a workaround offered
		{"While we look into it, staff can pick \"Manual entry\", which lets them save the form and stops the reminder.", true},
		{"While we investigate, you can print the labels from the old screen.", true},
		{"Supplier workaround: export the report in two halves, then merge them.", true},
		{"The export button is a known problem in this version, and you can use the web page in the meantime.", true},
		// near misses: a cause told while looking, a reason beside the workaround, a workaround inside a cause
		{"While we looked into it we found the cache still held the old certificate.", false},
		{"While we look into it: the sync stopped because the disk filled with photos.", false},
		{"The tablet was reset by hand (vendor workaround), which wiped its activation code.", false},
		{"The export fails on files over 2GB in the meantime release, so the job stops.", false},
		{"The workaround we gave you stopped working when the update removed the old screen.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := workaroundOffered(tc.text, scn.ts); got != tc.want {
			t.Errorf("workaroundOffered(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
