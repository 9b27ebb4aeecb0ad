package config

import (
	"fmt"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// datesFile is the dates section: the range of plausible ticket timestamps.
type datesFile struct {
	// Earliest is a date (2006-01-02) or an RFC 3339 timestamp.
	Earliest   string `yaml:"earliest"`
	YearsAhead *int   `yaml:"years_ahead"`
}

// maxYearsAhead keeps the latest accepted date far inside what durations and
// JSON timestamps can hold.
const maxYearsAhead = 1000

func (v *validator) dates(f datesFile) ticket.Dates {
	var d ticket.Dates
	if f.Earliest != "" {
		t, err := time.Parse(time.DateOnly, f.Earliest)
		if err != nil {
			t, err = time.Parse(time.RFC3339, f.Earliest)
		}
		switch {
		case err != nil:
			v.fail([]string{"dates", "earliest"}, "dates.earliest", fmt.Sprintf("%q is not a date (like 1970-01-01)", f.Earliest))
		case t.Year() < 1:
			v.fail([]string{"dates", "earliest"}, "dates.earliest", fmt.Sprintf("%q is before the year 1", f.Earliest))
		default:
			d.Earliest = t.UTC()
		}
	}
	if f.YearsAhead != nil {
		if n := *f.YearsAhead; n < 1 || n > maxYearsAhead {
			v.fail([]string{"dates", "years_ahead"}, "dates.years_ahead", fmt.Sprintf("%d is not between 1 and %d", n, maxYearsAhead))
		} else {
			d.YearsAhead = n
		}
	}
	return d
}
