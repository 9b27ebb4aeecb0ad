package monthly

import (
	"cmp"
	"context"
	"fmt"
	"github.com/debriefhq/debrief/internal/figures"
	"maps"
	"slices"
	"sync"
	"time"
)

// Source is what a monthly report reads from the archive.
type Source interface {
	// MonthFigures calls fn for every ticket of the scope whose last close is
	// in [from, to), in closing order, with its theme signature.
	MonthFigures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(*figures.Figures, figures.Signature) error) error
	// MonthClocks is MonthFigures over the months [bounds[i], bounds[i+1])
	// in one pass, with only the priority, the SLA clocks, the update
	// breaches and the auto-closed and chased flags filled in (a month's
	// summary and tallies), each ticket with its month i, in any order.
	MonthClocks(ctx context.Context, bounds []time.Time, s figures.Scope, fn func(int, *figures.Figures) error) error
	// MonthTallies counts the tickets of each month [bounds[i], bounds[i+1])
	// per priority, in one pass (out[i] is month i's).
	MonthTallies(ctx context.Context, bounds []time.Time, s figures.Scope) ([][]figures.Tally, error)
	// Signatures calls fn with the theme signature of each of the scope's
	// tickets closed in [from, to) that has one.
	Signatures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(figures.Signature) error) error
	// ActionStats follows up the actions of the scope for the month [from, to) at now.
	ActionStats(ctx context.Context, from, to, now time.Time, s figures.Scope, limit int) (figures.ActionStats, error)
}

// Options configure a report.
type Options struct {
	Objectives []figures.Objective
	// Directives names the directives by number.
	Directives map[int]string
	// Now is the report's time (overdue actions); the end of the month if zero.
	Now time.Time
	// External makes the customer-facing version (requires Scope.Customer).
	External bool
	// MaxThemes, MaxBreaches and MaxWorst bound the lists (defaults 10, 50, 5).
	MaxThemes, MaxBreaches, MaxWorst int
	// MonthOnly builds the month alone, in three reads (the month, its
	// actions, and the themes of the six months before in one pass, so that
	// Recurring is still right): no previous months, and the trend and the
	// budget burn hold the month only. For a glance such as the dashboard.
	MonthOnly bool
}

// Report is a month's collective report. Its JSON is the contract of
// `debrief report monthly --format json` (docs/monthly.md).
type Report struct {
	Month    string        `json:"month"`
	Timezone string        `json:"timezone"`
	Scope    figures.Scope `json:"scope"`
	External bool          `json:"external"`
	From     string        `json:"from"`
	To       string        `json:"to"`
	Summary
	// Previous are the summaries of the three months before, oldest first.
	Previous    []MonthSummary      `json:"previous"`
	Trend       []TrendMonth        `json:"trend"`
	ByPriority  []Group             `json:"by_priority"`
	ByTeam      []Group             `json:"by_team"`
	BySLA       []Group             `json:"by_sla"`
	ByReason    []Group             `json:"by_close_reason"`
	ByCustomer  []Group             `json:"by_customer"`
	Breaches    []Breach            `json:"breaches"`
	BreachCount int                 `json:"breach_count"`
	Objectives  []Budget            `json:"objectives"`
	Factors     []Count             `json:"factors"`
	Themes      []Theme             `json:"themes"`
	Directives  []DirectiveUse      `json:"directives"`
	Actions     figures.ActionStats `json:"actions"`
	Cost        Cost                `json:"cost"`
	Worst       []Worst             `json:"worst"`
	// Incidents are the customer's tickets of the month (external version only).
	Incidents    []Incident `json:"incidents,omitempty"`
	FirstReplies []int64    `json:"-"` // business seconds to first response, for the distribution chart
	Narrative    string     `json:"narrative"`
	// NarrativeWriter names the writer of the paragraph when it is not the
	// deterministic one; NarrativeFallback says why the LLM writer's
	// paragraph was not used (the deterministic one stands instead).
	NarrativeWriter   string `json:"narrative_writer,omitempty"`
	NarrativeFallback string `json:"narrative_fallback,omitempty"`
}

