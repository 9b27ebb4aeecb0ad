package reader

import "testing"

// TestCauseNothingFound checks the refusal of a search that found no fault
// (nothingFound, in notCause, so the model too). The sentences are written for
// the test; near misses keep their cause.
func TestCauseNothingFound(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a search that found nothing
		{"The carrier haven't found anything on their side either, so we still have no answer.", true},
		{"Our engineer swapped the reader as a precaution - he couldn't find anything wrong with it.", true},
		{"So we haven't found a fault in the till software.", true},
		{"Bank reply: all four refusals came from the cardholders' banks, no fault on the terminals.", true},
		{"The vendor can't see why the export stopped either and has opened a case.", true},
		{"We weren't able to find any problem with the network at the branch.", true},
		{"Haven't yet found any errors in the gateway logs.", true},
		// near misses: a system that cannot find its object, a reason, a consequence
		{"The renamed templates don't match, so the system couldn't find any of them.", false},
		{"The import keys on the old field, so the sync cannot find them and makes new contacts.", false},
		{"The printer couldn't find anything on the share because the path was changed on Monday.", false},
		{"The label was printed blank, so the scanner can't find anything to read.", false},
		{"The engineer found a fault in the power supply.", false},
		{"We haven't found why the queue stalled.", false},
		{"No fault codes were stored, due to the controller losing power.", false},
		{"See the attached log for the fault.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := nothingFound(scn.ts); got != tc.want {
			t.Errorf("nothingFound(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
