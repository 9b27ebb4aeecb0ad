// Package calendar is the business-hours arithmetic the SLA engine stands on:
// how much business time lies between two instants, when a target of
// business time falls due, and when business next opens.
//
// A Calendar is a weekly pattern of opening intervals in local wall-clock
// time of an IANA zone, minus whole-day holidays (or "always open", minus
// holidays). The package is pure: it does no I/O and never reads the clock.
// Between, Add and NextOpen run in time logarithmic in the number of
// holidays and zone transitions, not in the length of the span: whole weeks
// are counted arithmetically, holidays and days with a UTC-offset change
// are corrected for with precomputed prefix sums.
//
// Zammad and Zendesk (whose biz gem Zammad uses) are the reference
// behaviours, with one deliberate difference: when a target runs out exactly
// at a closing time, Add returns the next opening, where biz returns the
// closing time. Both instants have the same business time elapsed; the
// opening is the latest such instant, so "due <= t" and "Between(start, t)
// <= target" always agree.
package calendar

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// Spec describes a business calendar; New validates it.
type Spec struct {
	// Location is the IANA zone whose wall clock the hours are in; required.
	Location *time.Location
	// Week holds each day's opening intervals, indexed by time.Weekday. A
	// day's intervals must be sorted and must not overlap; they may touch
	// (08:00-12:00 and 12:00-13:00). An empty day is closed.
	Week [7][]Interval
	// Holidays are local dates with no business time. Order and duplicates
	// do not matter.
	Holidays []Date
	// AlwaysOpen makes every instant business time (24/7) except on
	// Holidays. Week must then be empty.
	AlwaysOpen bool
}

// SpecError reports what is wrong with a Spec, precisely enough for a
// configuration layer to point at the offending entry.
type SpecError struct {
	// Field is the Spec field at fault: "Location", "Week", "Holidays" or
	// "AlwaysOpen".
	Field string
	// Weekday is the day whose hours are at fault when Field is "Week".
	Weekday time.Weekday
	// Index is the position in Week[Weekday] or Holidays of the offending
	// entry, or -1 when the fault is not about one entry.
	Index int
	// Reason says what is wrong, e.g. "11:00-13:00 overlaps interval 0
	// (08:00-12:00)".
	Reason string
}

func (e *SpecError) Error() string {
	switch {
	case e.Field == "Week" && e.Index >= 0:
		return fmt.Sprintf("calendar: %s interval %d: %s", e.Weekday, e.Index, e.Reason)
	case e.Field == "Holidays" && e.Index >= 0:
		return fmt.Sprintf("calendar: holiday %d: %s", e.Index, e.Reason)
	}
	return "calendar: " + e.Reason
}

// Calendar answers business-time questions for one Spec. It is immutable
// after New and safe for concurrent use; the zero Calendar is not usable.
//
// Wall-clock intervals are mapped to real instants in the calendar's zone,
// so a 09:00-17:30 day is 8.5 h on either side of a DST change and a
// 00:00-24:00 day on a change date is 23 h or 25 h. Where an interval edge
// falls on a wall time that does not exist (clocks going forward) it is the
// instant of the jump; where it falls on a wall time that occurs twice
// (clocks going back) it is the first occurrence. This mapping never runs
// backwards, so the opening intervals never overlap in real time and
// Between is exactly additive. (time.Date is not used for this: its choice
// for such times depends on the zone and can run backwards.)
//
// The zone's offsets are read once, for the years 1900 to 2199; outside
// them the offset in force at the nearer end is assumed. Instants before
// year 1 or from year 10000 on are never business time.
type Calendar struct {
	loc        *time.Location
	zone       zoneTable
	week       [7][]Interval
	nominal    [7]int64 // business seconds of each weekday, wall-clock
	weekTotal  int64
	weekPrefix [8]int64 // weekPrefix[i] = nominal[0] + ... + nominal[i-1]
	holidays   []int64  // sorted day numbers of holidays that fall on open weekdays
	holPrefix  []int64  // holPrefix[i] = nominal business seconds of holidays[:i]
	dstDays    []int64  // sorted open non-holiday days whose real length differs from nominal
	dstPrefix  []int64  // dstPrefix[i] = sum over dstDays[:i] of real - nominal seconds
}

// Supported instants: [minSec, maxSec) in Unix seconds, years 1 to 9999.
var (
	minSec = time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()
	maxSec = time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()
	maxDay = floorDiv(maxSec, secondsPerDay) + 2
)

