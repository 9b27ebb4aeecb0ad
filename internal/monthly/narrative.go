package monthly

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DeterministicNarrative writes the summary paragraph from the report's
// figures alone: every number in it is one of the report's.
func (r *Report) DeterministicNarrative() string {
	from, _ := time.Parse(time.RFC3339, r.From)
	loc, err := time.LoadLocation(r.Timezone)
	if err == nil {
		from = from.In(loc)
	}
	month := from.Format("January 2006")
	if r.Tickets == 0 {
		return fmt.Sprintf("No ticket closed in %s.", month)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s closed in %s.", plural(r.Tickets, "ticket"), month)
	if r.FirstResponse.WithinSLAPercent != nil {
		fmt.Fprintf(&b, " %s of the %s with a first-response target met it%s.", pctText(r.FirstResponse.WithinSLAPercent),
			plural(r.FirstResponse.WithTarget, "ticket"), r.change(func(s *Summary) *float64 { return s.FirstResponse.WithinSLAPercent }))
	}
	if r.Resolution.WithinSLAPercent != nil {
		fmt.Fprintf(&b, " %s of the %s with a resolution target met it%s.", pctText(r.Resolution.WithinSLAPercent),
			plural(r.Resolution.WithTarget, "ticket"), r.change(func(s *Summary) *float64 { return s.Resolution.WithinSLAPercent }))
	}
	if r.Updates.Breaches > 0 && !r.External {
		fmt.Fprintf(&b, " %s between updates exceeded the update target, in %s.", plural(r.Updates.Breaches, "gap"), plural(r.Updates.Tickets, "ticket"))
	}
	for _, o := range r.Objectives {
		if o.Exhausted {
			fmt.Fprintf(&b, " The error budget of %q is exhausted: %d breaches against %s allowed.", o.Name, o.Used, strconv.FormatFloat(o.Allowed, 'f', -1, 64))
		}
	}
	if len(r.Factors) > 0 && !r.External {
		fmt.Fprintf(&b, " The most frequent contributing factor was %s (%s).", strings.ToLower(factorLabel(r.Factors[0].Key)), plural(r.Factors[0].Tickets, "ticket"))
	}
	recurring := 0
	for _, t := range r.Themes {
		if t.Recurring {
			recurring++
		}
	}
	if recurring > 0 {
		fmt.Fprintf(&b, " %s of this month also appeared in earlier months.", plural(recurring, "theme"))
	}
	if r.Actions.Overdue > 0 {
		fmt.Fprintf(&b, " %s overdue.", plural(r.Actions.Overdue, "action is", "actions are"))
	}
	return b.String()
}

// change says how a percentage moved since the month before.
func (r *Report) change(f func(*Summary) *float64) string {
	if len(r.Previous) == 0 {
		return ""
	}
	prev := &r.Previous[len(r.Previous)-1]
	p, c := f(&prev.Summary), f(&r.Summary)
	if p == nil || c == nil {
		return ""
	}
	name := prev.Month
	if t, err := time.Parse("2006-01", prev.Month); err == nil {
		name = t.Format("January 2006")
	}
	switch {
	case *c > *p:
		return fmt.Sprintf(" (up from %s in %s)", pctText(p), name)
	case *c < *p:
		return fmt.Sprintf(" (down from %s in %s)", pctText(p), name)
	}
	return fmt.Sprintf(" (the same as in %s)", name)
}

func pctText(p *float64) string { return strconv.FormatFloat(*p, 'f', 1, 64) + "%" }

// plural writes "1 ticket" / "2 tickets", or with explicit forms "1 action is" / "2 actions are".
func plural(n int, forms ...string) string {
	one, many := forms[0], forms[0]+"s"
	if len(forms) > 1 {
		one, many = forms[0], forms[1]
	}
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
