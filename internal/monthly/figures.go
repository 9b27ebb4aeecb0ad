package monthly

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/sla"
)

// Figures are the per-ticket figures the monthly reports aggregate: one row
// per ticket, from its latest analysis, kept by the store as columns so that a
// month is read without decoding any analysis.
type Figures struct {
	TicketID    string
	Analysis    int // the analysis version the figures come from
	Customer    string
	Team        string
	Priority    string
	SLA         string
	CloseReason string
	Subject     string
	ClosedAt    time.Time
	AutoClosed  bool
	// Chased is true when the customer asked for news at least once.
	Chased        bool
	FirstResponse Clock
	Resolution    Clock
	// UpdateTarget is true when the ticket's SLA sets an update target;
	// UpdateBreaches counts the gaps between updates over it.
	UpdateTarget   bool
	UpdateBreaches int
	// Impact is the duration of impact; ImpactKnown is false when nothing in
	// the ticket says the service was restored.
	Impact      time.Duration
	ImpactKnown bool
	// Cost is the cost of downtime in whole currency units, 0 when not configured.
	Cost     int64
	Currency string
	// Factors are the contributing-factor categories, sorted, without repeats.
	Factors []string
	// Cause is the first stated root cause, "" when none was found.
	Cause string
	// Directives are the directives a to-improve finding cites, sorted.
	Directives []int
}

// Clock is one SLA clock's outcome.
type Clock struct {
	// HasTarget is true when the ticket's SLA sets a target for the clock.
	HasTarget bool
	// Stopped is true when the clock stopped (first response given, ticket closed).
	Stopped bool
	// Met is true when the clock stopped within target + grace.
	Met bool
	// Business and Elapsed are the clock's duration in seconds (0 when not stopped).
	Business, Elapsed int64
	// Over is the business time past target + grace when breached, in seconds.
	Over int64
}

// Breached tells whether the clock has a target and missed it.
func (c Clock) Breached() bool { return c.HasTarget && !c.Met }

// FiguresOf computes the figures of an analysis.
func FiguresOf(a *analysis.Analysis, version int) Figures {
	f := &a.Facts
	out := Figures{
		TicketID:    f.TicketID,
		Analysis:    version,
		Customer:    f.Customer,
		Team:        f.Team,
		Priority:    f.Priority,
		CloseReason: f.CloseReason,
		Subject:     f.Subject,
		ClosedAt:    f.ClosedAt.UTC(),
		AutoClosed:  f.AutoClosed,
		Chased:      len(f.Chases) > 0,
		ImpactKnown: f.Impact.Restored,
		Cost:        f.Impact.Cost,
		Currency:    f.Impact.Currency,
	}
	if out.ImpactKnown {
		out.Impact = f.Impact.Duration
	}
	if r := f.Stats; r != nil {
		out.SLA = r.SLA
		if out.Priority == "" {
			out.Priority = r.Priority
		}
		out.FirstResponse = clockOf(r.FirstResponse, r.GraceSeconds)
		out.Resolution = clockOf(r.Resolution, r.GraceSeconds)
		out.UpdateTarget = r.Updates.TargetSeconds != nil
		out.UpdateBreaches = r.Updates.Breaches
	}
	for _, fa := range f.Factors {
		out.Factors = append(out.Factors, string(fa.Category))
	}
	slices.Sort(out.Factors)
	out.Factors = slices.Compact(out.Factors)
	if len(f.Causes) > 0 {
		out.Cause = f.Causes[0].Text
	}
	for _, fi := range a.Findings {
		if fi.Kind == analysis.ToImprove && fi.Directive > 0 {
			out.Directives = append(out.Directives, fi.Directive)
		}
	}
	slices.Sort(out.Directives)
	out.Directives = slices.Compact(out.Directives)
	return out
}

// FiguresFromJSON computes the figures from an analysis stored as JSON (the
// store's facts column), for archives made before the figures were kept.
func FiguresFromJSON(facts []byte, version int) (Figures, error) {
	var a analysis.Analysis
	if err := json.Unmarshal(facts, &a); err != nil {
		return Figures{}, fmt.Errorf("monthly: decode analysis: %w", err)
	}
	return FiguresOf(&a, version), nil
}

func clockOf(c sla.ClockReport, grace int64) Clock {
	out := Clock{HasTarget: c.TargetSeconds != nil, Stopped: c.At != nil}
	if c.BusinessSeconds != nil {
		out.Business = *c.BusinessSeconds
	}
	if c.ElapsedSeconds != nil {
		out.Elapsed = *c.ElapsedSeconds
	}
	if c.WithinSLA != nil {
		out.Met = *c.WithinSLA
	}
	if out.HasTarget && !out.Met && out.Stopped {
		out.Over = max(0, out.Business-(*c.TargetSeconds+grace))
	}
	return out
}