// New validates spec and precomputes what the queries need.
func New(spec Spec) (*Calendar, error) {
	if spec.Location == nil {
		return nil, &SpecError{Field: "Location", Index: -1, Reason: "Location is required"}
	}
	c := &Calendar{loc: spec.Location}
	for wd := range c.week {
		day := spec.Week[wd]
		if spec.AlwaysOpen && len(day) > 0 {
			return nil, &SpecError{Field: "AlwaysOpen", Weekday: time.Weekday(wd), Index: -1,
				Reason: fmt.Sprintf("AlwaysOpen conflicts with the hours given for %s", time.Weekday(wd))}
		}
		for i, iv := range day {
			if err := iv.validate(); err != nil {
				return nil, &SpecError{Field: "Week", Weekday: time.Weekday(wd), Index: i, Reason: err.Error()}
			}
			if i == 0 {
				continue
			}
			switch prev := day[i-1]; {
			case iv.Start < prev.Start:
				return nil, &SpecError{Field: "Week", Weekday: time.Weekday(wd), Index: i,
					Reason: fmt.Sprintf("%s starts before interval %d (%s); intervals must be sorted", iv, i-1, prev)}
			case iv.Start < prev.End:
				return nil, &SpecError{Field: "Week", Weekday: time.Weekday(wd), Index: i,
					Reason: fmt.Sprintf("%s overlaps interval %d (%s)", iv, i-1, prev)}
			}
		}
		c.week[wd] = slices.Clone(day)
		if spec.AlwaysOpen {
			c.week[wd] = []Interval{{0, secondsPerDay}}
		}
		for _, iv := range c.week[wd] {
			c.nominal[wd] += int64(iv.End - iv.Start)
		}
		c.weekPrefix[wd+1] = c.weekPrefix[wd] + c.nominal[wd]
	}
	c.weekTotal = c.weekPrefix[7]

	for i, h := range spec.Holidays {
		if err := h.validate(); err != nil {
			return nil, &SpecError{Field: "Holidays", Index: i, Reason: err.Error()}
		}
		if d := h.dayNumber(); c.nominal[weekdayOf(d)] > 0 {
			c.holidays = append(c.holidays, d)
		}
	}
	slices.Sort(c.holidays)
	c.holidays = slices.Compact(c.holidays)
	c.holPrefix = make([]int64, len(c.holidays)+1)
	for i, d := range c.holidays {
		c.holPrefix[i+1] = c.holPrefix[i] + c.nominal[weekdayOf(d)]
	}

	c.zone = newZoneTable(c.loc, tableFrom, tableTo)
	c.dstPrefix = []int64{0}
	for _, d := range c.zone.transitionDays() {
		nom := c.nominal[weekdayOf(d)]
		if nom == 0 || c.isHoliday(d) {
			continue
		}
		if delta := c.realDay(d) - nom; delta != 0 {
			c.dstDays = append(c.dstDays, d)
			c.dstPrefix = append(c.dstPrefix, c.dstPrefix[len(c.dstPrefix)-1]+delta)
		}
	}
	return c, nil
}

// Location returns the calendar's zone.
func (c *Calendar) Location() *time.Location { return c.loc }

// Between returns the business time in [a, b): the part of it lying inside
// the opening intervals. It is zero if b <= a, and additive:
// Between(a, c) == Between(a, m) + Between(m, c) for a <= m <= c. It
// saturates at the largest time.Duration.
func (c *Calendar) Between(a, b time.Time) time.Duration {
	as, an := clampInstant(a)
	bs, bn := clampInstant(b)
	if bs < as || (bs == as && bn <= an) {
		return 0
	}
	var secs int64
	if as < bs {
		secs = c.betweenSec(as, bs)
	}
	if secs > math.MaxInt64/int64(time.Second)-2 {
		return math.MaxInt64
	}
	total := secs * int64(time.Second)
	if c.openSec(as) {
		total -= an
	}
	if c.openSec(bs) {
		total += bn
	}
	return time.Duration(total)
}

