package timefmt

import (
	"testing"
	"time"
)

func TestDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0 seconds"},
		{time.Second, "1 second"},
		{59 * time.Second, "59 seconds"},
		{697 * time.Second, "11 minutes"},
		{23*time.Minute + 20*time.Second, "23 minutes"},
		{59*time.Minute + 59*time.Second, "59 minutes"},
		{time.Hour, "1 hour"},
		{time.Hour + 59*time.Second, "1 hour"},
		{2*time.Hour + 5*time.Minute, "2 hours 5 minutes"},
		{86404 * time.Second, "1 day 0 hours 0 minutes"},
		{3*24*time.Hour + 61*time.Minute, "3 days 1 hour 1 minute"},
		{-90 * time.Second, "-1 minute"},
	}
	for _, tc := range tests {
		if got := Duration(tc.d); got != tc.want {
			t.Errorf("Duration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if got := DurationExact(697 * time.Second); got != "11 minutes (697s)" {
		t.Errorf("DurationExact = %q", got)
	}
	if got := DurationExact(15 * time.Second); got != "15 seconds" {
		t.Errorf("DurationExact(15s) = %q", got)
	}
}

func TestZone(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	ts := time.Date(2026, 7, 1, 7, 5, 56, 0, time.UTC)
	z := In(london)
	if got := z.Stamp(ts); got != "2026-07-01 08:05:56" {
		t.Errorf("Stamp = %q", got)
	}
	if got := z.Long(ts); got != "1 July 2026, 08:05:56" {
		t.Errorf("Long = %q", got)
	}
	if got := In(nil).Clock(ts); got != "07:05:56" {
		t.Errorf("Clock = %q", got)
	}
	if got := Offset(ts, ts.Add(86404*time.Second)); got != "+1d 0:00:04" {
		t.Errorf("Offset = %q", got)
	}
	if got := Offset(ts, ts.Add(697*time.Second)); got != "+0:11:37" {
		t.Errorf("Offset = %q", got)
	}
}
