package timefmt

import (
	"math/rand/v2"
	"testing"
	"time"
)

// TestZoneFormsAreTimeFormat checks the hand-written forms of Zone against
// time.Format's layouts, in zones with and without daylight saving, over
// instants from year -5 to 10005 (outside 0-9999 Format itself is used).
func TestZoneFormsAreTimeFormat(t *testing.T) {
	var zones []*time.Location
	for _, name := range []string{"UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		zones = append(zones, loc)
	}
	zones = append(zones, time.FixedZone("odd", -(3*3600+1800+7)))
	rng := rand.New(rand.NewPCG(1, 2))
	lo, hi := time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(10005, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	instants := []time.Time{time.Date(2026, 2, 17, 8, 5, 56, 0, time.UTC), time.Date(9999, 12, 31, 23, 59, 59, 999, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 29, 1, 0, 0, 0, time.UTC)}
	for range 20000 {
		instants = append(instants, time.Unix(lo+rng.Int64N(hi-lo), rng.Int64N(1e9)))
	}
	for _, loc := range zones {
		z := In(loc)
		for i, at := range instants {
			lt := at.In(loc)
			day := instants[(i+1)%len(instants)]
			if i%3 == 0 {
				day = at.Add(time.Duration(rng.Int64N(int64(48*time.Hour))) - 24*time.Hour)
			}
			want := lt.Format("2 January 2006, 15:04:05")
			if lt.Year() == day.In(loc).Year() && lt.YearDay() == day.In(loc).YearDay() {
				want = lt.Format(time.TimeOnly)
			}
			for _, c := range []struct{ name, got, want string }{
				{"Stamp", z.Stamp(at), lt.Format(time.DateTime)},
				{"Long", z.Long(at), lt.Format("2 January 2006, 15:04:05")},
				{"Date", z.Date(at), lt.Format("2 January 2006")},
				{"Clock", z.Clock(at), lt.Format(time.TimeOnly)},
				{"Moment", z.Moment(at, day), want},
			} {
				if c.got != c.want {
					t.Fatalf("%s(%v) in %s = %q, want %q", c.name, at, loc, c.got, c.want)
				}
			}
		}
	}
}