// MonthSummary is a month's headline figures.
type MonthSummary struct {
	Month string `json:"month"`
	Summary
}

// TrendMonth is one month of the SLA achievement trend.
type TrendMonth struct {
	Month         string   `json:"month"`
	Tickets       int      `json:"tickets"`
	FirstResponse *float64 `json:"first_response_within_sla_percent"`
	Resolution    *float64 `json:"resolution_within_sla_percent"`
}

// Breach is a ticket that missed an SLA clock.
type Breach struct {
	Ticket   string `json:"ticket"`
	Customer string `json:"customer,omitempty"`
	Priority string `json:"priority,omitempty"`
	Clock    string `json:"clock"`
	// Over is the business time past target + grace, in seconds.
	Over     int64 `json:"over_seconds"`
	Analysis int   `json:"analysis"`
}

// DirectiveUse is a directive the month's findings say was not followed.
type DirectiveUse struct {
	Directive int      `json:"directive"`
	Title     string   `json:"title,omitempty"`
	Count     int      `json:"tickets"`
	Tickets   []string `json:"ticket_ids"`
}

// Cost is the cost of downtime where the configuration gives rates.
type Cost struct {
	Currency   string  `json:"currency,omitempty"`
	Total      int64   `json:"total"`
	ByCustomer []Money `json:"by_customer"`
	ByPriority []Money `json:"by_priority"`
}

// Money is an amount for a key.
type Money struct {
	Key    string `json:"key"`
	Amount int64  `json:"amount"`
}

// Incident is one of a customer's tickets in the external report: no id, no
// staff, only what the customer saw.
type Incident struct {
	Closed        time.Time     `json:"closed_at"`
	Subject       string        `json:"subject"`
	Priority      string        `json:"priority,omitempty"`
	FirstResponse figures.Clock `json:"-"`
	Resolution    figures.Clock `json:"-"`
	// TicketID is kept for redaction, never shown.
	TicketID string `json:"-"`
}

// Worst is one of the month's worst tickets.
type Worst struct {
	Ticket   string `json:"ticket"`
	Customer string `json:"customer,omitempty"`
	Subject  string `json:"subject"`
	Why      string `json:"why"`
	// Seconds is the impact (for "impact") or the breach (for "breach").
	Seconds  int64 `json:"seconds"`
	Analysis int   `json:"analysis"`
}

// RecurringMonths is how far back a theme is looked for to call it recurring.
const RecurringMonths = 6

const (
	// previousMonths are summarised beside the month (Report.Previous).
	previousMonths = 3
	// trendMonths are in the SLA trend, the month included.
	trendMonths = 12
)

