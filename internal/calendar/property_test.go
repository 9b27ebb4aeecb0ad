package calendar

import (
	"encoding/binary"
	"flag"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

var propSeed = flag.Uint64("calendar.seed", 20260101, "seed for the calendar property tests")

// refInstant is the slow reference for the wall-clock -> instant mapping,
// written from the definition rather than from zoneTable: the first instant
// u at which the local clock (u + offset(u)) shows wall position w or
// later. The infimum is either where the clock passes w inside a period of
// constant offset (u = w - offset) or at an offset change, so it is the
// least candidate of those kinds that qualifies. Offset changes are found by
// sampling every 30 minutes within a day of w (offsets stay within
// ±14 h) and bisecting.
func refInstant(loc *time.Location, w int64) int64 {
	offAt := func(u int64) int64 {
		_, o := time.Unix(u, 0).In(loc).Zone()
		return int64(o)
	}
	prev := w - secondsPerDay
	po := offAt(prev)
	cands := []int64{w - po}
	for u := prev + 1800; u <= w+secondsPerDay; u += 1800 {
		o := offAt(u)
		if o != po {
			lo, hi := prev, u
			for hi-lo > 1 {
				mid := lo + (hi-lo)/2
				if offAt(mid) == po {
					lo = mid
				} else {
					hi = mid
				}
			}
			cands = append(cands, hi, w-o)
		}
		prev, po = u, o
	}
	best := int64(math.MaxInt64)
	for _, c := range cands {
		if c+offAt(c) >= w && c < best {
			best = c
		}
	}
	return best
}

// refBetween is the slow reference for Between: it walks local day by day
// and sums the overlap of each opening interval's real span with [a, b).
func refBetween(spec Spec, a, b time.Time) time.Duration {
	if !b.After(a) {
		return 0
	}
	week := spec.Week
	if spec.AlwaysOpen {
		week = everyDay([]Interval{{0, secondsPerDay}})
	}
	holiday := map[Date]bool{}
	for _, h := range spec.Holidays {
		holiday[h] = true
	}
	la, lb := a.In(spec.Location), b.In(spec.Location)
	first := Date{la.Year(), la.Month(), la.Day()}.dayNumber() - 1
	last := Date{lb.Year(), lb.Month(), lb.Day()}.dayNumber() + 1
	var sum time.Duration
	for d := first; d <= last; d++ {
		civil := time.Unix(d*secondsPerDay, 0).UTC()
		if holiday[Date{civil.Year(), civil.Month(), civil.Day()}] {
			continue
		}
		for _, iv := range week[civil.Weekday()] {
			p0 := time.Unix(refInstant(spec.Location, d*secondsPerDay+int64(iv.Start)), 0)
			p1 := time.Unix(refInstant(spec.Location, d*secondsPerDay+int64(iv.End)), 0)
			if p0.Before(a) {
				p0 = a
			}
			if p1.After(b) {
				p1 = b
			}
			if p1.After(p0) {
				sum += p1.Sub(p0)
			}
		}
	}
	return sum
}

var propZones = []string{
	"Europe/London", "Australia/Sydney", "America/New_York", "Europe/Berlin", "UTC",
	// Awkward ones: a skipped day (Apia, 2011-12-30), changes at midnight
	// (Sao Paulo, Havana), a 30-minute change (Lord Howe), a 2-hour change
	// (Troll), a half-hour offset (St Johns), negative DST (Dublin).
	"Pacific/Apia", "America/Sao_Paulo", "America/Havana", "Australia/Lord_Howe",
	"Antarctica/Troll", "America/St_Johns", "Europe/Dublin",
}

// tzif builds a version 1 TZif file (RFC 8536) for a zone starting at
// UTC offset off0 and changing to offs[i] at instants at[i].
func tzif(off0 int32, at []int64, offs []int32) []byte {
	be := binary.BigEndian
	var b []byte
	b = append(b, "TZif"...)
	b = append(b, make([]byte, 16)...) // version 1 + reserved
	types := int32(1 + len(offs))
	for _, n := range []int32{0, 0, 0, int32(len(at)), types, 4} {
		b = be.AppendUint32(b, uint32(n))
	}
	for _, u := range at {
		b = be.AppendUint32(b, uint32(int32(u)))
	}
	for i := range at {
		b = append(b, byte(i+1))
	}
	for _, o := range append([]int32{off0}, offs...) {
		b = be.AppendUint32(b, uint32(o))
		b = append(b, 0, 0) // isdst, abbreviation index
	}
	return append(b, "TST\x00"...)
}

// syntheticZone has changes real zones rarely combine: a gap and a fold
// that straddle midnight, and a 2-hour fold followed 40 minutes later by a
// gap (so the wall clock reaches 12:50, falls to 10:50, and jumps again
// before it is back at 12:50).
func syntheticZone(t testing.TB) *time.Location {
	u := func(s string) int64 { return at(time.UTC, s).Unix() }
	loc, err := time.LoadLocationFromTZData("Test/Synthetic", tzif(0,
		[]int64{u("2030-03-10 23:30:00"), u("2030-10-10 23:30:00"), u("2031-05-05 10:00:00"),
			u("2031-05-05 10:50:00"), u("2031-05-05 11:30:00"), u("2031-09-01 12:00:00")},
		[]int32{3600, 0, 7200, 0, 3600, 0}))
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// randomSpec builds a calendar that is likely to have edges near DST
// changes: intervals on odd seconds around 00:00-04:00, touching intervals,
// whole days, empty days, holidays and now and then "always open".
func randomSpec(r *rand.Rand, loc *time.Location) Spec {
	spec := Spec{Location: loc}
	if r.IntN(10) == 0 {
		spec.AlwaysOpen = true
	} else {
		for wd := range spec.Week {
			switch r.IntN(6) {
			case 0: // closed
			case 1:
				spec.Week[wd] = []Interval{{0, secondsPerDay}}
			default:
				t := 0
				for range 1 + r.IntN(4) {
					var start int
					switch r.IntN(3) {
					case 0: // touching the previous interval
						start = t
					case 1: // near the small hours, where offsets change
						start = max(t, r.IntN(4*3600))
					default:
						start = t + r.IntN(6*3600)
					}
					end := start + 1 + r.IntN(5*3600)
					if r.IntN(8) == 0 {
						end = secondsPerDay
					}
					if start >= secondsPerDay || end > secondsPerDay {
						break
					}
					spec.Week[wd] = append(spec.Week[wd], Interval{start, end})
					t = end
				}
			}
		}
	}
	for range r.IntN(25) {
		d := time.Unix(randInstant(r, nil).Unix(), 0).In(loc)
		spec.Holidays = append(spec.Holidays, Date{d.Year(), d.Month(), d.Day()})
	}
	return spec
}

// randInstant returns an instant in 1995..2045, biased towards offset
// changes of z (when given) and towards whole seconds and whole hours.
func randInstant(r *rand.Rand, z *zoneTable) time.Time {
	lo := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2045, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	var u int64
	if z != nil && len(z.start) > 2 && r.IntN(3) == 0 {
		// Near an offset change inside the range.
		for {
			p := 1 + r.IntN(len(z.start)-1)
			if s := z.start[p]; s >= lo && s < hi {
				u = s + r.Int64N(6*3600) - 3*3600
				break
			}
			if r.IntN(50) == 0 {
				u = lo + r.Int64N(hi-lo)
				break
			}
		}
	} else {
		u = lo + r.Int64N(hi-lo)
	}
	switch r.IntN(4) {
	case 0:
		u -= floorMod(u, 3600)
		return time.Unix(u, 0)
	case 1:
		return time.Unix(u, 0)
	}
	return time.Unix(u, r.Int64N(1e9))
}

// randSpan returns a duration, mostly short, sometimes up to 400 days.
func randSpan(r *rand.Rand) time.Duration {
	switch r.IntN(10) {
	case 0:
		return time.Duration(r.Int64N(int64(400 * 24 * time.Hour)))
	case 1, 2:
		return time.Duration(r.Int64N(int64(40 * 24 * time.Hour)))
	case 3:
		return time.Duration(r.Int64N(int64(time.Minute)))
	}
	return time.Duration(r.Int64N(int64(4 * 24 * time.Hour)))
}

// TestProperties checks, over random calendars in the zones above:
// Between against the day-by-day reference; additivity; Add's defining
// property; NextOpen and IsOpen against the reference.
func TestProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(*propSeed, 7))
	calendars, checks := 120, 40
	if testing.Short() || raceEnabled {
		calendars = 20
	}
	locs := []*time.Location{syntheticZone(t)}
	for _, name := range propZones {
		locs = append(locs, mustLoc(t, name))
	}
	for ci := range calendars {
		loc := locs[ci%len(locs)]
		spec := randomSpec(r, loc)
		c, err := New(spec)
		if err != nil {
			t.Fatalf("New(random spec %+v): %v", spec, err)
		}
		z := &c.zone
		for range checks {
			a := randInstant(r, z)
			b := a.Add(randSpan(r))

			// Between agrees with the reference.
			got, want := c.Between(a, b), refBetween(spec, a, b)
			if got != want {
				t.Fatalf("%s %+v\nBetween(%v, %v) = %v, reference %v", loc, spec, a.UTC(), b.UTC(), got, want)
			}

			// Additivity, including over decades.
			far := a.Add(time.Duration(r.Int64N(int64(30 * 365 * 24 * time.Hour))))
			m := a.Add(time.Duration(r.Int64N(int64(far.Sub(a)) + 1)))
			if whole, parts := c.Between(a, far), c.Between(a, m)+c.Between(m, far); whole != parts {
				t.Fatalf("%s %+v\nBetween(%v, %v) = %v, but via %v the parts sum to %v", loc, spec, a.UTC(), far.UTC(), whole, m.UTC(), parts)
			}

			// IsOpen agrees with the reference.
			if open, ref := c.IsOpen(a), refBetween(spec, a, a.Add(time.Nanosecond)) == time.Nanosecond; open != ref {
				t.Fatalf("%s %+v\nIsOpen(%v) = %v, reference %v", loc, spec, a.UTC(), open, ref)
			}

			// NextOpen: open, and nothing open in between.
			next, ok := c.NextOpen(a)
			if ok != (c.weekTotal > 0) {
				t.Fatalf("%s %+v\nNextOpen(%v) ok = %v", loc, spec, a.UTC(), ok)
			}
			if ok {
				if next.Before(a) || !c.IsOpen(next) || refBetween(spec, next, next.Add(time.Nanosecond)) != time.Nanosecond {
					t.Fatalf("%s %+v\nNextOpen(%v) = %v is not an open instant at or after it", loc, spec, a.UTC(), next.UTC())
				}
				if gap := refBetween(spec, a, next); gap != 0 {
					t.Fatalf("%s %+v\nNextOpen(%v) = %v, but %v is open before it", loc, spec, a.UTC(), next.UTC(), gap)
				}
			}

			// Add: Between(s, due) == x and due is open, i.e. the latest
			// instant not past the target. Short targets are checked against
			// the reference too, long ones (up to two years) with Between.
			x := want
			if r.IntN(4) == 0 {
				x = time.Duration(r.Int64N(int64(2 * 365 * 24 * time.Hour)))
			}
			due, ok := c.Add(a, x)
			if ok != (c.weekTotal > 0) {
				t.Fatalf("%s %+v\nAdd(%v, %v) ok = %v", loc, spec, a.UTC(), x, ok)
			}
			if !ok {
				continue
			}
			if got := c.Between(a, due); got != x {
				t.Fatalf("%s %+v\nAdd(%v, %v) = %v, but Between(start, due) = %v", loc, spec, a.UTC(), x, due.UTC(), got)
			}
			if !c.IsOpen(due) || c.Between(a, due.Add(time.Nanosecond)) != x+time.Nanosecond {
				t.Fatalf("%s %+v\nAdd(%v, %v) = %v is not the latest such instant (not open)", loc, spec, a.UTC(), x, due.UTC())
			}
			if due.Sub(a) < 45*24*time.Hour {
				if ref := refBetween(spec, a, due); ref != x {
					t.Fatalf("%s %+v\nAdd(%v, %v) = %v, reference Between = %v", loc, spec, a.UTC(), x, due.UTC(), ref)
				}
			}
		}
	}
}

