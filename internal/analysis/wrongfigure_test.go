package analysis

import "testing"

// TestWrongFigure: a figure shown against the one meant ("showing 40 per
// slot, not 25") states a fault in words; a request's or a plan's figures,
// and a denial without a figure shown, do not. The sentences are written for
// the test.
func TestWrongFigure(t *testing.T) {
	cases := []struct {
		s    string
		want int
	}{
		{"The new branch is showing 30 per session, not 20.", faultScore},
		{"The family ticket is showing at £60 on the till, not £48.", faultScore},
		{"The invoice is coming out at 10 days x day rate, not the 4-day week we agreed.", faultScore},
		// near misses
		{"Please make it 25 per slot, not 40.", faultScore - 1},
		{"Members should book 9 days ahead instead of 7.", 0},
		{"The price is showing at £60 on the till.", 0},
	}
	for _, c := range cases {
		if got := faultRank(lower(c.s)); got != c.want {
			t.Errorf("faultRank(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
