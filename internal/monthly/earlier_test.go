package monthly_test

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

// TestEarlierMonthsAgainstBruteForce checks what the report reads beside the
// month itself: the previous months' summaries, the twelve months of trend
// and the budget burn against the raw tickets, the themes' earlier tickets
// against every stored signature of the six months before, and the action
// follow-up against the listed actions.
func TestEarlierMonthsAgainstBruteForce(t *testing.T) {
	for name, open := range openStores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := t.Context()
			st := open(t)
			fx := fill(t, ctx, st, 40)
			all, err := st.ListActions(ctx, store.ActionFilter{Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if len(all) == 0 || len(all) == 1000 {
				t.Fatalf("%d actions: want some, and all of them listed", len(all))
			}
			// Some done (today, after the month), so that open and done differ.
			done := true
			for i, it := range all {
				if i%3 == 0 {
					if _, err := st.ChangeAction(ctx, it.ID, store.ActionChange{Who: "Pat", Done: &done}); err != nil {
						t.Fatal(err)
					}
				}
			}
			m, err := monthly.ParseMonth("2026-02", time.UTC)
			if err != nil {
				t.Fatal(err)
			}
			objectives := []figures.Objective{{Name: "Resolution", Clock: figures.ClockResolution, TargetPercent: 80}}
			for _, customer := range []string{"", "Fenwick & Sons Ltd"} {
				s := figures.Scope{Customer: customer}
				src := &storetest.Counting{Store: st}
				rep, err := monthly.Build(ctx, src, m, s, monthly.Options{Objectives: objectives})
				if err != nil {
					t.Fatal(err)
				}
				// The month, its actions, the tallies of the older months,
				// the previous three and the themes of the six before.
				if n, want := src.Calls(), 4+min(len(rep.Themes), 1); n != int64(want) {
					t.Errorf("%q: the report took %d reads, want %d", customer, n, want)
				}
				checkPrevious(t, fx, rep, m, customer)
				checkTrend(t, fx, rep, m, customer)
				checkEarlierThemes(t, ctx, st, rep, m, s)
				checkActions(t, ctx, st, fx, rep.Actions, m, customer)
				checkMonthOnly(t, ctx, st, rep, m, s, objectives)
			}
		})
	}
}

