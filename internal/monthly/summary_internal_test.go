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
	if m, p := percentiles([]int64(nil)); m != nil || p != nil {
		t.Errorf("no values: %v %v, want nil", m, p)
	}
}

// TestSecondsWiden checks that durations kept in four bytes give the same
// percentiles as in eight, before and after a value that does not fit.
func TestSecondsWiden(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, odd := range []int64{-1, 1 << 33, 0} {
		var s seconds
		var all []int64
		for i := range 501 {
			v := r.Int64N(1 << 31)
			if i == 250 && odd != 0 {
				v = odd
			}
			s.add(v)
			all = append(all, v)
		}
		slices.Sort(all)
		m, p := s.percentiles()
		if *m != Rank(all, 50) || *p != Rank(all, 90) {
			t.Errorf("odd value %d: median %d p90 %d, want %d and %d", odd, *m, *p, Rank(all, 50), Rank(all, 90))
		}
		if wide := s.wide != nil; wide != (odd != 0) {
			t.Errorf("odd value %d: widened %v", odd, wide)
		}
	}
}
