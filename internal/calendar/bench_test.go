package calendar

import (
	"testing"
	"time"
)

// benchSpec is a London office: Monday to Friday 08:00-12:00 and
// 13:00-17:30, with 20 holidays in 2026-2027.
func benchSpec(b *testing.B) Spec {
	return Spec{
		Location: mustLoc(b, "Europe/London"),
		Week:     weekdays(ivs(b, "08:00-12:00", "13:00-17:30")),
		Holidays: dates(b,
			"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
			"2026-08-31", "2026-12-25", "2026-12-28", "2026-02-16", "2026-07-13",
			"2026-10-26", "2026-11-11", "2027-01-01", "2027-03-26", "2027-03-29",
			"2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"),
	}
}

// benchStarts returns 16 start instants spread over early 2026, at odd
// times of day, so that runs do not hit one cached path.
func benchStarts(loc *time.Location) []time.Time {
	var out []time.Time
	for i := range 16 {
		out = append(out, time.Date(2026, 1, 5+i*3, 7+i%12, 13*i%60, 7, 0, loc))
	}
	return out
}

// BenchmarkBetweenYear: two instants a year apart, crossing both London
// DST changes and the 2026 holidays.
func BenchmarkBetweenYear(b *testing.B) {
	c := mustNew(b, benchSpec(b))
	starts := benchStarts(c.Location())
	i := 0
	for b.Loop() {
		a := starts[i%len(starts)]
		c.Between(a, a.AddDate(1, 0, 0))
		i++
	}
}

// BenchmarkAddWeek: a target of one week of business time (42.5 h).
func BenchmarkAddWeek(b *testing.B) {
	c := mustNew(b, benchSpec(b))
	starts := benchStarts(c.Location())
	d := 5 * (8*time.Hour + 30*time.Minute)
	i := 0
	for b.Loop() {
		if _, ok := c.Add(starts[i%len(starts)], d); !ok {
			b.Fatal("Add failed")
		}
		i++
	}
}

// BenchmarkAddYear: a target of 2000 business hours (about a year).
func BenchmarkAddYear(b *testing.B) {
	c := mustNew(b, benchSpec(b))
	starts := benchStarts(c.Location())
	i := 0
	for b.Loop() {
		if _, ok := c.Add(starts[i%len(starts)], 2000*time.Hour); !ok {
			b.Fatal("Add failed")
		}
		i++
	}
}

// BenchmarkAddHours: a short target, 4 business hours.
func BenchmarkAddHours(b *testing.B) {
	c := mustNew(b, benchSpec(b))
	starts := benchStarts(c.Location())
	i := 0
	for b.Loop() {
		if _, ok := c.Add(starts[i%len(starts)], 4*time.Hour); !ok {
			b.Fatal("Add failed")
		}
		i++
	}
}

// BenchmarkNew: validation plus the zone's offset history (1900-2199) and
// the DST and holiday tables.
func BenchmarkNew(b *testing.B) {
	spec := benchSpec(b)
	for b.Loop() {
		if _, err := New(spec); err != nil {
			b.Fatal(err)
		}
	}
}
