package monthly

import (
	"github.com/debriefhq/debrief/internal/figures"
	"math"
	"slices"
)

// applies tells whether the objective counts a ticket, and whether it breached.
func applies(o *figures.Objective, f *figures.Figures) (counted, breached bool) {
	if len(o.Priorities) > 0 && !slices.Contains(o.Priorities, f.Priority) {
		return false, false
	}
	switch o.Clock {
	case figures.ClockFirstResponse:
		return f.FirstResponse.HasTarget, f.FirstResponse.Breached()
	case figures.ClockResolution:
		return f.Resolution.HasTarget, f.Resolution.Breached()
	case figures.ClockUpdates:
		return f.UpdateTarget, f.UpdateBreaches > 0
	}
	return false, false
}

// Budget is an objective's error budget for a month.
type Budget struct {
	figures.Objective
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
func budgetOf(o figures.Objective, tickets, breaches int) Budget {
	b := Budget{Objective: o, Tickets: tickets, Met: tickets - breaches, Used: breaches}
	b.AchievedPercent = percent(b.Met, tickets)
	b.Allowed = round1(float64(tickets) * (100 - o.TargetPercent) / 100)
	b.Left = round1(b.Allowed - float64(breaches))
	b.Exhausted = breaches > 0 && float64(breaches) >= b.Allowed
	return b
}

func burnOf(month string, tickets, breaches int, o figures.Objective) BurnMonth {
	allowed := round1(float64(tickets) * (100 - o.TargetPercent) / 100)
	m := BurnMonth{Month: month, Tickets: tickets, Used: breaches, Allowed: allowed}
	if allowed > 0 {
		p := round1(float64(breaches) * 100 / allowed)
		m.Percent = &p
	}
	return m
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