// Build computes the report of month m for scope s.
func Build(ctx context.Context, src Source, m Month, s figures.Scope, o Options) (*Report, error) {
	if o.External && s.Customer == "" {
		return nil, fmt.Errorf("monthly: the external report is for one customer")
	}
	for i := range o.Objectives {
		if err := o.Objectives[i].Validate(); err != nil {
			return nil, fmt.Errorf("monthly: %w", err)
		}
	}
	o.MaxThemes = cmp.Or(o.MaxThemes, 10)
	o.MaxBreaches = cmp.Or(o.MaxBreaches, 50)
	o.MaxWorst = cmp.Or(o.MaxWorst, 5)
	if o.Now.IsZero() {
		o.Now = m.End()
	}
	r := &Report{Month: m.String(), Timezone: m.Loc.String(), Scope: s, External: o.External,
		From: m.Start().Format(time.RFC3339), To: m.End().Format(time.RFC3339)}

	// The archive's reads run side by side, five in all: the month, the
	// action follow-up, the tallies of the eight months before the previous
	// three (one pass) and the previous three months' summaries and tallies
	// (one pass); once the month's themes are known, the earlier themes of
	// the six months before (one pass). With MonthOnly, the first and last.
	a := newAggregator(o)
	tallies := make([][]figures.Tally, trendMonths) // oldest first, the month last
	reads := []func(context.Context) error{
		func(ctx context.Context) error {
			if err := pipelined(ctx, func(emit func(int, *figures.Figures, figures.Signature) error) error {
				return src.MonthFigures(ctx, m.Start(), m.End(), s, func(f *figures.Figures, sig figures.Signature) error {
					return emit(0, f, sig)
				})
			}, func(_ int, f *figures.Figures, sig figures.Signature) { a.add(f, sig) }); err != nil {
				return fmt.Errorf("monthly: read %s: %w", m, err)
			}
			a.fill(r)
			tallies[trendMonths-1] = a.tally.list()
			return r.earlierThemes(ctx, src, m, s)
		},
		func(ctx context.Context) error {
			acts, err := src.ActionStats(ctx, m.Start(), m.End(), o.Now, s, 20)
			if err != nil {
				return fmt.Errorf("monthly: actions: %w", err)
			}
			r.Actions = acts
			return nil
		},
	}
	if !o.MonthOnly {
		reads = append(reads, func(ctx context.Context) error {
			ts, err := src.MonthTallies(ctx, bounds(m.Add(1-trendMonths), trendMonths-1-previousMonths), s)
			if err != nil {
				return fmt.Errorf("monthly: count the months before %s: %w", m.Add(-previousMonths), err)
			}
			copy(tallies, ts)
			return nil
		}, func(ctx context.Context) error {
			return r.previous(ctx, src, m, s, tallies)
		})
	}
	if err := together(ctx, reads...); err != nil {
		return nil, err
	}

	// Twelve months of trend and six of budget burn (the month alone with MonthOnly).
	first, burnMonths := 0, 5
	if o.MonthOnly {
		first, burnMonths = trendMonths-1, 0
	}
	for i, ts := range tallies[first:] {
		i += first
		tm := m.Add(i + 1 - trendMonths)
		var t TrendMonth
		var frT, frM, resT, resM int
		for _, x := range ts {
			t.Tickets += x.Tickets
			frT, frM, resT, resM = frT+x.FRTarget, frM+x.FRMet, resT+x.ResTarget, resM+x.ResMet
		}
		t.Month, t.FirstResponse, t.Resolution = tm.String(), percent(frM, frT), percent(resM, resT)
		r.Trend = append(r.Trend, t)
	}
	for i := range r.Objectives {
		b := &r.Objectives[i]
		for j := burnMonths; j >= 0; j-- {
			n, used := objectiveTally(&b.Objective, tallies[trendMonths-1-j])
			b.Burn = append(b.Burn, burnOf(m.Add(-j).String(), n, used, b.Objective))
		}
	}

	if o.External {
		r.scrubExternal()
	}
	return r, nil
}

// scrubExternal removes what a customer must not see: ticket ids, staff
// (owners, teams), other customers and internal judgements. Texts that
// come from tickets are redacted afterwards with RedactExternal.
func (r *Report) scrubExternal() {
	r.ByTeam, r.ByCustomer, r.BySLA, r.ByReason = []Group{}, []Group{}, []Group{}, []Group{}
	r.Breaches, r.Directives, r.Worst = []Breach{}, []DirectiveUse{}, []Worst{}
	r.Cost = Cost{ByCustomer: []Money{}, ByPriority: []Money{}}
	for i := range r.Themes {
		r.Themes[i].Count = len(r.Themes[i].Tickets)
		r.Themes[i].Customers = nil
	}
	r.Actions.ByOwner = nil
	for _, items := range [][]figures.ActionItem{r.Actions.OverdueItems, r.Actions.EarlierItems} {
		for i := range items {
			items[i].Owner, items[i].Customer = "", ""
		}
	}
}

// RedactExternal redacts the texts of an external report that come from
// tickets (subjects, theme labels, action titles) with redact, given the
// ticket each comes from, then forgets the ticket ids. It must be called
// before the report is shown to a customer.
func (r *Report) RedactExternal(redact func(ticketID, text string) string) {
	for i := range r.Incidents {
		r.Incidents[i].Subject = redact(r.Incidents[i].TicketID, r.Incidents[i].Subject)
		r.Incidents[i].TicketID = ""
	}
	for i := range r.Themes {
		th := &r.Themes[i]
		for _, id := range th.Tickets {
			th.Label = redact(id, th.Label)
		}
		th.Terms, th.Tickets = nil, nil
	}
	for _, items := range [][]figures.ActionItem{r.Actions.OverdueItems, r.Actions.EarlierItems} {
		for i := range items {
			items[i].Title = redact(items[i].TicketID, items[i].Title)
			items[i].TicketID, items[i].ID = "", 0
		}
	}
}

