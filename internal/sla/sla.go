// Package sla computes a ticket's performance statistics against a service-level
// policy: first response, resolution, update gaps, reply waits and paused time,
// each in elapsed time and in business time on the policy's calendar.
//
// The rules follow Zammad's escalation model (and Zendesk's "next reply time"
// for reply waits); docs/metrics.md states them precisely. Everything here is
// pure: the same ticket and policy give the same statistics.
package sla

import (
	"github.com/debriefhq/debrief/internal/reader"
	"slices"
	"time"

	"github.com/debriefhq/debrief/internal/calendar"
)

// Targets are the time limits a policy sets. A zero target means "none".
type Targets struct {
	FirstResponse time.Duration
	Update        time.Duration
	Resolution    time.Duration
}

// Policy is a service-level agreement: targets measured on a business calendar.
type Policy struct {
	Name         string
	CalendarName string
	Calendar     *calendar.Calendar
	Targets
	// Grace is the tolerance added to every target before it counts as breached.
	// Due times exclude it.
	Grace time.Duration
	// PauseStates are the ticket states that stop every clock.
	PauseStates []string
	// Priorities override the policy-level targets for a ticket priority; a zero
	// field in an override keeps the policy-level target.
	Priorities map[string]Targets
	// Automatic tells how automatic messages are recognised (robot authors);
	// nil applies the reader's defaults. Automatic messages are not responses.
	Automatic *reader.Options
}

// TargetsFor returns the targets that apply to a ticket of the given priority.
func (p *Policy) TargetsFor(priority string) Targets {
	t := p.Targets
	if o, ok := p.Priorities[priority]; ok {
		if o.FirstResponse > 0 {
			t.FirstResponse = o.FirstResponse
		}
		if o.Update > 0 {
			t.Update = o.Update
		}
		if o.Resolution > 0 {
			t.Resolution = o.Resolution
		}
	}
	return t
}

// Pauses reports whether state stops the clock under this policy.
func (p *Policy) Pauses(state string) bool { return slices.Contains(p.PauseStates, state) }

// Span is a stretch of time [Start, End).
type Span struct {
	Start, End time.Time
}

// Clock measures business time on a calendar with paused stretches removed.
type Clock struct {
	cal    *calendar.Calendar
	pauses []Span // sorted, disjoint
}

// NewClock returns a clock on cal that does not run during pauses (sorted, disjoint).
func NewClock(cal *calendar.Calendar, pauses []Span) *Clock {
	return &Clock{cal: cal, pauses: pauses}
}

// Between returns the business time in [a, b) outside the paused stretches.
func (c *Clock) Between(a, b time.Time) time.Duration {
	if !b.After(a) {
		return 0
	}
	d := c.cal.Between(a, b)
	for _, p := range c.pauses {
		if !p.End.After(a) {
			continue
		}
		if !p.Start.Before(b) {
			break
		}
		s, e := later(p.Start, a), earlier(p.End, b)
		d -= c.cal.Between(s, e)
	}
	return d
}

// Due returns the latest instant at which the clock started at start has not yet
// exceeded target: where the business clock runs out, or, when it runs out exactly
// at a closing time or the start of a pause, the instant the clock resumes.
// ok is false when the calendar never opens again.
func (c *Clock) Due(start time.Time, target time.Duration) (due time.Time, ok bool) {
	cur, remaining := start, target
	for _, p := range c.pauses {
		if !p.End.After(cur) {
			continue
		}
		if p.Start.After(cur) {
			seg := c.cal.Between(cur, p.Start)
			if seg > remaining {
				return c.cal.Add(cur, remaining)
			}
			remaining -= seg
		}
		cur = p.End
	}
	return c.cal.Add(cur, remaining)
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