// TestSkippedDay: Samoa skipped 2011-12-30 (from UTC-10 to UTC+14).
func TestSkippedDay(t *testing.T) {
	apia := mustLoc(t, "Pacific/Apia")
	c := mustNew(t, Spec{Location: apia, AlwaysOpen: true})
	thu := time.Date(2011, 12, 29, 12, 0, 0, 0, apia)
	sat := time.Date(2011, 12, 31, 12, 0, 0, 0, apia)
	if got := c.Between(thu, sat); got != 24*time.Hour {
		t.Fatalf("Between(Thu noon, Sat noon) = %v, want 24h (Friday never happened)", got)
	}
	week := mustNew(t, Spec{Location: apia, Week: everyDay(ivs(t, "09:00-17:00"))})
	due, ok := week.Add(time.Date(2011, 12, 29, 16, 0, 0, 0, apia), 2*time.Hour)
	if want := time.Date(2011, 12, 31, 10, 0, 0, 0, apia); !ok || !due.Equal(want) {
		t.Fatalf("Add across the skipped day = %v, %v; want %v", due, ok, want)
	}
}

// TestOutOfRange: instants before year 1 or from year 10000 are never
// business time, and nothing overflows.
func TestOutOfRange(t *testing.T) {
	c := mustNew(t, Spec{Location: time.UTC, AlwaysOpen: true})
	tooEarly := time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC)
	year1 := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	tooLate := time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)
	if got := c.Between(tooEarly, year1.Add(time.Hour)); got != time.Hour {
		t.Errorf("Between(before year 1, year 1 + 1h) = %v, want 1h", got)
	}
	if got := c.Between(year1, tooLate); got != math.MaxInt64 {
		t.Errorf("Between over 9999 years = %v, want saturation", got)
	}
	if _, ok := c.Add(tooLate, time.Hour); ok {
		t.Error("Add from year 12000 succeeded")
	}
	if got, ok := c.Add(time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC), 2*time.Hour); ok {
		t.Errorf("Add past year 9999 = %v, want false", got)
	}
	if got, ok := c.NextOpen(tooEarly); !ok || !got.Equal(year1) {
		t.Errorf("NextOpen(before year 1) = %v, %v; want year 1", got, ok)
	}
	if c.IsOpen(tooLate) {
		t.Error("IsOpen(year 12000)")
	}
}

