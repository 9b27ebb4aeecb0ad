package calendar

import (
	"math"
	"slices"
	"time"
)

// The zone's offset history is sampled once, at New, over this range of
// instants. Outside it the offset in force at the nearer end is assumed to
// hold for ever (documented on Calendar).
var (
	tableFrom = time.Date(1900, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()
	tableTo   = time.Date(2200, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()
)

// zoneTable is a Location's UTC-offset history as a list of periods of
// constant offset, with the lookups the calendar needs in both directions:
// instant -> wall clock and wall clock -> instant.
//
// Wall-clock positions ("wall seconds") are local civil time counted in
// seconds from 1970-01-01T00:00 local, i.e. dayNumber*86400 + secondsOfDay.
// Instants are Unix seconds.
type zoneTable struct {
	start []int64 // start[p]: first instant of period p; start[0] = math.MinInt64
	off   []int64 // off[p]: UTC offset of period p, seconds east of UTC
	// wallEnd[p] is the running maximum over q <= p of start[q+1]+off[q], the
	// wall position at which period q ends (math.MaxInt64 for the last).
	wallEnd []int64
}

// newZoneTable samples loc's offsets between the instants from and to.
func newZoneTable(loc *time.Location, from, to int64) zoneTable {
	offAt := func(u int64) int64 {
		_, o := time.Unix(u, 0).In(loc).Zone()
		return int64(o)
	}
	cur := offAt(from)
	z := zoneTable{start: []int64{math.MinInt64}, off: []int64{cur}}
	// ZoneBounds gives the next boundary directly; a boundary may be a change
	// of abbreviation only, so periods with equal offsets are merged. Guard
	// the walk: ZoneBounds can return an end at or before the instant asked
	// about (golang/go#81583: last day of a leap year under a zone's TZ footer
	// rule). Then step a day and bisect if the offset changed in that day.
	for t, steps := from, 0; t < to && steps < 1<<17; steps++ {
		_, end := time.Unix(t, 0).In(loc).ZoneBounds()
		if end.IsZero() {
			break
		}
		next := end.Unix()
		if next <= t {
			next = t + secondsPerDay
			if offAt(next) != cur {
				next = firstChange(offAt, t, next, cur)
			}
		}
		if next >= to {
			break
		}
		if o := offAt(next); o != cur {
			z.start = append(z.start, next)
			z.off = append(z.off, o)
			cur = o
		}
		t = next
	}
	z.wallEnd = make([]int64, len(z.start))
	high := int64(math.MinInt64)
	for p := range z.start {
		e := int64(math.MaxInt64)
		if p+1 < len(z.start) {
			e = z.start[p+1] + z.off[p]
		}
		high = max(high, e)
		z.wallEnd[p] = high
	}
	return z
}

// firstChange returns the first instant in (lo, hi] whose offset differs from
// cur, given that offAt(lo) == cur and offAt(hi) != cur.
func firstChange(offAt func(int64) int64, lo, hi, cur int64) int64 {
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if offAt(mid) == cur {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// period returns the index of the period containing instant u.
func (z *zoneTable) period(u int64) int {
	lo, hi := 0, len(z.start) // invariant: start[lo] <= u < start[hi]
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if z.start[mid] <= u {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// instant maps wall position w to the first instant at which the local clock
// shows w or later: inf{u : u + offset(u) >= w}. It is non-decreasing in w.
// A wall time that occurs twice (clocks going back) maps to its first
// occurrence; one that never occurs (clocks going forward) maps to the
// instant of the jump.
func (z *zoneTable) instant(w int64) int64 {
	lo, hi := -1, len(z.wallEnd)-1 // first p with wallEnd[p] > w lies in (lo, hi]
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if z.wallEnd[mid] > w {
			hi = mid
		} else {
			lo = mid
		}
	}
	return max(w-z.off[hi], z.start[hi])
}

// wallMax returns the greatest wall position w with instant(w) <= u.
func (z *zoneTable) wallMax(u int64) int64 {
	p := z.period(u)
	w := u + z.off[p]
	if p > 0 && z.wallEnd[p-1]-1 > w {
		w = z.wallEnd[p-1] - 1
	}
	return w
}

// transitionDays returns, for every offset change, the local days whose
// wall-clock span touches the change (a superset of the days on which
// instant() is not a plain shift by one offset).
func (z *zoneTable) transitionDays() []int64 {
	var days []int64
	for p := 1; p < len(z.start); p++ {
		a, b := z.start[p]+z.off[p-1], z.start[p]+z.off[p]
		lo, hi := min(a, b), max(a, b)
		for d := floorDiv(lo-1, secondsPerDay); d <= floorDiv(hi, secondsPerDay); d++ {
			days = append(days, d)
		}
	}
	slices.Sort(days)
	return slices.Compact(days)
}
