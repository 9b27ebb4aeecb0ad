package timefmt

import (
	"fmt"
	"math"
	"strconv"
	"testing"
	"time"
)

// The formulas below are the plain ones Duration, DurationExact and Offset
// were first written as; the functions now append into one buffer, and must
// say the same thing for every duration.

func plainDuration(d time.Duration) string {
	if d < 0 {
		return "-" + plainDuration(-d)
	}
	secs := int64(d / time.Second)
	days, secs := secs/86400, secs%86400
	hours, secs := secs/3600, secs%3600
	mins, secs := secs/60, secs%60
	plural := func(n int64, unit string) string {
		s := strconv.FormatInt(n, 10) + " " + unit
		if n != 1 {
			s += "s"
		}
		return s
	}
	switch {
	case days > 0:
		return plural(days, "day") + " " + plural(hours, "hour") + " " + plural(mins, "minute")
	case hours > 0 && mins == 0:
		return plural(hours, "hour")
	case hours > 0:
		return plural(hours, "hour") + " " + plural(mins, "minute")
	case mins > 0:
		return plural(mins, "minute")
	default:
		return plural(secs, "second")
	}
}

func plainDurationExact(d time.Duration) string {
	if d > -time.Minute && d < time.Minute {
		return plainDuration(d)
	}
	return fmt.Sprintf("%s (%ds)", plainDuration(d), int64(d/time.Second))
}

func plainOffset(origin, t time.Time) string {
	d := t.Sub(origin)
	sign := "+"
	if d < 0 {
		sign, d = "-", -d
	}
	secs := int64(d / time.Second)
	days := secs / 86400
	secs %= 86400
	s := sign
	if days > 0 {
		s += fmt.Sprintf("%dd ", days)
	}
	return s + fmt.Sprintf("%d:%02d:%02d", secs/3600, secs%3600/60, secs%60)
}

func checkSame(t *testing.T, d time.Duration) {
	t.Helper()
	if d == math.MinInt64 {
		return // the plain formulas recurse forever or overflow there
	}
	if g, w := Duration(d), plainDuration(d); g != w {
		t.Errorf("Duration(%d) = %q, want %q", d, g, w)
	}
	if g, w := DurationExact(d), plainDurationExact(d); g != w {
		t.Errorf("DurationExact(%d) = %q, want %q", d, g, w)
	}
	origin := time.Date(2026, 2, 17, 8, 5, 56, 0, time.UTC)
	if g, w := Offset(origin, origin.Add(d)), plainOffset(origin, origin.Add(d)); g != w {
		t.Errorf("Offset(+%d) = %q, want %q", d, g, w)
	}
}

func TestAppendedFormsAreThePlainOnes(t *testing.T) {
	for _, d := range []time.Duration{0, 1, time.Second - 1, time.Second, 59 * time.Second, time.Minute, time.Minute + time.Second,
		time.Hour, time.Hour + time.Minute, 24 * time.Hour, 25*time.Hour + 61*time.Second, 99 * 24 * time.Hour, 10000 * 24 * time.Hour,
		math.MaxInt64, math.MinInt64 + 1} {
		checkSame(t, d)
		checkSame(t, -d)
	}
	if got := Duration(math.MinInt64); got != "-106751 days 23 hours 47 minutes" {
		t.Errorf("Duration(MinInt64) = %q", got)
	}
}

func FuzzAppendedForms(f *testing.F) {
	f.Add(int64(697 * time.Second))
	f.Add(int64(-90061 * time.Second))
	f.Fuzz(func(t *testing.T, n int64) { checkSame(t, time.Duration(n)) })
}
