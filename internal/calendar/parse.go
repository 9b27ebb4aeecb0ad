package calendar

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// secondsPerDay is the length of a nominal (wall-clock) day.
const secondsPerDay = 86400

// Interval is an opening interval of a day, in seconds since local midnight.
// Start is inclusive and End exclusive; End may be 86400 ("24:00").
type Interval struct {
	Start, End int
}

// ParseInterval parses "HH:MM-HH:MM" (seconds optional, "HH:MM:SS"), for
// example "08:00-12:00" or "13:00-24:00". The end must be after the start;
// 24:00 is allowed as an end only.
func ParseInterval(s string) (Interval, error) {
	i, err := parseInterval(s)
	if err != nil {
		return Interval{}, fmt.Errorf("calendar: interval %q: %w", s, err)
	}
	return i, nil
}

func parseInterval(s string) (Interval, error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return Interval{}, errors.New(`missing "-" between start and end`)
	}
	start, err := parseClock(strings.TrimSpace(a))
	if err != nil {
		return Interval{}, fmt.Errorf("start: %w", err)
	}
	end, err := parseClock(strings.TrimSpace(b))
	if err != nil {
		return Interval{}, fmt.Errorf("end: %w", err)
	}
	i := Interval{Start: start, End: end}
	if err := i.validate(); err != nil {
		return Interval{}, err
	}
	return i, nil
}

// parseClock parses "H:MM", "HH:MM" or "HH:MM:SS" into seconds since
// midnight; "24:00" (and "24:00:00") gives 86400.
func parseClock(s string) (int, error) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, fmt.Errorf("bad time %q (want HH:MM)", s)
	}
	h, ok := digits(parts[0], 1, 2)
	if !ok {
		return 0, fmt.Errorf("bad hour %q", parts[0])
	}
	m, ok := digits(parts[1], 2, 2)
	if !ok {
		return 0, fmt.Errorf("bad minute %q", parts[1])
	}
	sec := 0
	if len(parts) == 3 {
		if sec, ok = digits(parts[2], 2, 2); !ok {
			return 0, fmt.Errorf("bad second %q", parts[2])
		}
	}
	switch {
	case h > 24:
		return 0, fmt.Errorf("bad hour %d", h)
	case m > 59:
		return 0, fmt.Errorf("bad minute %d", m)
	case sec > 59:
		return 0, fmt.Errorf("bad second %d", sec)
	case h == 24 && (m != 0 || sec != 0):
		return 0, fmt.Errorf("bad time %q (nothing after 24:00)", s)
	}
	return h*3600 + m*60 + sec, nil
}

// digits parses an unsigned decimal of min to max ASCII digits.
func digits(s string, minLen, maxLen int) (int, bool) {
	if len(s) < minLen || len(s) > maxLen {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// validate checks 0 <= Start < End <= 86400.
func (i Interval) validate() error {
	switch {
	case i.Start < 0 || i.Start >= secondsPerDay:
		return fmt.Errorf("start %s out of range 00:00..23:59:59", clock(i.Start))
	case i.End <= 0 || i.End > secondsPerDay:
		return fmt.Errorf("end %s out of range 00:00:01..24:00", clock(i.End))
	case i.End == i.Start:
		return fmt.Errorf("empty interval (end %s equals start)", clock(i.End))
	case i.End < i.Start:
		return fmt.Errorf("end %s before start %s", clock(i.End), clock(i.Start))
	}
	return nil
}

// String formats the interval as "08:00-12:00" ("08:00:30-12:00" when
// seconds are set; an end of 86400 is "24:00").
func (i Interval) String() string {
	return clock(i.Start) + "-" + clock(i.End)
}

// clock formats seconds since midnight as HH:MM or HH:MM:SS. Values out of
// the day are printed as plain seconds so that error messages stay truthful.
func clock(sec int) string {
	if sec < 0 || sec > secondsPerDay {
		return fmt.Sprintf("%ds", sec)
	}
	h, m, s := sec/3600, sec/60%60, sec%60
	if s != 0 {
		return fmt.Sprintf("%02d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%02d:%02d", h, m)
}

// Date is a local calendar date, without a zone.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate parses an ISO 8601 calendar date, "2026-12-25".
func ParseDate(s string) (Date, error) {
	d, err := parseDate(s)
	if err != nil {
		return Date{}, fmt.Errorf("calendar: date %q: %w", s, err)
	}
	return d, nil
}

func parseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, errors.New("want YYYY-MM-DD")
	}
	y, ok1 := digits(s[0:4], 4, 4)
	m, ok2 := digits(s[5:7], 2, 2)
	d, ok3 := digits(s[8:10], 2, 2)
	if !ok1 || !ok2 || !ok3 {
		return Date{}, errors.New("want YYYY-MM-DD")
	}
	date := Date{Year: y, Month: time.Month(m), Day: d}
	if err := date.validate(); err != nil {
		return Date{}, err
	}
	return date, nil
}

// validate checks that the date exists in the proleptic Gregorian calendar,
// years 1 to 9999.
func (d Date) validate() error {
	switch {
	case d.Year < 1 || d.Year > 9999:
		return fmt.Errorf("bad year %d", d.Year)
	case d.Month < time.January || d.Month > time.December:
		return fmt.Errorf("bad month %d", int(d.Month))
	case d.Day < 1 || d.Day > daysIn(d.Year, d.Month):
		return fmt.Errorf("bad day %d for %04d-%02d", d.Day, d.Year, int(d.Month))
	}
	return nil
}

// String formats the date as "2026-12-25".
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Weekday returns the day of the week of the date.
func (d Date) Weekday() time.Weekday {
	return weekdayOf(d.dayNumber())
}

// dayNumber returns the number of days since 1970-01-01 (negative before).
func (d Date) dayNumber() int64 {
	return daysFromCivil(int64(d.Year), int64(d.Month), int64(d.Day))
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// daysFromCivil converts a proleptic Gregorian date to days since
// 1970-01-01 (H. Hinnant's algorithm).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// weekdayOf returns the weekday of a day number (1970-01-01 was a Thursday).
func weekdayOf(day int64) time.Weekday {
	return time.Weekday(floorMod(day+4, 7))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 {
	return a - floorDiv(a, b)*b
}
