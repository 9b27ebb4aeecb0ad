package calendar

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

// ivs parses intervals, e.g. ivs(t, "08:00-12:00", "13:00-17:30").
func ivs(t testing.TB, ss ...string) []Interval {
	t.Helper()
	out := make([]Interval, 0, len(ss))
	for _, s := range ss {
		iv, err := ParseInterval(s)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, iv)
	}
	return out
}

// weekdays returns a week with the same intervals Monday to Friday.
func weekdays(day []Interval) [7][]Interval {
	var w [7][]Interval
	for wd := time.Monday; wd <= time.Friday; wd++ {
		w[wd] = day
	}
	return w
}

// everyDay returns a week with the same intervals every day.
func everyDay(day []Interval) [7][]Interval {
	var w [7][]Interval
	for wd := range w {
		w[wd] = day
	}
	return w
}

func mustNew(t testing.TB, spec Spec) *Calendar {
	t.Helper()
	c, err := New(spec)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

// at builds a wall-clock instant; it panics on a bad layout (test bug).
func at(loc *time.Location, s string) time.Time {
	tm, err := time.ParseInLocation("2006-01-02 15:04:05", s, loc)
	if err != nil {
		panic(err)
	}
	return tm
}

func dates(t testing.TB, ss ...string) []Date {
	t.Helper()
	var out []Date
	for _, s := range ss {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func TestNewErrors(t *testing.T) {
	london := mustLoc(t, "Europe/London")
	tue := func(day []Interval) [7][]Interval {
		var w [7][]Interval
		w[time.Tuesday] = day
		return w
	}
	tests := []struct {
		name string
		spec Spec
		want SpecError
		msg  string
	}{
		{
			name: "no location",
			spec: Spec{Week: weekdays(ivs(t, "08:00-12:00"))},
			want: SpecError{Field: "Location", Index: -1, Reason: "Location is required"},
			msg:  "calendar: Location is required",
		},
		{
			name: "end before start",
			spec: Spec{Location: london, Week: tue([]Interval{{12 * 3600, 8 * 3600}})},
			want: SpecError{Field: "Week", Weekday: time.Tuesday, Index: 0, Reason: "end 08:00 before start 12:00"},
			msg:  "calendar: Tuesday interval 0: end 08:00 before start 12:00",
		},
		{
			name: "past 24:00",
			spec: Spec{Location: london, Week: tue([]Interval{{8 * 3600, 86401}})},
			want: SpecError{Field: "Week", Weekday: time.Tuesday, Index: 0, Reason: "end 86401s out of range 00:00:01..24:00"},
		},
		{
			name: "overlap",
			spec: Spec{Location: london, Week: tue(ivs(t, "08:00-12:00", "11:00-13:00"))},
			want: SpecError{Field: "Week", Weekday: time.Tuesday, Index: 1, Reason: "11:00-13:00 overlaps interval 0 (08:00-12:00)"},
			msg:  "calendar: Tuesday interval 1: 11:00-13:00 overlaps interval 0 (08:00-12:00)",
		},
		{
			name: "unsorted",
			spec: Spec{Location: london, Week: tue(ivs(t, "13:00-17:00", "08:00-12:00"))},
			want: SpecError{Field: "Week", Weekday: time.Tuesday, Index: 1, Reason: "08:00-12:00 starts before interval 0 (13:00-17:00); intervals must be sorted"},
		},
		{
			name: "bad holiday",
			spec: Spec{Location: london, Holidays: []Date{{2026, 12, 25}, {2026, 2, 30}}},
			want: SpecError{Field: "Holidays", Index: 1, Reason: "bad day 30 for 2026-02"},
			msg:  "calendar: holiday 1: bad day 30 for 2026-02",
		},
		{
			name: "always open with hours",
			spec: Spec{Location: london, AlwaysOpen: true, Week: tue(ivs(t, "08:00-12:00"))},
			want: SpecError{Field: "AlwaysOpen", Weekday: time.Tuesday, Index: -1, Reason: "AlwaysOpen conflicts with the hours given for Tuesday"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := New(tt.spec)
			var se *SpecError
			if !errors.As(err, &se) {
				t.Fatalf("New() = %v, %v; want *SpecError", c, err)
			}
			if *se != tt.want {
				t.Errorf("error = %#v\nwant    %#v", *se, tt.want)
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("message = %q, want %q", err.Error(), tt.msg)
			}
		})
	}
}

func TestNewAccepts(t *testing.T) {
	london := mustLoc(t, "Europe/London")
	for name, spec := range map[string]Spec{
		"touching intervals":  {Location: london, Week: weekdays(ivs(t, "08:00-12:00", "12:00-13:00"))},
		"no hours at all":     {Location: london},
		"duplicate holidays":  {Location: london, Week: weekdays(ivs(t, "08:00-12:00")), Holidays: dates(t, "2026-12-25", "2026-12-25")},
		"always open":         {Location: london, AlwaysOpen: true},
		"utc, whole day open": {Location: time.UTC, Week: everyDay(ivs(t, "00:00-24:00"))},
	} {
		if _, err := New(spec); err != nil {
			t.Errorf("%s: New: %v", name, err)
		}
	}
}

// TestNewCopiesSpec checks that the calendar does not alias the caller's
// slices (it is documented as immutable after New).
func TestNewCopiesSpec(t *testing.T) {
	day := ivs(t, "08:00-12:00")
	c := mustNew(t, Spec{Location: time.UTC, Week: weekdays(day)})
	day[0] = Interval{0, 86400}
	mon := at(time.UTC, "2026-03-02 00:00:00")
	if got := c.Between(mon, mon.Add(24*time.Hour)); got != 4*time.Hour {
		t.Fatalf("Between over a Monday = %v after mutating the spec, want 4h", got)
	}
}

// Zammad's escalation cases. The calendars, creation times and expected
// escalation times are those of Zammad's test/unit/ticket_sla_test.rb
// ("ticket sla", "ticket sla + timezone + holiday" and "ticket escalation
// suspend close reopen bug"), where escalation_at = biz.time(span,
// :minutes).after(created_at) and *_in_min is the business minutes between
// creation and the event. Rows marked "constructed" are not from Zammad but
// built from the same rules (night, weekend, holiday, closing time).
func TestZammadEscalation(t *testing.T) {
	berlin := mustLoc(t, "Europe/Berlin")
	utc := func(s string) time.Time { return at(time.UTC, s) }
	eu1 := mustNew(t, Spec{Location: berlin, Week: weekdays(ivs(t, "09:00-17:00"))})
	eu2 := mustNew(t, Spec{Location: berlin, Week: weekdays(ivs(t, "08:00-18:00"))})
	eu3 := mustNew(t, Spec{Location: berlin, Week: everyDay(ivs(t, "08:00-17:00"))})
	eu4 := mustNew(t, Spec{Location: berlin, Week: everyDay(ivs(t, "08:00-17:00")), Holidays: dates(t, "2015-09-22")})
	eu5 := mustNew(t, Spec{Location: berlin, Week: everyDay(ivs(t, "09:00-18:00"))})
	xmas := mustNew(t, Spec{Location: berlin, Week: weekdays(ivs(t, "08:00-18:00")), Holidays: dates(t, "2026-12-25")})

	addTests := []struct {
		name  string
		cal   *Calendar
		start time.Time
		d     time.Duration
		want  time.Time
	}{
		{"EU 1 first response", eu1, utc("2013-03-21 09:30:00"), 60 * time.Minute, utc("2013-03-21 10:30:00")},
		{"EU 1 update", eu1, utc("2013-03-21 09:30:00"), 180 * time.Minute, utc("2013-03-21 12:30:00")},
		{"EU 1 solution", eu1, utc("2013-03-21 09:30:00"), 240 * time.Minute, utc("2013-03-21 13:30:00")},
		{"EU 2 first response", eu2, utc("2013-03-21 09:30:00"), 60 * time.Minute, utc("2013-03-21 10:30:00")},
		{"EU 2 update", eu2, utc("2013-03-21 09:30:00"), 120 * time.Minute, utc("2013-03-21 11:30:00")},
		{"EU 2 solution", eu2, utc("2013-03-21 09:30:00"), 180 * time.Minute, utc("2013-03-21 12:30:00")},
		{"EU 3 winter time", eu3, utc("2013-03-21 09:30:00"), 120 * time.Minute, utc("2013-03-21 11:30:00")},
		{"EU 4 summer time", eu4, utc("2013-10-21 09:30:00"), 240 * time.Minute, utc("2013-10-21 13:30:00")},
		{"EU 4 before opening", eu4, utc("2013-10-21 05:30:00"), 120 * time.Minute, utc("2013-10-21 08:00:00")},
		{"EU 4 before opening solution", eu4, utc("2013-10-21 05:30:00"), 240 * time.Minute, utc("2013-10-21 10:00:00")},
		{"EU 4 holiday in between", eu4, utc("2015-09-21 14:30:00"), 120 * time.Minute, utc("2015-09-23 07:30:00")},
		{"EU 4 holiday in between, update", eu4, utc("2015-09-21 14:30:00"), 180 * time.Minute, utc("2015-09-23 08:30:00")},
		{"EU 4 holiday in between, solution", eu4, utc("2015-09-21 14:30:00"), 240 * time.Minute, utc("2015-09-23 09:30:00")},
		// Constructed.
		{"constructed: across the night", eu2, at(berlin, "2013-03-21 17:30:00"), 60 * time.Minute, at(berlin, "2013-03-22 08:30:00")},
		{"constructed: across a weekend", eu2, at(berlin, "2013-03-22 17:00:00"), 120 * time.Minute, at(berlin, "2013-03-25 09:00:00")},
		{"constructed: created on Saturday", eu2, at(berlin, "2013-03-23 11:00:00"), 30 * time.Minute, at(berlin, "2013-03-25 08:30:00")},
		{"constructed: holiday and weekend", xmas, at(berlin, "2026-12-24 17:00:00"), 2 * time.Hour, at(berlin, "2026-12-28 09:00:00")},
		{"constructed: two weeks", eu2, at(berlin, "2013-03-21 10:00:00"), 100 * time.Hour, at(berlin, "2013-04-04 10:00:00")},
		// The target runs out exactly at closing: the next opening.
		{"constructed: closing -> next opening", eu2, at(berlin, "2013-03-21 17:00:00"), time.Hour, at(berlin, "2013-03-22 08:00:00")},
		{"constructed: Friday closing -> Monday", eu2, at(berlin, "2013-03-22 16:00:00"), 2 * time.Hour, at(berlin, "2013-03-25 08:00:00")},
		{"constructed: zero outside hours", eu2, at(berlin, "2013-03-23 12:00:00"), 0, at(berlin, "2013-03-25 08:00:00")},
		{"constructed: zero at closing", eu2, at(berlin, "2013-03-21 18:00:00"), 0, at(berlin, "2013-03-22 08:00:00")},
		{"constructed: zero inside hours", eu2, at(berlin, "2013-03-21 12:34:56"), 0, at(berlin, "2013-03-21 12:34:56")},
		// Zammad's "suspend close reopen bug" ticket2, composed the way the SLA
		// layer will: 60 min before the 10:00-15:00 UTC pause, then Add the
		// remaining 60 min from 15:00 UTC. It runs out at 16:00 UTC = 18:00
		// CEST, closing time; Zammad (biz) shows 16:00 UTC, Add gives the next
		// opening, 09:00 CEST.
		{"Zammad pause case, remaining after pause", eu5, utc("2013-06-04 15:00:00"), 60 * time.Minute, at(berlin, "2013-06-05 09:00:00")},
	}
	for _, tt := range addTests {
		t.Run("Add/"+tt.name, func(t *testing.T) {
			got, ok := tt.cal.Add(tt.start, tt.d)
			if !ok || !got.Equal(tt.want) {
				t.Fatalf("Add(%v, %v) = %v, %v; want %v", tt.start, tt.d, got, ok, tt.want)
			}
			if got.Location() != berlin {
				t.Errorf("result location %v, want Europe/Berlin", got.Location())
			}
			if b := tt.cal.Between(tt.start, got); b != tt.d {
				t.Errorf("Between(start, Add) = %v, want %v", b, tt.d)
			}
		})
	}

	betweenTests := []struct {
		name string
		cal  *Calendar
		a, b time.Time
		want time.Duration
	}{
		{"EU 2 first response in time", eu2, utc("2013-03-21 09:30:00"), utc("2013-03-21 10:00:00"), 30 * time.Minute},
		{"EU 2 first response over time", eu2, utc("2013-03-21 09:30:00"), utc("2013-03-21 14:00:00"), 270 * time.Minute},
		{"EU 2 update in time", eu2, utc("2013-03-21 09:30:00"), utc("2013-03-21 11:00:00"), 90 * time.Minute},
		{"EU 2 closed over time", eu2, utc("2013-03-21 09:30:00"), utc("2013-03-21 13:00:00"), 210 * time.Minute},
		// Created Thursday 00:49 CET at night, answered Friday 08:00:03 CET:
		// Zammad's first_response_in_min is 0 (3 s).
		{"EU 2 night ticket answered at opening", eu2, utc("2013-03-28 23:49:00"), utc("2013-03-29 07:00:03"), 3 * time.Second},
		{"Zammad pause case, before pause", eu5, utc("2013-06-04 09:00:00"), utc("2013-06-04 10:00:00"), 60 * time.Minute},
		{"Zammad pause case, until Zammad's escalation", eu5, utc("2013-06-04 15:00:00"), utc("2013-06-04 16:00:00"), 60 * time.Minute},
		{"constructed: holiday weekday", xmas, at(berlin, "2026-12-24 00:00:00"), at(berlin, "2026-12-29 00:00:00"), 20 * time.Hour},
	}
	for _, tt := range betweenTests {
		t.Run("Between/"+tt.name, func(t *testing.T) {
			if got := tt.cal.Between(tt.a, tt.b); got != tt.want {
				t.Fatalf("Between(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestShapes covers several intervals a day, a 24:00 end, always open, an
// empty day and a calendar without hours.
func TestShapes(t *testing.T) {
	london := mustLoc(t, "Europe/London")
	split := mustNew(t, Spec{Location: london, Week: weekdays(ivs(t, "08:00-12:00", "13:00-17:30"))})
	late := mustNew(t, Spec{Location: london, Week: weekdays(ivs(t, "13:00-24:00"))})
	touching := mustNew(t, Spec{Location: london, Week: weekdays(ivs(t, "08:00-12:00", "12:00-13:00"))})
	always := mustNew(t, Spec{Location: london, AlwaysOpen: true, Holidays: dates(t, "2026-12-25")})
	var wedClosed [7][]Interval = weekdays(ivs(t, "09:00-17:00"))
	wedClosed[time.Wednesday] = nil
	noWed := mustNew(t, Spec{Location: london, Week: wedClosed})
	none := mustNew(t, Spec{Location: london})

	l := func(s string) time.Time { return at(london, s) }
	betweenTests := []struct {
		name string
		cal  *Calendar
		a, b string
		want time.Duration
	}{
		{"split day whole", split, "2026-06-01 00:00:00", "2026-06-02 00:00:00", 8*time.Hour + 30*time.Minute},
		{"split day lunch only", split, "2026-06-01 12:00:00", "2026-06-01 13:00:00", 0},
		{"split day across lunch", split, "2026-06-01 11:30:00", "2026-06-01 13:30:00", time.Hour},
		{"split week", split, "2026-06-01 00:00:00", "2026-06-08 00:00:00", 5 * (8*time.Hour + 30*time.Minute)},
		{"24:00 end", late, "2026-06-01 23:00:00", "2026-06-02 14:00:00", 2 * time.Hour},
		{"24:00 end whole Friday night", late, "2026-06-05 12:00:00", "2026-06-08 00:00:00", 11 * time.Hour},
		{"touching intervals", touching, "2026-06-01 11:00:00", "2026-06-01 12:30:00", 90 * time.Minute},
		{"always open", always, "2026-06-01 10:00:00", "2026-06-03 10:00:00", 48 * time.Hour},
		{"always open over a holiday", always, "2026-12-24 12:00:00", "2026-12-26 12:00:00", 24 * time.Hour},
		{"empty Wednesday", noWed, "2026-06-02 12:00:00", "2026-06-04 12:00:00", 8 * time.Hour},
		{"no hours", none, "2026-01-01 00:00:00", "2027-01-01 00:00:00", 0},
		{"reversed", split, "2026-06-02 00:00:00", "2026-06-01 00:00:00", 0},
	}
	for _, tt := range betweenTests {
		t.Run("Between/"+tt.name, func(t *testing.T) {
			if got := tt.cal.Between(l(tt.a), l(tt.b)); got != tt.want {
				t.Fatalf("Between(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}

	addTests := []struct {
		name   string
		cal    *Calendar
		start  string
		d      time.Duration
		want   string
		wantOK bool
	}{
		{"split: into the afternoon", split, "2026-06-01 11:00:00", 2 * time.Hour, "2026-06-01 14:00:00", true},
		{"split: ends at lunch -> afternoon opening", split, "2026-06-01 11:00:00", time.Hour, "2026-06-01 13:00:00", true},
		{"split: from lunch", split, "2026-06-01 12:15:00", 30 * time.Minute, "2026-06-01 13:30:00", true},
		{"24:00: runs out at midnight -> next day 13:00", late, "2026-06-01 23:00:00", time.Hour, "2026-06-02 13:00:00", true},
		{"24:00: Friday midnight -> Monday", late, "2026-06-05 23:00:00", time.Hour, "2026-06-08 13:00:00", true},
		{"touching: runs out at 12:00, 12:00 opens", touching, "2026-06-01 11:00:00", time.Hour, "2026-06-01 12:00:00", true},
		{"always open", always, "2026-06-01 10:00:00", 36 * time.Hour, "2026-06-02 22:00:00", true},
		{"always open skips a holiday", always, "2026-12-24 23:00:00", 2 * time.Hour, "2026-12-26 01:00:00", true},
		{"always open runs out at holiday -> after it", always, "2026-12-24 23:00:00", time.Hour, "2026-12-26 00:00:00", true},
		{"empty Wednesday skipped", noWed, "2026-06-02 16:00:00", 2 * time.Hour, "2026-06-04 10:00:00", true},
		{"no hours: never", none, "2026-06-01 10:00:00", time.Minute, "", false},
		{"no hours: zero is still never", none, "2026-06-01 10:00:00", 0, "", false},
		{"negative counts as zero", split, "2026-06-01 12:30:00", -time.Hour, "2026-06-01 13:00:00", true},
	}
	for _, tt := range addTests {
		t.Run("Add/"+tt.name, func(t *testing.T) {
			got, ok := tt.cal.Add(l(tt.start), tt.d)
			if ok != tt.wantOK {
				t.Fatalf("Add(%s, %v) ok = %v, want %v (got %v)", tt.start, tt.d, ok, tt.wantOK, got)
			}
			if !ok {
				if !got.IsZero() {
					t.Errorf("Add failed but returned %v, want zero Time", got)
				}
				return
			}
			if want := l(tt.want); !got.Equal(want) {
				t.Fatalf("Add(%s, %v) = %v, want %v", tt.start, tt.d, got, want)
			}
		})
	}

	if got, ok := none.NextOpen(l("2026-06-01 10:00:00")); ok || !got.IsZero() {
		t.Errorf("NextOpen without hours = %v, %v; want zero, false", got, ok)
	}
	if got, ok := split.NextOpen(l("2026-06-05 17:30:00")); !ok || !got.Equal(l("2026-06-08 08:00:00")) {
		t.Errorf("NextOpen(Friday closing) = %v, %v; want Monday 08:00", got, ok)
	}
	in := l("2026-06-01 09:15:00").Add(123 * time.Nanosecond)
	if got, ok := split.NextOpen(in); !ok || !got.Equal(in) {
		t.Errorf("NextOpen(open instant) = %v, %v; want itself", got, ok)
	}
	if !split.IsOpen(l("2026-06-01 08:00:00")) || split.IsOpen(l("2026-06-01 12:00:00")) || split.IsOpen(l("2026-06-01 17:30:00")) {
		t.Errorf("IsOpen: interval edges wrong (start inclusive, end exclusive)")
	}
}

// TestNanoseconds checks sub-second exactness at interval edges.
func TestNanoseconds(t *testing.T) {
	c := mustNew(t, Spec{Location: time.UTC, Week: everyDay(ivs(t, "08:00-12:00"))})
	open := at(time.UTC, "2026-06-01 08:00:00")
	closing := at(time.UTC, "2026-06-01 12:00:00")
	tests := []struct {
		a, b time.Time
		want time.Duration
	}{
		{open.Add(-time.Nanosecond), open.Add(time.Nanosecond), time.Nanosecond},
		{closing.Add(-time.Nanosecond), closing.Add(time.Nanosecond), time.Nanosecond},
		{open.Add(250 * time.Millisecond), open.Add(750 * time.Millisecond), 500 * time.Millisecond},
		{closing.Add(-1500 * time.Millisecond), closing.Add(time.Hour), 1500 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := c.Between(tt.a, tt.b); got != tt.want {
			t.Errorf("Between(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	for _, tc := range []struct {
		start time.Time
		d     time.Duration
		want  time.Time
	}{
		{open.Add(-time.Nanosecond), time.Nanosecond, open.Add(time.Nanosecond)},
		{closing.Add(-time.Nanosecond), time.Nanosecond, open.Add(24 * time.Hour)},
		{closing.Add(-time.Nanosecond), 2 * time.Nanosecond, open.Add(24*time.Hour + time.Nanosecond)},
		{open.Add(999_999_999), 4*time.Hour - 999_999_999, open.Add(24 * time.Hour)},
	} {
		if got, ok := c.Add(tc.start, tc.d); !ok || !got.Equal(tc.want) {
			t.Errorf("Add(%v, %v) = %v, %v; want %v", tc.start, tc.d, got, ok, tc.want)
		}
	}
}

// TestDST checks wall-clock intervals across offset changes in both
// hemispheres: an interval containing the change, a whole open day, and an
// ordinary day that keeps its wall-clock length.
func TestDST(t *testing.T) {
	type row struct {
		day  string // local date of the change
		iv   string
		want time.Duration // business time of that day
	}
	tests := []struct {
		zone string
		rows []row
	}{
		{"Europe/London", []row{ // 01:00 GMT -> 02:00 BST; 02:00 BST -> 01:00 GMT
			{"2026-03-29", "00:00-24:00", 23 * time.Hour},
			{"2026-10-25", "00:00-24:00", 25 * time.Hour},
			{"2026-03-29", "00:30-03:00", 90 * time.Minute},
			{"2026-10-25", "00:30-03:00", 210 * time.Minute},
			{"2026-03-29", "09:00-17:30", 8*time.Hour + 30*time.Minute},
			{"2026-10-25", "09:00-17:30", 8*time.Hour + 30*time.Minute},
			{"2026-03-30", "09:00-17:30", 8*time.Hour + 30*time.Minute},
		}},
		{"Australia/Sydney", []row{ // 03:00 AEDT -> 02:00 AEST; 02:00 AEST -> 03:00 AEDT
			{"2026-04-05", "00:00-24:00", 25 * time.Hour},
			{"2026-10-04", "00:00-24:00", 23 * time.Hour},
			{"2026-04-05", "01:00-04:00", 4 * time.Hour},
			{"2026-10-04", "01:00-04:00", 2 * time.Hour},
			{"2026-04-05", "09:00-17:30", 8*time.Hour + 30*time.Minute},
			{"2026-10-04", "09:00-17:30", 8*time.Hour + 30*time.Minute},
		}},
		{"America/New_York", []row{ // 02:00 EST -> 03:00 EDT; 02:00 EDT -> 01:00 EST
			{"2026-03-08", "00:00-24:00", 23 * time.Hour},
			{"2026-11-01", "00:00-24:00", 25 * time.Hour},
			{"2026-03-08", "01:00-04:00", 2 * time.Hour},
			{"2026-11-01", "01:00-04:00", 4 * time.Hour},
		}},
	}
	for _, zt := range tests {
		loc := mustLoc(t, zt.zone)
		for _, r := range zt.rows {
			t.Run(zt.zone+"/"+r.day+"/"+r.iv, func(t *testing.T) {
				c := mustNew(t, Spec{Location: loc, Week: everyDay(ivs(t, r.iv))})
				d, _ := ParseDate(r.day)
				midnight := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
				next := time.Date(d.Year, d.Month, d.Day+1, 0, 0, 0, 0, loc)
				if got := c.Between(midnight, next); got != r.want {
					t.Fatalf("business time of %s with %s = %v, want %v", r.day, r.iv, got, r.want)
				}
				// Add from the day's opening by its length lands at the next
				// day's opening (no opening here is in a gap or fold).
				iv, _ := ParseInterval(r.iv)
				open := time.Date(d.Year, d.Month, d.Day, 0, 0, iv.Start, 0, loc)
				nextOpen := time.Date(d.Year, d.Month, d.Day+1, 0, 0, iv.Start, 0, loc)
				if due, ok := c.Add(open, r.want); !ok || !due.Equal(nextOpen) {
					t.Errorf("Add(%v, %v) = %v, want next opening %v", open, r.want, due, nextOpen)
				}
			})
		}
	}
}

// TestDSTLongSpans checks whole-day sums across many offset changes: an
// always-open calendar's business time is elapsed real time, and a
// 09:00-17:30 calendar has 8.5 h a day whatever the offset.
func TestDSTLongSpans(t *testing.T) {
	for _, name := range []string{"Europe/London", "Australia/Sydney", "America/New_York"} {
		loc := mustLoc(t, name)
		always := mustNew(t, Spec{Location: loc, AlwaysOpen: true})
		office := mustNew(t, Spec{Location: loc, Week: everyDay(ivs(t, "09:00-17:30"))})
		a := time.Date(2019, 2, 3, 4, 5, 6, 7, loc)
		for _, b := range []time.Time{time.Date(2019, 7, 1, 12, 0, 0, 0, loc), time.Date(2026, 11, 30, 23, 59, 59, 999, loc), time.Date(2061, 4, 4, 0, 0, 0, 0, loc)} {
			if got, want := always.Between(a, b), b.Sub(a); got != want {
				t.Errorf("%s: always open Between(%v, %v) = %v, want elapsed %v", name, a, b, got, want)
			}
			from := time.Date(2019, 2, 4, 0, 0, 0, 0, loc)
			to := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, loc)
			days := Date{to.Year(), to.Month(), to.Day()}.dayNumber() - Date{from.Year(), from.Month(), from.Day()}.dayNumber()
			if got, want := office.Between(from, to), time.Duration(days)*(8*time.Hour+30*time.Minute); got != want {
				t.Errorf("%s: 09:00-17:30 Between(%v, %v) = %v, want %d days of 8.5h = %v", name, from, to, got, days, want)
			}
		}
	}
}

// TestGapAndFoldEdges pins the mapping of interval edges that fall inside a
// DST gap (the instant of the jump) or fold (the first occurrence).
func TestGapAndFoldEdges(t *testing.T) {
	london := mustLoc(t, "Europe/London")
	utc := func(s string) time.Time { return at(time.UTC, s) }
	tests := []struct {
		iv         string
		day        string
		open, shut time.Time // expected real instants of the day's interval
	}{
		// Spring: local 01:00-02:00 does not exist; the jump is at 01:00 UTC.
		{"01:30-03:00", "2026-03-29", utc("2026-03-29 01:00:00"), utc("2026-03-29 02:00:00")},
		{"00:00-01:30", "2026-03-29", utc("2026-03-29 00:00:00"), utc("2026-03-29 01:00:00")},
		{"01:15-01:45", "2026-03-29", utc("2026-03-29 01:00:00"), utc("2026-03-29 01:00:00")},
		// Autumn: local 01:00-02:00 happens twice, from 00:00 UTC and 01:00 UTC.
		{"01:30-03:00", "2026-10-25", utc("2026-10-25 00:30:00"), utc("2026-10-25 03:00:00")},
		{"00:00-01:30", "2026-10-25", utc("2026-10-24 23:00:00"), utc("2026-10-25 00:30:00")},
		{"01:00-02:00", "2026-10-25", utc("2026-10-25 00:00:00"), utc("2026-10-25 02:00:00")},
	}
	for _, tt := range tests {
		t.Run(tt.day+"/"+tt.iv, func(t *testing.T) {
			c := mustNew(t, Spec{Location: london, Week: everyDay(ivs(t, tt.iv))})
			if got, want := c.Between(tt.open, tt.shut), tt.shut.Sub(tt.open); got != want {
				t.Errorf("Between(open, shut) = %v, want %v", got, want)
			}
			if c.IsOpen(tt.open.Add(-time.Second)) || c.IsOpen(tt.shut) {
				t.Errorf("open just before %v or at %v", tt.open, tt.shut)
			}
			if !tt.shut.After(tt.open) {
				day := utc(tt.day + " 00:00:00")
				if got := c.Between(day, day.Add(24*time.Hour)); got != 0 {
					t.Errorf("interval inside the gap has %v business time, want 0", got)
				}
				return
			}
			if !c.IsOpen(tt.open) || !c.IsOpen(tt.shut.Add(-time.Second)) {
				t.Errorf("not open at %v or just before %v", tt.open, tt.shut)
			}
			if got, ok := c.NextOpen(tt.open.Add(-time.Hour)); !ok || !got.Equal(tt.open) {
				t.Errorf("NextOpen an hour before opening = %v, want %v", got, tt.open)
			}
		})
	}
}

// TestZoneTable checks the sampled offset history against the time package
// hour by hour, and that it survives golang/go#81583 (ZoneBounds ending
// before the instant on the last day of a leap year after 2037).
func TestZoneTable(t *testing.T) {
	for _, name := range []string{"Europe/London", "Australia/Sydney", "America/New_York", "Pacific/Apia", "Australia/Lord_Howe", "UTC"} {
		loc := mustLoc(t, name)
		from := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
		to := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
		z := newZoneTable(loc, tableFrom, tableTo)
		for u := from; u < to; u += 3600 + 17 { // odd step: not always on the hour
			_, want := time.Unix(u, 0).In(loc).Zone()
			if got := z.off[z.period(u)]; got != int64(want) {
				t.Fatalf("%s: offset at %v = %d, want %d", name, time.Unix(u, 0).UTC(), got, want)
			}
		}
		// Each recorded transition is exact to the second.
		for p := 1; p < len(z.start); p++ {
			s := z.start[p]
			_, before := time.Unix(s-1, 0).In(loc).Zone()
			_, after := time.Unix(s, 0).In(loc).Zone()
			if int64(before) != z.off[p-1] || int64(after) != z.off[p] {
				t.Fatalf("%s: transition at %v: offsets %d->%d, table %d->%d", name, time.Unix(s, 0).UTC(), before, after, z.off[p-1], z.off[p])
			}
		}
	}
}

// TestConcurrentUse runs queries on one Calendar from several goroutines
// (meaningful under -race).
func TestConcurrentUse(t *testing.T) {
	london := mustLoc(t, "Europe/London")
	c := mustNew(t, Spec{Location: london, Week: weekdays(ivs(t, "08:00-12:00", "13:00-17:30")), Holidays: dates(t, "2026-12-25")})
	start := at(london, "2026-01-05 10:00:00")
	want := c.Between(start, start.AddDate(1, 0, 0))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				if got := c.Between(start, start.AddDate(1, 0, 0)); got != want {
					errs <- "Between differs"
					return
				}
				if _, ok := c.Add(start.Add(time.Duration(g*i)*time.Minute), 40*time.Hour); !ok {
					errs <- "Add failed"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestSpecErrorMessageNamesWeekday(t *testing.T) {
	_, err := New(Spec{Location: time.UTC, Week: [7][]Interval{time.Saturday: {{3600, 1800}}}})
	if err == nil || !strings.Contains(err.Error(), "Saturday interval 0") {
		t.Fatalf("err = %v, want it to name Saturday interval 0", err)
	}
}