// checkMonthOnly builds the month alone (as the dashboard does) and checks
// that it is the full report without the months before, in three reads.
func checkMonthOnly(t *testing.T, ctx context.Context, st store.Store, full *monthly.Report, m monthly.Month, s figures.Scope, objectives []figures.Objective) {
	t.Helper()
	src := &storetest.Counting{Store: st}
	got, err := monthly.Build(ctx, src, m, s, monthly.Options{Objectives: objectives, MonthOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := src.Calls(); n != 3 {
		t.Errorf("%q: the month alone took %d reads, want 3", s.Customer, n)
	}
	if len(got.Previous) != 0 || len(got.Trend) != 1 {
		t.Errorf("%q: the month alone has %d previous months and %d of trend, want 0 and 1", s.Customer, len(got.Previous), len(got.Trend))
	}
	want := *full
	want.Previous, want.Trend = got.Previous, want.Trend[len(want.Trend)-1:]
	want.Objectives = slices.Clone(want.Objectives)
	for i := range want.Objectives {
		want.Objectives[i].Burn = want.Objectives[i].Burn[len(want.Objectives[i].Burn)-1:]
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(&want)
	if string(g) != string(w) {
		t.Errorf("%q: the month alone differs from the full report's month:\n got %s\nwant %s", s.Customer, g, w)
	}
}

func checkPrevious(t *testing.T, fx *fixture, rep *monthly.Report, m monthly.Month, customer string) {
	t.Helper()
	if len(rep.Previous) != 3 {
		t.Fatalf("%q: %d previous months, want 3", customer, len(rep.Previous))
	}
	for i, p := range rep.Previous {
		pm := m.Add(i - 3)
		want := recompute(t, fx, pm.Start(), pm.End(), customer)
		if p.Month != pm.String() || p.Tickets != want.tickets || want.tickets == 0 {
			t.Fatalf("%q: previous %d is %s with %d tickets, want %s with %d", customer, i, p.Month, p.Tickets, pm, want.tickets)
		}
		if g, w := *p.FirstResponse.WithinSLAPercent, pct(want.frM, want.frT); g != w {
			t.Errorf("%q %s: first response within SLA %v%%, want %v%%", customer, pm, g, w)
		}
		if g, w := *p.FirstResponse.MedianBusiness, nearestRank(want.frBusiness, 50); g != w {
			t.Errorf("%q %s: median first response %d, want %d", customer, pm, g, w)
		}
		if g, w := *p.Resolution.P90Elapsed, nearestRank(want.resElapsed, 90); g != w {
			t.Errorf("%q %s: p90 resolution elapsed %d, want %d", customer, pm, g, w)
		}
		if p.Updates.Breaches != want.updBreaches {
			t.Errorf("%q %s: update breaches %d, want %d", customer, pm, p.Updates.Breaches, want.updBreaches)
		}
	}
}

func checkTrend(t *testing.T, fx *fixture, rep *monthly.Report, m monthly.Month, customer string) {
	t.Helper()
	if len(rep.Trend) != 12 {
		t.Fatalf("%q: %d months of trend, want 12", customer, len(rep.Trend))
	}
	percentOrNil := func(n, of int) string {
		if of == 0 {
			return "<nil>"
		}
		return fmt.Sprint(pct(n, of))
	}
	deref := func(p *float64) string {
		if p == nil {
			return "<nil>"
		}
		return fmt.Sprint(*p)
	}
	for i, tm := range rep.Trend {
		mm := m.Add(i - 11)
		want := recompute(t, fx, mm.Start(), mm.End(), customer)
		if tm.Month != mm.String() || tm.Tickets != want.tickets ||
			deref(tm.FirstResponse) != percentOrNil(want.frM, want.frT) || deref(tm.Resolution) != percentOrNil(want.resM, want.resT) {
			t.Errorf("%q: trend %s: %d tickets, %s%% and %s%% within SLA, want %s: %d, %s%% and %s%%", customer, tm.Month,
				tm.Tickets, deref(tm.FirstResponse), deref(tm.Resolution), mm, want.tickets,
				percentOrNil(want.frM, want.frT), percentOrNil(want.resM, want.resT))
		}
	}
	burn := rep.Objectives[0].Burn
	if len(burn) != 6 {
		t.Fatalf("%q: %d months of burn, want 6", customer, len(burn))
	}
	for j, b := range burn {
		mm := m.Add(j - 5)
		want := recompute(t, fx, mm.Start(), mm.End(), customer)
		if b.Month != mm.String() || b.Tickets != want.resT || b.Used != want.resT-want.resM {
			t.Errorf("%q: burn %+v, want %s with %d tickets and %d breaches", customer, b, mm, want.resT, want.resT-want.resM)
		}
	}
}

func checkEarlierThemes(t *testing.T, ctx context.Context, st store.Store, rep *monthly.Report, m monthly.Month, s figures.Scope) {
	t.Helper()
	recurring := 0
	for _, th := range rep.Themes {
		n := 0
		err := st.Signatures(ctx, m.Add(-monthly.RecurringMonths).Start(), m.Start(), s, func(sg figures.Signature) error {
			if !sg.Empty() && sg.Similar(th.Signature) >= figures.Similarity {
				n++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if th.Earlier != n || th.Recurring != (n > 0) {
			t.Errorf("%q: theme %q has %d earlier tickets (recurring %v), want %d", s.Customer, th.Label, th.Earlier, th.Recurring, n)
		}
		if n > 0 {
			recurring++
		}
	}
	if s.Customer == "" && recurring == 0 {
		t.Errorf("none of %d themes recurs, with the same four causes every month", len(rep.Themes))
	}
}

func checkActions(t *testing.T, ctx context.Context, st store.Store, fx *fixture, got figures.ActionStats, m monthly.Month, customer string) {
	t.Helper()
	items, err := st.ListActions(ctx, store.ActionFilter{Customer: customer, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	from, to, now := m.Start(), m.End(), m.End()
	in := func(x time.Time) bool { return !x.IsZero() && !x.Before(from) && x.Before(to) }
	var want figures.ActionStats
	type owner struct {
		figures.OwnerCount
		seen bool
	}
	owners := map[string]*owner{}
	for _, it := range items {
		if !it.OpenedAt.Before(to) {
			continue
		}
		o := owners[it.Owner]
		if o == nil {
			o = &owner{OwnerCount: figures.OwnerCount{Owner: it.Owner}}
			owners[it.Owner] = o
		}
		open := it.Status == store.ActionOpen
		if in(it.OpenedAt) {
			want.Opened++
		}
		if it.Status == store.ActionDone && in(it.DoneAt) {
			want.Done++
			o.Done++
		}
		if open {
			want.Open++
			o.Open++
			if !it.Due.IsZero() && it.Due.Before(now) {
				want.Overdue++
				o.Overdue++
			}
			if it.OpenedAt.Before(from) {
				want.Earlier++
			}
		}
		o.seen = o.seen || open || in(it.DoneAt)
	}
	for _, o := range owners {
		if o.seen {
			want.ByOwner = append(want.ByOwner, o.OwnerCount)
		}
	}
	slices.SortFunc(want.ByOwner, func(x, y figures.OwnerCount) int {
		return cmp.Or(cmp.Compare(y.Open, x.Open), cmp.Compare(x.Owner, y.Owner))
	})
	openTickets := map[string]bool{}
	all, err := st.ListActions(ctx, store.ActionFilter{Status: store.ActionOpen, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range all {
		openTickets[it.TicketID] = true
	}
	for id, tk := range fx.tickets {
		if in(tk.ClosedAt) && (customer == "" || tk.Customer.Name == customer) && openTickets[id] {
			want.OpenPlans++
		}
	}
	if want.Open == 0 || want.Open == len(items) || want.OpenPlans == 0 {
		t.Fatalf("%q: %d of %d actions open, %d tickets with open actions: the fixture should have both", customer, want.Open, len(items), want.OpenPlans)
	}
	g := fmt.Sprintf("%d %d %d %d %d %d %v", got.Opened, got.Done, got.Overdue, got.Open, got.Earlier, got.OpenPlans, got.ByOwner)
	w := fmt.Sprintf("%d %d %d %d %d %d %v", want.Opened, want.Done, want.Overdue, want.Open, want.Earlier, want.OpenPlans, want.ByOwner)
	if g != w {
		t.Errorf("%q: actions (opened done overdue open earlier open-plans by-owner)\n got %s\nwant %s", customer, g, w)
	}
}
