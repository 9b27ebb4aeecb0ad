package monthly

import (
	"fmt"
	"math"
	"slices"
)

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

// applies tells whether the objective counts a ticket, and whether it breached.
func (o *Objective) applies(f *Figures) (counted, breached bool) {
	if len(o.Priorities) > 0 && !slices.Contains(o.Priorities, f.Priority) {
		return false, false
	}
	switch o.Clock {
	case ClockFirstResponse:
		return f.FirstResponse.HasTarget, f.FirstResponse.Breached()
	case ClockResolution:
		return f.Resolution.HasTarget, f.Resolution.Breached()
	case ClockUpdates:
		return f.UpdateTarget, f.UpdateBreaches > 0
	}
	return false, false
}

// Budget is an objective's error budget for a month.
type Budget struct {
	Objective
	// Tickets counts the tickets the objective covers; Met those that met it.
	Tickets int `json:"tickets"`
	Met     int `json:"met"`
	// AchievedPercent is Met / Tickets to one decimal; null without tickets.
	AchievedPercent *float64 `json:"achieved_percent"`
	// Allowed is the month's budget: (100 - target) % of Tickets, in breaches.
	Allowed float64 `json:"allowed_breaches"`
	// Used is the month's breaches; Left is Allowed - Used (negative when overspent).
	Used int     `json:"used_breaches"`
	Left float64 `json:"left_breaches"`
	// Exhausted is true when breaches used up the budget.
	Exhausted bool `json:"exhausted"`
	// Burn is the share of the budget used in each of the last six months,
	// oldest first, this month last (burn_percent is null for a month whose
	// budget is zero).
	Burn []BurnMonth `json:"burn"`
}

// BurnMonth is one month of an error budget's burn.
type BurnMonth struct {
	Month   string   `json:"month"`
	Tickets int      `json:"tickets"`
	Used    int      `json:"used_breaches"`
	Allowed float64  `json:"allowed_breaches"`
	Percent *float64 `json:"burn_percent"`
}

// budgetOf computes a budget from the counts of one month.
func budgetOf(o Objective, tickets, breaches int) Budget {
	b := Budget{Objective: o, Tickets: tickets, Met: tickets - breaches, Used: breaches}
	b.AchievedPercent = percent(b.Met, tickets)
	b.Allowed = round1(float64(tickets) * (100 - o.TargetPercent) / 100)
	b.Left = round1(b.Allowed - float64(breaches))
	b.Exhausted = breaches > 0 && float64(breaches) >= b.Allowed
	return b
}

func burnOf(month string, tickets, breaches int, o Objective) BurnMonth {
	allowed := round1(float64(tickets) * (100 - o.TargetPercent) / 100)
	m := BurnMonth{Month: month, Tickets: tickets, Used: breaches, Allowed: allowed}
	if allowed > 0 {
		p := round1(float64(breaches) * 100 / allowed)
		m.Percent = &p
	}
	return m
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