// objectiveTally counts an objective's tickets and breaches from per-priority tallies.
func objectiveTally(o *figures.Objective, ts []figures.Tally) (tickets, breaches int) {
	for _, t := range ts {
		if len(o.Priorities) > 0 && !slices.Contains(o.Priorities, t.Priority) {
			continue
		}
		switch o.Clock {
		case figures.ClockFirstResponse:
			tickets, breaches = tickets+t.FRTarget, breaches+t.FRTarget-t.FRMet
		case figures.ClockResolution:
			tickets, breaches = tickets+t.ResTarget, breaches+t.ResTarget-t.ResMet
		case figures.ClockUpdates:
			tickets, breaches = tickets+t.UpdTarget, breaches+t.UpdBreached
		}
	}
	return tickets, breaches
}

// aggregator computes the month's figures in one pass over its tickets.
type aggregator struct {
	o                                               Options
	all                                             summer
	byPriority, byTeam, bySLA, byReason, byCustomer grouper
	breaches                                        []Breach
	breachCount                                     int
	budgets                                         []struct{ n, used int }
	factors                                         map[string]int
	themes                                          *themer
	directives                                      map[int][]string
	cost                                            Cost
	costByCustomer, costByPriority                  map[string]int64
	worstImpact, worstBreach                        []Worst
	firstReplies                                    []int64
	tally                                           tallier
	incidents                                       []Incident
}

// maxIncidents bounds the external report's list of tickets.
const maxIncidents = 500

func newAggregator(o Options) *aggregator {
	return &aggregator{o: o, byPriority: grouper{}, byTeam: grouper{}, bySLA: grouper{}, byReason: grouper{},
		byCustomer: grouper{}, tally: tallier{}, budgets: make([]struct{ n, used int }, len(o.Objectives)),
		factors: map[string]int{}, themes: newThemer(), directives: map[int][]string{},
		costByCustomer: map[string]int64{}, costByPriority: map[string]int64{}}
}

func orNone(s string) string { return cmp.Or(s, "(none)") }

func (a *aggregator) add(f *figures.Figures, sig figures.Signature) {
	a.all.add(f)
	a.tally.add(f)
	a.byPriority.add(orNone(f.Priority), f)
	a.byTeam.add(orNone(f.Team), f)
	a.bySLA.add(orNone(f.SLA), f)
	a.byReason.add(orNone(f.CloseReason), f)
	a.byCustomer.add(orNone(f.Customer), f)
	for _, c := range []struct {
		name string
		k    figures.Clock
	}{{figures.ClockFirstResponse, f.FirstResponse}, {figures.ClockResolution, f.Resolution}} {
		if !c.k.Breached() {
			continue
		}
		a.breachCount++
		b := Breach{Ticket: f.TicketID, Customer: f.Customer, Priority: f.Priority, Clock: c.name, Over: c.k.Over, Analysis: f.Analysis}
		a.breaches = keepTop(a.breaches, b, a.o.MaxBreaches, func(x, y Breach) int {
			return cmp.Or(cmp.Compare(y.Over, x.Over), cmp.Compare(x.Ticket, y.Ticket), cmp.Compare(x.Clock, y.Clock))
		})
		a.worstBreach = keepTop(a.worstBreach, Worst{Ticket: f.TicketID, Customer: f.Customer, Subject: f.Subject,
			Why: "breach:" + c.name, Seconds: c.k.Over, Analysis: f.Analysis}, a.o.MaxWorst, worstOrder)
	}
	if f.FirstResponse.Stopped {
		a.firstReplies = append(a.firstReplies, f.FirstResponse.Business)
	}
	for i := range a.o.Objectives {
		if n, b := applies(&a.o.Objectives[i], f); n {
			a.budgets[i].n++
			if b {
				a.budgets[i].used++
			}
		}
	}
	for _, c := range f.Factors {
		a.factors[c]++
	}
	a.themes.add(f, sig)
	if a.o.External && len(a.incidents) < maxIncidents {
		a.incidents = append(a.incidents, Incident{Closed: f.ClosedAt, Subject: f.Subject, Priority: f.Priority,
			FirstResponse: f.FirstResponse, Resolution: f.Resolution, TicketID: f.TicketID})
	}
	for _, d := range f.Directives {
		a.directives[d] = append(a.directives[d], f.TicketID)
	}
	if f.Cost > 0 {
		a.cost.Currency = cmp.Or(a.cost.Currency, f.Currency)
		a.cost.Total += f.Cost
		a.costByCustomer[orNone(f.Customer)] += f.Cost
		a.costByPriority[orNone(f.Priority)] += f.Cost
	}
	if f.ImpactKnown && f.Impact > 0 {
		a.worstImpact = keepTop(a.worstImpact, Worst{Ticket: f.TicketID, Customer: f.Customer, Subject: f.Subject,
			Why: "impact", Seconds: int64(f.Impact / time.Second), Analysis: f.Analysis}, a.o.MaxWorst, worstOrder)
	}
}

