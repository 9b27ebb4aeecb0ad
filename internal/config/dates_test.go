package config

import (
	"strings"
	"testing"
	"time"
)

const datesBase = `slas:
  s:
    calendar: c
    first_response: 1h
calendars:
  c:
    timezone: UTC
    always_open: true
`

func TestDates(t *testing.T) {
	c, err := Parse([]byte(datesBase+"dates:\n  earliest: 1950-06-01\n  years_ahead: 5\n"), "d.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(1950, 6, 1, 0, 0, 0, 0, time.UTC); !c.Dates.Earliest.Equal(want) || c.Dates.YearsAhead != 5 {
		t.Errorf("dates = %+v", c.Dates)
	}
	c, err = Parse([]byte(datesBase), "d.yaml")
	if err != nil || !c.Dates.Earliest.IsZero() || c.Dates.YearsAhead != 0 {
		t.Errorf("no dates section: %+v, %v", c.Dates, err)
	}
	for in, want := range map[string]string{
		"dates:\n  earliest: yesterday\n": `dates.earliest: "yesterday" is not a date`,
		"dates:\n  years_ahead: 0\n":      "dates.years_ahead: 0 is not between 1 and 1000",
		"dates:\n  years_ahead: 5000\n":   "dates.years_ahead: 5000 is not between 1 and 1000",
	} {
		if _, err := Parse([]byte(datesBase+in), "d.yaml"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", in, err, want)
		}
	}
}

// TestParseDeepYAML: a configuration nested without end is an error, not a
// stack overflow.
func TestParseDeepYAML(t *testing.T) {
	for name, doc := range map[string]string{
		"flow sequences":  "slas: " + strings.Repeat("[", 100_000),
		"flow mappings":   "slas: " + strings.Repeat("{a: ", 100_000),
		"block sequences": "slas:\n" + strings.Repeat("- ", 100_000) + "x\n",
	} {
		if _, err := Parse([]byte(doc), "deep.yaml"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