// Add returns the due time of a target of d business time counted from
// start: the latest instant t >= start with Between(start, t) <= d. So when
// the target runs out exactly at a closing time the result is the next
// opening (biz, hence Zammad, returns the closing time there), and d == 0
// outside hours gives the next opening. The result r is always business
// time, Between(start, r) == d, and Between(start, r+ε) > d for every ε > 0.
// A negative d counts as zero. It reports false, with the zero Time, when
// not enough business time ever follows (e.g. a week without hours). The
// result is in the calendar's Location.
func (c *Calendar) Add(start time.Time, d time.Duration) (time.Time, bool) {
	rem := max(int64(d), 0)
	s, ns := start.Unix(), int64(start.Nanosecond())
	if s >= maxSec {
		return time.Time{}, false
	}
	if s < minSec {
		s, ns = minSec, 0
	}
	if ns > 0 {
		if c.openSec(s) {
			left := int64(time.Second) - ns
			if rem < left {
				return time.Unix(s, ns+rem).In(c.loc), true
			}
			rem -= left
		}
		s++
	}
	t, ok := c.reachSec(s, rem/int64(time.Second))
	if !ok {
		return time.Time{}, false
	}
	return time.Unix(t, rem%int64(time.Second)).In(c.loc), true
}

// NextOpen returns the first business instant at or after t (t itself when
// it is business time), in the calendar's Location. It reports false when
// no business time follows t.
func (c *Calendar) NextOpen(t time.Time) (time.Time, bool) {
	s := t.Unix()
	if s >= maxSec {
		return time.Time{}, false
	}
	if s >= minSec && c.openSec(s) {
		return t.In(c.loc), true
	}
	// The second s is closed, so (with whole-second edges) so is all of it.
	next, ok := c.nextOpenSec(max(s, minSec))
	if !ok || next >= maxSec {
		return time.Time{}, false
	}
	return time.Unix(next, 0).In(c.loc), true
}

// IsOpen reports whether t is business time.
func (c *Calendar) IsOpen(t time.Time) bool {
	s := t.Unix()
	return s >= minSec && s < maxSec && c.openSec(s)
}

// clampInstant returns t as Unix seconds and nanoseconds, clamped to the
// supported range.
func clampInstant(t time.Time) (int64, int64) {
	s := t.Unix()
	switch {
	case s < minSec:
		return minSec, 0
	case s >= maxSec:
		return maxSec, 0
	}
	return s, int64(t.Nanosecond())
}

// All edges of business time (interval edges mapped through the zone, and
// zone transitions) fall on whole seconds, so each second [s, s+1) is
// either wholly business time or wholly not. The helpers below work in
// whole Unix seconds.

// day returns the local day whose real span [instant(d*86400),
// instant((d+1)*86400)) contains instant u. Days' spans partition time.
func (c *Calendar) day(u int64) int64 {
	return floorDiv(c.zone.wallMax(u), secondsPerDay)
}

func (c *Calendar) isHoliday(d int64) bool {
	_, found := slices.BinarySearch(c.holidays, d)
	return found
}

// realDay returns the real business seconds of day d, ignoring holidays.
func (c *Calendar) realDay(d int64) int64 {
	var sum int64
	base := d * secondsPerDay
	for _, iv := range c.week[weekdayOf(d)] {
		sum += c.zone.instant(base+int64(iv.End)) - c.zone.instant(base+int64(iv.Start))
	}
	return sum
}

// dayPart returns the business seconds of day d inside [lo, hi).
func (c *Calendar) dayPart(d, lo, hi int64) int64 {
	if c.nominal[weekdayOf(d)] == 0 || c.isHoliday(d) {
		return 0
	}
	var sum int64
	base := d * secondsPerDay
	for _, iv := range c.week[weekdayOf(d)] {
		p0 := max(c.zone.instant(base+int64(iv.Start)), lo)
		if p0 >= hi {
			break
		}
		if p1 := min(c.zone.instant(base+int64(iv.End)), hi); p1 > p0 {
			sum += p1 - p0
		}
	}
	return sum
}

// nominalBefore returns the wall-clock business seconds of the days before
// day d, counted from an arbitrary origin; differences give range sums.
func (c *Calendar) nominalBefore(d int64) int64 {
	k := d + 4 // day 0 (1970-01-01) is a Thursday; k%7 is the weekday
	return floorDiv(k, 7)*c.weekTotal + c.weekPrefix[floorMod(k, 7)]
}

// sumDays returns the real business seconds of the whole days [d1, d2).
func (c *Calendar) sumDays(d1, d2 int64) int64 {
	if d2 <= d1 {
		return 0
	}
	sum := c.nominalBefore(d2) - c.nominalBefore(d1)
	h1, _ := slices.BinarySearch(c.holidays, d1)
	h2, _ := slices.BinarySearch(c.holidays, d2)
	sum -= c.holPrefix[h2] - c.holPrefix[h1]
	t1, _ := slices.BinarySearch(c.dstDays, d1)
	t2, _ := slices.BinarySearch(c.dstDays, d2)
	return sum + c.dstPrefix[t2] - c.dstPrefix[t1]
}

