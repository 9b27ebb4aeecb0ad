// Package timefmt is the one place where debrief turns instants and durations
// into words, so that every report states a date or a length of time the same
// way everywhere it appears.
package timefmt

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Duration spells d in words at minute precision: "42 seconds", "11 minutes",
// "1 hour", "2 hours 5 minutes", "1 day 0 hours 0 minutes". It truncates, never rounds up,
// so a duration is never described as longer than it was.
func Duration(d time.Duration) string {
	var buf [48]byte
	return string(appendDuration(buf[:0], d))
}

// appendDuration appends Duration(d) to b: a report formats hundreds of
// durations, and building each in one buffer costs a tenth of the strings.
func appendDuration(b []byte, d time.Duration) []byte {
	if d < 0 {
		b = append(b, '-')
		if d == math.MinInt64 { // -d would overflow; the seconds do not
			return appendParts(b, -(int64(d) / int64(time.Second)))
		}
		d = -d
	}
	return appendParts(b, int64(d/time.Second))
}

func appendParts(b []byte, secs int64) []byte {
	days, secs := secs/86400, secs%86400
	hours, secs := secs/3600, secs%3600
	mins, secs := secs/60, secs%60
	switch {
	case days > 0:
		b = appendPlural(b, days, "day")
		b = appendPlural(append(b, ' '), hours, "hour")
		return appendPlural(append(b, ' '), mins, "minute")
	case hours > 0 && mins == 0:
		return appendPlural(b, hours, "hour")
	case hours > 0:
		b = appendPlural(b, hours, "hour")
		return appendPlural(append(b, ' '), mins, "minute")
	case mins > 0:
		return appendPlural(b, mins, "minute")
	default:
		return appendPlural(b, secs, "second")
	}
}

// DurationExact is Duration followed by the exact number of seconds: "11 minutes (697s)".
// Under a minute the words are already exact: "15 seconds".
func DurationExact(d time.Duration) string {
	var buf [64]byte
	b := appendDuration(buf[:0], d)
	if d <= -time.Minute || d >= time.Minute {
		b = append(strconv.AppendInt(append(b, " ("...), int64(d/time.Second), 10), "s)"...)
	}
	return string(b)
}

func appendPlural(b []byte, n int64, unit string) []byte {
	b = append(strconv.AppendInt(b, n, 10), ' ')
	b = append(b, unit...)
	if n != 1 {
		b = append(b, 's')
	}
	return b
}

// Zone formats instants in one time zone, stated once per report.
type Zone struct {
	loc *time.Location
}

// In returns a formatter for loc (UTC when nil).
func In(loc *time.Location) Zone {
	if loc == nil {
		loc = time.UTC
	}
	return Zone{loc: loc}
}

// Name is the zone's IANA name, as a report states it once: "times in Europe/London".
func (z Zone) Name() string { return z.loc.String() }

// Location returns the zone.
func (z Zone) Location() *time.Location { return z.loc }

// Stamp formats t as "2026-02-17 08:05:56" in the zone.
func (z Zone) Stamp(t time.Time) string {
	lt := t.In(z.loc)
	y, m, d := lt.Date()
	if y < 0 || y > 9999 {
		return lt.Format(time.DateTime)
	}
	var buf [24]byte
	b := appendTwo(appendTwo(buf[:0], int64(y/100)), int64(y%100))
	b = appendTwo(append(b, '-'), int64(m))
	b = appendTwo(append(b, '-'), int64(d))
	return string(appendHMS(append(b, ' '), lt))
}

// appendHMS appends lt's time of day, "08:05:56".
func appendHMS(b []byte, lt time.Time) []byte {
	h, m, s := lt.Clock()
	b = appendTwo(b, int64(h))
	b = appendTwo(append(b, ':'), int64(m))
	return appendTwo(append(b, ':'), int64(s))
}

// Long formats t as "17 February 2026, 08:05:56" in the zone.
func (z Zone) Long(t time.Time) string { return long(t.In(z.loc)) }

// long is Long of a time already in its zone; the formats are written by hand
// (time.Format parses its layout on every call, and a report formats hundreds).
func long(lt time.Time) string {
	y, m, d := lt.Date()
	if y < 0 || y > 9999 {
		return lt.Format("2 January 2006, 15:04:05")
	}
	var buf [40]byte
	b := appendDate(buf[:0], y, m, d)
	return string(appendHMS(append(b, ", "...), lt))
}

// appendDate appends "17 February 2026" (y in 0-9999).
func appendDate(b []byte, y int, m time.Month, d int) []byte {
	b = append(strconv.AppendInt(b, int64(d), 10), ' ')
	b = append(append(b, m.String()...), ' ')
	return appendTwo(appendTwo(b, int64(y/100)), int64(y%100))
}

// Date formats t's date as "17 February 2026" in the zone.
func (z Zone) Date(t time.Time) string {
	lt := t.In(z.loc)
	y, m, d := lt.Date()
	if y < 0 || y > 9999 {
		return lt.Format("2 January 2006")
	}
	var buf [24]byte
	return string(appendDate(buf[:0], y, m, d))
}

// Clock formats t's time of day as "07:17:33" in the zone.
func (z Zone) Clock(t time.Time) string { return clock(t.In(z.loc)) }

func clock(lt time.Time) string {
	var buf [8]byte
	return string(appendHMS(buf[:0], lt))
}

// Offset formats the time since origin for a timeline: "+0:11:37", "+1d 0:00:04".
func Offset(origin, t time.Time) string {
	d := t.Sub(origin)
	var buf [32]byte
	b := append(buf[:0], '+')
	if d < 0 {
		b[0], d = '-', -d
		if d < 0 { // -d overflowed: 292 years either way
			d = math.MaxInt64
		}
	}
	secs := int64(d / time.Second)
	days := secs / 86400
	secs %= 86400
	if days > 0 {
		b = append(strconv.AppendInt(b, days, 10), "d "...)
	}
	b = append(strconv.AppendInt(b, secs/3600, 10), ':')
	b = appendTwo(b, secs%3600/60)
	b = appendTwo(append(b, ':'), secs%60)
	return string(b)
}

// appendTwo appends n (0-99) in two digits.
func appendTwo(b []byte, n int64) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

// Moment formats t for prose: the time of day alone when t falls on the same local
// date as day ("07:37:20"), else the full date and time ("18 February 2026, 07:06:00").
func (z Zone) Moment(t, day time.Time) string { return z.MomentsOn(day).Format(t) }

// Moments formats instants as Moment does for one day, whose local date it
// works out once.
type Moments struct {
	loc *time.Location
	y   int
	m   time.Month
	d   int
}

// MomentsOn returns the formatter of Moment(t, day) for any t.
func (z Zone) MomentsOn(day time.Time) Moments {
	y, m, d := day.In(z.loc).Date()
	return Moments{loc: z.loc, y: y, m: m, d: d}
}

// Format is Moment(t, day).
func (ms Moments) Format(t time.Time) string {
	lt := t.In(ms.loc)
	if y, m, d := lt.Date(); y == ms.y && m == ms.m && d == ms.d {
		return clock(lt)
	}
	return long(lt)
}

// Amount writes a whole amount with comma separators: 12500 -> "12,500".
func Amount(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
