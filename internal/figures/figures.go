// Package figures holds the per-ticket figures that collective reports
// aggregate (one row per ticket, from its latest analysis, kept by the store
// as columns) and the MinHash signature that groups tickets into themes.
package figures

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

// Of computes the figures of an analysis.
func Of(a *analysis.Analysis, version int) Figures {
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
		out.Cause = f.Causes[f.MainCause(false)].Text
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

// Scope narrows a report: one customer (the external version), one team, or all.
type Scope struct {
	Customer string `json:"customer,omitempty"`
	Team     string `json:"team,omitempty"`
}

// Tally counts one priority's tickets of a period for the trend charts and
// the error-budget burn; the store computes it in SQL.
type Tally struct {
	Priority        string
	Tickets         int
	FRTarget, FRMet int
	ResTarget       int
	ResMet          int
	UpdTarget       int
	UpdBreached     int
}

// ActionItem is a corrective or preventive action with its life so far.
type ActionItem struct {
	ID       int64     `json:"id"`
	TicketID string    `json:"ticket"`
	Customer string    `json:"customer,omitempty"`
	Code     string    `json:"code"`
	Title    string    `json:"title"`
	Owner    string    `json:"owner,omitempty"`
	Category string    `json:"category"`
	Due      time.Time `json:"due,omitzero"`
	Status   string    `json:"status"`
	OpenedAt time.Time `json:"opened_at"`
	DoneAt   time.Time `json:"done_at,omitzero"`
	// OwnerSet and DueSet tell that a person set the owner or the due date;
	// By is who made the latest change.
	OwnerSet bool   `json:"owner_set,omitempty"`
	DueSet   bool   `json:"due_set,omitempty"`
	By       string `json:"by,omitempty"`
	// AgeDays is how long the action has been open, at the report's time.
	AgeDays int `json:"age_days"`
}

// OwnerCount is how many actions an owner holds.
type OwnerCount struct {
	Owner   string `json:"owner"`
	Open    int    `json:"open"`
	Overdue int    `json:"overdue"`
	Done    int    `json:"done"`
}

// ActionStats is the follow-up of corrective and preventive actions.
type ActionStats struct {
	// Opened counts actions opened in the month; Done those done in the month.
	Opened int `json:"opened"`
	Done   int `json:"done"`
	// Overdue counts open actions past their due date at the report's time;
	// Open every open action opened before the month ended.
	Overdue int `json:"overdue"`
	// Open counts every open action; Earlier those opened before the month.
	Open    int `json:"open"`
	Earlier int `json:"earlier_open"`
	// OpenPlans counts the month's tickets with an action still open.
	OpenPlans int          `json:"tickets_with_open_actions"`
	ByOwner   []OwnerCount `json:"by_owner"`
	// OverdueItems are the longest-overdue actions; EarlierItems the oldest
	// actions of earlier months still open (at most a few dozen each).
	OverdueItems []ActionItem `json:"overdue_items"`
	EarlierItems []ActionItem `json:"earlier_items"`
}

// Decode reads an analysis stored as JSON (the store's facts column) and
// returns its figures and its actions, for archives made before figures and
// action items were kept.
func Decode(facts []byte, version int) (Figures, []analysis.Action, error) {
	var a analysis.Analysis
	if err := json.Unmarshal(facts, &a); err != nil {
		return Figures{}, nil, fmt.Errorf("figures: decode analysis: %w", err)
	}
	return Of(&a, version), a.Actions, nil
}

// The clocks an objective can measure.
const (
	ClockFirstResponse = "first_response"
	ClockResolution    = "resolution"
	ClockUpdates       = "updates"
)

// Clocks lists the clock names an objective may use.
var Clocks = []string{ClockFirstResponse, ClockResolution, ClockUpdates}

// Objective is a service-level objective with an error budget: the share of
// tickets that must meet a clock's target.
type Objective struct {
	Name  string `yaml:"name" json:"name"`
	Clock string `yaml:"clock" json:"clock"`
	// Priorities limits the objective to tickets of these priorities; empty for all.
	Priorities    []string `yaml:"priorities" json:"priorities,omitempty"`
	TargetPercent float64  `yaml:"target_percent" json:"target_percent"`
	// Policy is what the organisation does when the budget is exhausted.
	Policy string `yaml:"policy" json:"policy,omitempty"`
}

// Validate checks the objective's fields.
func (o *Objective) Validate() error {
	if o.Name == "" {
		return fmt.Errorf("an objective needs a name")
	}
	if !slices.Contains(Clocks, o.Clock) {
		return fmt.Errorf("objective %q: unknown clock %q (known: %v)", o.Name, o.Clock, Clocks)
	}
	if !(o.TargetPercent > 0 && o.TargetPercent <= 100) {
		return fmt.Errorf("objective %q: target_percent %v is not in (0, 100]", o.Name, o.TargetPercent)
	}
	return nil
}