// betweenSec returns the business seconds in [a, b), a < b.
func (c *Calendar) betweenSec(a, b int64) int64 {
	da, db := c.day(a), c.day(b)
	if da == db {
		return c.dayPart(da, a, b)
	}
	return c.dayPart(da, a, math.MaxInt64) + c.sumDays(da+1, db) + c.dayPart(db, math.MinInt64, b)
}

// openSec reports whether the second [u, u+1) is business time.
func (c *Calendar) openSec(u int64) bool {
	d := c.day(u)
	if c.nominal[weekdayOf(d)] == 0 || c.isHoliday(d) {
		return false
	}
	base := d * secondsPerDay
	for _, iv := range c.week[weekdayOf(d)] {
		if c.zone.instant(base+int64(iv.Start)) > u {
			return false
		}
		if u < c.zone.instant(base+int64(iv.End)) {
			return true
		}
	}
	return false
}

// nextOpenSec returns the first business second at or after u.
func (c *Calendar) nextOpenSec(u int64) (int64, bool) {
	d := c.day(u)
	if t, ok := c.firstOpenOn(d, u); ok {
		return t, true
	}
	e, _, ok := c.findDay(d+1, 1)
	if !ok {
		return 0, false
	}
	return c.firstOpenOn(e, math.MinInt64)
}

// firstOpenOn returns the first business second of day d at or after u.
func (c *Calendar) firstOpenOn(d, u int64) (int64, bool) {
	if c.nominal[weekdayOf(d)] == 0 || c.isHoliday(d) {
		return 0, false
	}
	base := d * secondsPerDay
	for _, iv := range c.week[weekdayOf(d)] {
		p0 := c.zone.instant(base + int64(iv.Start))
		p1 := c.zone.instant(base + int64(iv.End))
		if p1 > p0 && p1 > u {
			return max(p0, u), true
		}
	}
	return 0, false
}

// reachSec returns the latest second t >= u with n business seconds in
// [u, t): where n business seconds from u run out, moved on to the next
// opening if they run out at a closing.
func (c *Calendar) reachSec(u, n int64) (int64, bool) {
	if n == 0 {
		t, ok := c.nextOpenSec(u)
		return t, ok && t < maxSec
	}
	d := c.day(u)
	t, n, done := c.consume(d, u, n)
	if done {
		return t, t < maxSec
	}
	e, used, ok := c.findDay(d+1, n)
	if !ok {
		return 0, false
	}
	t, _, done = c.consume(e, math.MinInt64, n-used)
	// done is always true (findDay guarantees day e holds the rest).
	return t, done && t < maxSec
}

// consume spends n business seconds of day d from u on. If they run out in
// the day it returns where, else what is left.
func (c *Calendar) consume(d, u, n int64) (t, left int64, done bool) {
	if c.nominal[weekdayOf(d)] == 0 || c.isHoliday(d) {
		return 0, n, false
	}
	base := d * secondsPerDay
	for _, iv := range c.week[weekdayOf(d)] {
		p0 := max(c.zone.instant(base+int64(iv.Start)), u)
		p1 := c.zone.instant(base + int64(iv.End))
		if p1 <= p0 {
			continue
		}
		switch span := p1 - p0; {
		case n < span:
			return p0 + n, 0, true
		case n == span:
			t, ok := c.nextOpenSec(p1)
			return t, 0, ok
		default:
			n -= span
		}
	}
	return 0, n, false
}

// findDay returns the first day e >= d by the end of which the whole days
// from d hold at least n >= 1 business seconds, and the business seconds of
// the days [d, e). It skips whole weeks arithmetically.
func (c *Calendar) findDay(d, n int64) (e, used int64, ok bool) {
	if c.weekTotal == 0 || d >= maxDay {
		return 0, 0, false
	}
	// Find hi with sumDays(d, hi) >= n by doubling from the holiday- and
	// DST-free estimate, then bisect for the first such hi.
	lo, hi := d, d
	for span := 7 * (n/c.weekTotal + 1); ; span *= 2 {
		hi = min(d+span, maxDay)
		if c.sumDays(d, hi) >= n {
			break
		}
		if hi == maxDay {
			return 0, 0, false
		}
		lo = hi
	}
	for hi-lo > 1 { // sumDays(d, lo) < n <= sumDays(d, hi)
		mid := lo + (hi-lo)/2
		if c.sumDays(d, mid) >= n {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi - 1, c.sumDays(d, hi-1), true
}
