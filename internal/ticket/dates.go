package ticket

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// Dates bounds the timestamps a ticket may carry: a date outside them is a
// data error (an exporter's "zero date" 0001-01-01, a "never" of 9999-12-31)
// that would otherwise be analysed as centuries of waiting, or fail every
// analysis attempt. The zero value accepts 1970-01-01 to 100 years from now.
type Dates struct {
	// Earliest is the first accepted instant; zero means 1970-01-01T00:00:00Z.
	Earliest time.Time
	// YearsAhead is how far past the present a timestamp may lie; 0 means 100.
	YearsAhead int
	// Now gives the present; nil means time.Now.
	Now func() time.Time
}

// DefaultEarliest is the earliest timestamp accepted by default.
var DefaultEarliest = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// DefaultYearsAhead is how many years past the present a timestamp may lie by default.
const DefaultYearsAhead = 100

// maxSpan is the longest span a duration can hold (about 292 years): a
// ticket whose timestamps lie further apart cannot be measured exactly.
const maxSpan = time.Duration(math.MaxInt64)

// bounds returns the first and last accepted instants.
func (d Dates) bounds() (lo, hi time.Time) {
	lo = d.Earliest
	if lo.IsZero() {
		lo = DefaultEarliest
	}
	years := d.YearsAhead
	if years <= 0 {
		years = DefaultYearsAhead
	}
	now := time.Now
	if d.Now != nil {
		now = d.Now
	}
	return lo.UTC(), now().UTC().AddDate(years, 0, 0)
}

// check reports why ts is not an accepted timestamp, nil if it is.
func (d Dates) check(ts time.Time) error {
	lo, hi := d.bounds()
	if ts.Before(lo) || ts.After(hi) {
		return fmt.Errorf("%s is outside the accepted dates, %s to %s", fmtTime(ts),
			lo.Format(time.DateOnly), hi.Format(time.DateOnly))
	}
	return nil
}

// errSpan says a timestamp lies too far after created_at for its duration to
// be held exactly: an error, never a figure capped at the largest duration.
func errSpan(ts, created time.Time) error {
	if ts.After(created.Add(maxSpan)) {
		return fmt.Errorf("%s is more than %d years after created_at %s: a span that long cannot be measured",
			fmtTime(ts), int(maxSpan.Hours()/24/365.25), fmtTime(created))
	}
	return nil
}

// fmtTime prints t in UTC to the second, as tickets usually give it.
func fmtTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// fmtPair prints two timestamps for a comparison, with the fractions of a
// second when they are what tells the two apart.
func fmtPair(a, b time.Time) (string, string) {
	if a.Truncate(time.Second).Equal(b.Truncate(time.Second)) {
		return a.UTC().Format(time.RFC3339Nano), b.UTC().Format(time.RFC3339Nano)
	}
	return fmtTime(a), fmtTime(b)
}

// errBefore says ts (of field) comes before created_at.
func errBefore(ts, created time.Time) error {
	a, b := fmtPair(ts, created)
	return errors.New(a + " is before created_at " + b)
}

// LastChange is when the ticket last changed: its latest event, its close or
// its creation, whichever is last.
func (t *Ticket) LastChange() time.Time {
	last := t.CreatedAt
	if t.ClosedAt.After(last) {
		last = t.ClosedAt
	}
	for i := range t.Events {
		if t.Events[i].At.After(last) {
			last = t.Events[i].At
		}
	}
	return last
}