func worstOrder(x, y Worst) int {
	return cmp.Or(cmp.Compare(y.Seconds, x.Seconds), cmp.Compare(x.Ticket, y.Ticket), cmp.Compare(x.Why, y.Why))
}

// keepTop inserts v into the sorted list xs, keeping at most n.
func keepTop[T any](xs []T, v T, n int, order func(a, b T) int) []T {
	i, _ := slices.BinarySearchFunc(xs, v, order)
	if i >= n {
		return xs
	}
	xs = slices.Insert(xs, i, v)
	if len(xs) > n {
		xs = xs[:n]
	}
	return xs
}

func (a *aggregator) fill(r *Report) {
	r.Summary = a.all.summary()
	r.ByPriority, r.ByTeam, r.BySLA = a.byPriority.groups(), a.byTeam.groups(), a.bySLA.groups()
	r.ByReason, r.ByCustomer = a.byReason.groups(), a.byCustomer.groups()
	r.Breaches, r.BreachCount = a.breaches, a.breachCount
	for i, o := range a.o.Objectives {
		r.Objectives = append(r.Objectives, budgetOf(o, a.budgets[i].n, a.budgets[i].used))
	}
	for k, n := range a.factors {
		r.Factors = append(r.Factors, Count{Key: k, Tickets: n})
	}
	slices.SortFunc(r.Factors, func(x, y Count) int {
		return cmp.Or(cmp.Compare(y.Tickets, x.Tickets), cmp.Compare(x.Key, y.Key))
	})
	r.Themes = a.themes.themes(a.o.MaxThemes)
	for _, d := range slices.Sorted(maps.Keys(a.directives)) {
		ids := a.directives[d]
		r.Directives = append(r.Directives, DirectiveUse{Directive: d, Title: a.o.Directives[d], Count: len(ids), Tickets: ids})
	}
	slices.SortStableFunc(r.Directives, func(x, y DirectiveUse) int { return cmp.Compare(y.Count, x.Count) })
	r.Cost = a.cost
	r.Cost.ByCustomer, r.Cost.ByPriority = money(a.costByCustomer), money(a.costByPriority)
	r.Worst = append(a.worstImpact, a.worstBreach...)
	r.FirstReplies = a.firstReplies
	r.Incidents = a.incidents
	if r.Breaches == nil {
		r.Breaches = []Breach{}
	}
}

func money(m map[string]int64) []Money {
	out := []Money{}
	for k, v := range m {
		out = append(out, Money{Key: k, Amount: v})
	}
	slices.SortFunc(out, func(x, y Money) int { return cmp.Or(cmp.Compare(y.Amount, x.Amount), cmp.Compare(x.Key, y.Key)) })
	return out
}

