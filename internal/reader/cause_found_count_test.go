package reader

import "testing"

// TestCauseFoundCount checks the refusal of a count of other things a search
// found (foundCount, in notCause, so the model too). The sentences are written
// for the test; near misses keep their cause.
func TestCauseFoundCount(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a count of things found
		{"We found 12 other bookings made that evening at the old price; the list is attached.", true},
		{"Found a second account for her, created by the March import under her work e-mail.", true},
		{"We've also found three more parcels from that collection which haven't been reported yet.", true},
		{"I found another order on the same batch.", true},
		// near misses: a fault found, a reason, no count, not opening the sentence
		{"We found two failed fans in the unit.", false},
		{"We found 3 orders that were held because the postcode was blank.", false},
		{"We found the cause: the token expired on Friday.", false},
		{"Found a loose cable behind the switch.", false},
		{"The engineer found 2 cracked tiles under the sink.", false},
		{"Found 40 duplicate contacts created by the sync.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := foundCount(scn.ts); got != tc.want {
			t.Errorf("foundCount(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
