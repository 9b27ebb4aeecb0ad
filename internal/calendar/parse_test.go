package calendar

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

func TestParseInterval(t *testing.T) {
	tests := []struct {
		in      string
		want    Interval
		wantErr string // substring of the error; "" means success
	}{
		{in: "08:00-12:00", want: Interval{8 * 3600, 12 * 3600}},
		{in: "13:00-24:00", want: Interval{13 * 3600, 86400}},
		{in: "00:00-24:00", want: Interval{0, 86400}},
		{in: "8:30-17:30", want: Interval{8*3600 + 1800, 17*3600 + 1800}},
		{in: " 08:00 - 12:00 ", want: Interval{8 * 3600, 12 * 3600}},
		{in: "08:00:30-08:00:45", want: Interval{8*3600 + 30, 8*3600 + 45}},
		{in: "23:59:59-24:00:00", want: Interval{86399, 86400}},
		{in: "12:00-08:00", wantErr: "end 08:00 before start 12:00"},
		{in: "08:00-08:00", wantErr: "empty interval"},
		{in: "25:00-26:00", wantErr: "bad hour 25"},
		{in: "08:61-09:00", wantErr: "bad minute 61"},
		{in: "08:00:60-09:00", wantErr: "bad second 60"},
		{in: "24:00-24:00", wantErr: "start 24:00 out of range"},
		{in: "08:00-24:01", wantErr: "nothing after 24:00"},
		{in: "08:00", wantErr: `missing "-"`},
		{in: "0800-1200", wantErr: "bad time"},
		{in: "08:0-12:00", wantErr: `bad minute "0"`},
		{in: "+8:00-12:00", wantErr: `bad hour "+8"`},
		{in: "08:00-12:00-13:00", wantErr: "end"},
		{in: "", wantErr: `missing "-"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseInterval(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseInterval(%q) = %v, %v; want error containing %q", tt.in, got, err, tt.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "calendar: interval ") {
					t.Errorf("error %q lacks the package prefix", err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseInterval(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestIntervalString(t *testing.T) {
	tests := []struct {
		in   Interval
		want string
	}{
		{Interval{8 * 3600, 12 * 3600}, "08:00-12:00"},
		{Interval{13 * 3600, 86400}, "13:00-24:00"},
		{Interval{0, 90}, "00:00-00:01:30"},
		{Interval{-5, 90000}, "-5s-90000s"}, // out of range stays truthful
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr string
	}{
		{in: "2026-12-25", want: Date{2026, time.December, 25}},
		{in: "2024-02-29", want: Date{2024, time.February, 29}},
		{in: "2000-02-29", want: Date{2000, time.February, 29}},
		{in: "0001-01-01", want: Date{1, time.January, 1}},
		{in: "2026-02-29", wantErr: "bad day 29 for 2026-02"},
		{in: "1900-02-29", wantErr: "bad day 29 for 1900-02"},
		{in: "2026-04-31", wantErr: "bad day 31"},
		{in: "2026-13-01", wantErr: "bad month 13"},
		{in: "2026-00-10", wantErr: "bad month 0"},
		{in: "0000-01-01", wantErr: "bad year 0"},
		{in: "2026-1-01", wantErr: "want YYYY-MM-DD"},
		{in: "2026/12/25", wantErr: "want YYYY-MM-DD"},
		{in: "2026-12-2x", wantErr: "want YYYY-MM-DD"},
		{in: "", wantErr: "want YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseDate(%q) = %v, %v; want error containing %q", tt.in, got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
		})
	}
}

// TestDayNumber checks the civil-day arithmetic against the time package.
func TestDayNumber(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		u := r.Int64N(maxSec-minSec) + minSec
		tm := time.Unix(u, 0).UTC()
		d := Date{tm.Year(), tm.Month(), tm.Day()}
		if got, want := d.dayNumber(), floorDiv(u, secondsPerDay); got != want {
			t.Fatalf("%v.dayNumber() = %d, want %d", d, got, want)
		}
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", d, d.Weekday(), tm.Weekday())
		}
	}
}

func FuzzParseInterval(f *testing.F) {
	for _, s := range []string{"08:00-12:00", "13:00-24:00", "8:30-9:00:01", "24:00-01:00", "x", "-", "00:00-00:00:01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iv, err := ParseInterval(s)
		if err != nil {
			if iv != (Interval{}) {
				t.Fatalf("error with non-zero interval %v", iv)
			}
			return
		}
		if iv.Start < 0 || iv.Start >= iv.End || iv.End > secondsPerDay {
			t.Fatalf("ParseInterval(%q) = %v, out of range", s, iv)
		}
		back, err := ParseInterval(iv.String())
		if err != nil || back != iv {
			t.Fatalf("round trip of %q: %q gives %v, %v", s, iv.String(), back, err)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-12-25", "2024-02-29", "2026-02-29", "9999-12-31", "0000-00-00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		// time.Date normalises impossible dates; a valid one survives as is.
		tm := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		if tm.Year() != d.Year || tm.Month() != d.Month || tm.Day() != d.Day {
			t.Fatalf("ParseDate(%q) accepted a date time.Date normalises to %v", s, tm)
		}
	})
}