// bounds are the starts of the n months from first and the end of the last.
func bounds(first Month, n int) []time.Time {
	out := make([]time.Time, n+1)
	for i := range n {
		out[i] = first.Add(i).Start()
	}
	out[n] = first.Add(n - 1).End()
	return out
}

// previous reads the three months before m in one pass: their summaries
// (in r.Previous) and tallies (in tallies, oldest first, m last).
func (r *Report) previous(ctx context.Context, src Source, m Month, s figures.Scope, tallies [][]figures.Tally) error {
	first := m.Add(-previousMonths)
	sums := make([]summer, previousMonths)
	ts := make([]tallier, previousMonths)
	for i := range ts {
		ts[i] = tallier{}
	}
	if err := pipelined(ctx, func(emit func(int, *figures.Figures, figures.Signature) error) error {
		return src.MonthClocks(ctx, bounds(first, previousMonths), s, func(i int, f *figures.Figures) error {
			return emit(i, f, figures.Signature{})
		})
	}, func(i int, f *figures.Figures, _ figures.Signature) {
		sums[i].add(f)
		ts[i].add(f)
	}); err != nil {
		return fmt.Errorf("monthly: read the months before %s: %w", m, err)
	}
	r.Previous = make([]MonthSummary, previousMonths)
	for i := range previousMonths {
		r.Previous[i] = MonthSummary{Month: first.Add(i).String(), Summary: sums[i].summary()}
		tallies[trendMonths-1-previousMonths+i] = ts[i].list()
	}
	return nil
}

// earlierThemes counts, in one read of the RecurringMonths months before m,
// the earlier tickets like each of the month's themes, and marks the themes
// that recur.
func (r *Report) earlierThemes(ctx context.Context, src Source, m Month, s figures.Scope) error {
	if len(r.Themes) == 0 {
		return nil
	}
	counts := make([]int, len(r.Themes))
	if err := src.Signatures(ctx, m.Add(-RecurringMonths).Start(), m.Start(), s, func(sg figures.Signature) error {
		countSimilar(r.Themes, sg, counts)
		return nil
	}); err != nil {
		return fmt.Errorf("monthly: earlier themes: %w", err)
	}
	for i, n := range counts {
		r.Themes[i].Earlier, r.Themes[i].Recurring = n, n > 0
	}
	return nil
}

// pipelined calls add for each ticket that read emits (with its month), on
// a goroutine of its own, in batches: reading months and aggregating them
// take a core each, where one after the other they were the longest of the
// report's paths.
func pipelined(ctx context.Context, read func(emit func(int, *figures.Figures, figures.Signature) error) error,
	add func(int, *figures.Figures, figures.Signature)) error {
	type ticket struct {
		month int
		f     figures.Figures
		sig   figures.Signature
	}
	const size = 256
	batches := make(chan []ticket, 4)
	added := make(chan struct{})
	go func() {
		defer close(added)
		for b := range batches {
			for i := range b {
				add(b[i].month, &b[i].f, b[i].sig)
			}
		}
	}()
	batch := make([]ticket, 0, size)
	err := read(func(month int, f *figures.Figures, sig figures.Signature) error {
		batch = append(batch, ticket{month, *f, sig})
		if len(batch) < size {
			return nil
		}
		select {
		case batches <- batch:
		case <-ctx.Done():
			return ctx.Err()
		}
		batch = make([]ticket, 0, size)
		return nil
	})
	if err == nil && len(batch) > 0 {
		batches <- batch
	}
	close(batches)
	<-added
	return err
}

// together runs fns concurrently, each on its own read of the archive, and
// returns the first error, which cancels the others' context.
func together(ctx context.Context, fns ...func(context.Context) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for _, fn := range fns {
		wg.Go(func() {
			if err := fn(ctx); err != nil {
				once.Do(func() { first = err; cancel() })
			}
		})
	}
	wg.Wait()
	return first
}

// countSimilar counts sig in counts[i] when it is similar to the signature
// of themes[i].
func countSimilar(themes []Theme, sig figures.Signature, counts []int) {
	if sig.Empty() {
		return
	}
	for i := range themes {
		if sig.Similar(themes[i].Signature) >= figures.Similarity {
			counts[i]++
		}
	}
}
