package monthly

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPercentilesBySelection compares the selected percentiles with those of
// the sorted values, on values with and without many repeats.
func TestPercentilesBySelection(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for _, n := range []int{1, 2, 3, 9, 10, 11, 100, 1001} {
		for _, spread := range []int64{1, 3, 1 << 40} {
			xs := make([]int64, n)
			for i := range xs {
				xs[i] = r.Int64N(spread)
			}
			sorted := slices.Clone(xs)
			slices.Sort(sorted)
			m, p := percentiles(slices.Clone(xs))
			if *m != Rank(sorted, 50) || *p != Rank(sorted, 90) {
				t.Errorf("n %d spread %d: median %d p90 %d, want %d and %d", n, spread, *m, *p, Rank(sorted, 50), Rank(sorted, 90))
			}
		}
	}
	if m, p := percentiles(nil); m != nil || p != nil {
		t.Errorf("no values: %v %v, want nil", m, p)
	}
}