// TestSyntheticZone pins the wall-clock mapping where the synthetic zone's
// changes overlap: on 2031-05-05 the clock jumps 10:00 -> 12:00 at 10:00Z,
// falls back 12:50 -> 10:50 at 10:50Z and jumps 11:30 -> 12:30 at 11:30Z.
// Local 12:00 is first shown at 10:00Z and 13:00 at 12:00Z, so a 12:00-13:00
// interval is the two real hours between, whatever the clock shows in them.
func TestSyntheticZone(t *testing.T) {
	loc := syntheticZone(t)
	utc := func(s string) time.Time { return at(time.UTC, s) }
	always := mustNew(t, Spec{Location: loc, AlwaysOpen: true})
	for _, span := range [][2]string{
		{"2030-03-10 12:00:00", "2030-03-11 12:00:00"},
		{"2030-10-10 12:00:00", "2030-10-11 12:00:00"},
		{"2031-05-05 00:00:00", "2031-05-06 00:00:00"},
		{"2029-01-01 00:00:00", "2032-01-01 00:00:00"},
	} {
		a, b := utc(span[0]), utc(span[1])
		if got := always.Between(a, b); got != b.Sub(a) {
			t.Errorf("always open Between(%v, %v) = %v, want %v", a, b, got, b.Sub(a))
		}
	}
	var week [7][]Interval
	week[time.Monday] = ivs(t, "12:00-13:00")
	c := mustNew(t, Spec{Location: loc, Week: week})
	if got := c.Between(utc("2031-05-05 00:00:00"), utc("2031-05-06 00:00:00")); got != 2*time.Hour {
		t.Errorf("Monday 12:00-13:00 = %v of real time, want 2h", got)
	}
	for _, tc := range []struct {
		at   string
		open bool
	}{
		{"2031-05-05 09:59:59", false}, {"2031-05-05 10:00:00", true}, {"2031-05-05 10:49:59", true},
		{"2031-05-05 10:50:00", true}, {"2031-05-05 11:29:59", true}, {"2031-05-05 11:30:00", true},
		{"2031-05-05 11:59:59", true}, {"2031-05-05 12:00:00", false},
	} {
		if got := c.IsOpen(utc(tc.at)); got != tc.open {
			t.Errorf("IsOpen(%s UTC) = %v, want %v", tc.at, got, tc.open)
		}
	}
	// The fold straddling midnight: 2030-10-11 00:00 local is first shown
	// at 2030-10-10 23:00Z; the clock then shows 23:30-24:00 of the 10th
	// again from 23:30Z, which belongs to the 11th (a Friday).
	var fri [7][]Interval
	fri[time.Friday] = ivs(t, "00:00-01:00")
	f := mustNew(t, Spec{Location: loc, Week: fri})
	if !f.IsOpen(utc("2030-10-10 23:45:00")) || f.IsOpen(utc("2030-10-10 22:59:59")) || f.IsOpen(utc("2030-10-11 01:00:00")) {
		t.Error("Friday 00:00-01:00 across the fold is not [23:00Z, 01:00Z)")
	}
}
