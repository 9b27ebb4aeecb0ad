package monthly_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

var causes = []string{
	"The root cause was a failed disk in the storage array of the file server.",
	"The cause was an expired TLS certificate on the web proxy.",
	"The outage was caused by a DNS zone misconfiguration after the registrar change.",
	"The root cause was a full transaction log on the payroll database server.",
	"",
}

var (
	customers = []string{"Birchwood Lodges Ltd", "Fenwick & Sons Ltd", "Northwind Traders"}
	teams     = []string{"Support - Proxmox", "Support - Mail"}
	prios     = []string{"P1", "P2", "P3", ""}
)

// genTicket makes a closed ticket created at start with varied reply delays,
// updates, pauses and a cause, deterministic for the seed.
func genTicket(r *rand.Rand, id string, start time.Time) *ticket.Ticket {
	t := &ticket.Ticket{
		ID:        id,
		Customer:  ticket.Customer{Name: customers[r.IntN(len(customers))], Contact: "Pat Jones"},
		Priority:  prios[r.IntN(len(prios))],
		Team:      teams[r.IntN(len(teams))],
		CreatedAt: start,
	}
	if r.IntN(3) == 0 {
		t.SLA = "SLA8"
	}
	cause := causes[r.IntN(len(causes))]
	t.Subject = []string{"File share down", "Website certificate warning", "Mail not delivered", "Payroll export fails"}[r.IntN(4)]
	at := start
	msg := func(role ticket.Role, public bool, body string) {
		t.Events = append(t.Events, ticket.Event{At: at, Kind: ticket.KindMessage, Role: role, Public: public, Author: string(role), Body: body})
	}
	msg(ticket.RoleCustomer, true, "Hello, "+t.Subject+" since this morning, please help.")
	at = at.Add(time.Duration(1+r.IntN(300)) * time.Minute)
	msg(ticket.RoleAgent, true, "We are looking into it now.")
	for range r.IntN(5) {
		at = at.Add(time.Duration(5+r.IntN(240)) * time.Minute)
		if r.IntN(4) == 0 {
			msg(ticket.RoleCustomer, true, "Any update? When will it be back?")
			at = at.Add(time.Duration(1+r.IntN(60)) * time.Minute)
		}
		if r.IntN(5) == 0 {
			t.Events = append(t.Events, ticket.Event{At: at, Kind: ticket.KindState, State: "pending_customer"})
			at = at.Add(time.Duration(10+r.IntN(120)) * time.Minute)
			t.Events = append(t.Events, ticket.Event{At: at, Kind: ticket.KindState, State: "open"})
		}
		msg(ticket.RoleAgent, true, "We are still working on it.")
	}
	at = at.Add(time.Duration(5+r.IntN(120)) * time.Minute)
	if cause != "" {
		msg(ticket.RoleAgent, true, cause+" We have fixed it and the service is restored.")
	} else {
		msg(ticket.RoleAgent, true, "The service is restored.")
	}
	at = at.Add(time.Duration(1+r.IntN(90)) * time.Minute)
	t.ClosedAt = at
	t.CloseReason = []string{"resolved", "resolved", "inactivity"}[r.IntN(3)]
	return t
}

type fixture struct {
	cfg     *config.Config
	tickets map[string]*ticket.Ticket // the latest version of each stored ticket
}

// fill stores and analyses n tickets a month for the four months up to
// February 2026, plus a ticket closed in January and again in February.
func fill(t *testing.T, ctx context.Context, st store.Store, n int) *fixture {
	t.Helper()
	cfg, err := config.Load(exampletest.Config)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	fx := &fixture{cfg: cfg, tickets: map[string]*ticket.Ticket{}}
	r := rand.New(rand.NewPCG(7, 11))
	save := func(tk *ticket.Ticket) {
		raw, err := json.Marshal(tk)
		if err != nil {
			t.Fatal(err)
		}
		tv := service.TicketVersion(tk, raw)
		ing, err := st.IngestTicket(ctx, tv, false)
		if err != nil {
			t.Fatal(err)
		}
		res, err := eng.Analyze(ctx, tk, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rec, err := service.Record(res, ing.Version, cfg.Hash)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.SaveAnalysis(ctx, rec); err != nil {
			t.Fatal(err)
		}
		fx.tickets[tk.ID] = tk
	}
	for m := range 4 {
		base := time.Date(2025, 11+time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		for i := range n {
			start := base.Add(time.Duration(r.IntN(26*24)) * time.Hour).Add(time.Duration(r.IntN(60)) * time.Minute)
			save(genTicket(r, fmt.Sprintf("T%d-%03d", m, i), start))
		}
	}
	// Closed in January, reopened and closed again in February: counts once, in February.
	re := genTicket(r, "REOPENED", time.Date(2026, 1, 20, 9, 0, 0, 0, time.UTC))
	save(re)
	re2 := *re
	re2.Events = slices.Clone(re.Events)
	re2.Events = append(re2.Events, ticket.Event{At: time.Date(2026, 2, 3, 9, 0, 0, 0, time.UTC), Kind: ticket.KindMessage,
		Role: ticket.RoleCustomer, Public: true, Author: "customer", Body: "It is broken again."})
	re2.ClosedAt = time.Date(2026, 2, 3, 11, 0, 0, 0, time.UTC)
	save(&re2)
	return fx
}

// brute recomputes the headline figures of the tickets closed in [from, to)
// straight from the raw tickets, with nothing shared with the report's code
// but the SLA statistics.
type brute struct {
	tickets, frT, frM, resT, resM, updBreaches int
	frBusiness, resElapsed                     []int64
	byPriority                                 map[string]int
}

func recompute(t *testing.T, fx *fixture, from, to time.Time, customer string) brute {
	b := brute{byPriority: map[string]int{}}
	for _, tk := range fx.tickets {
		if tk.ClosedAt.Before(from) || !tk.ClosedAt.Before(to) || (customer != "" && tk.Customer.Name != customer) {
			continue
		}
		p, err := fx.cfg.PolicyFor(tk)
		if err != nil {
			t.Fatal(err)
		}
		s := sla.Compute(tk, p)
		b.tickets++
		prio := tk.Priority
		if prio == "" {
			prio = "(none)"
		}
		b.byPriority[prio]++
		if s.FirstResponse.HasTarget() {
			b.frT++
			if s.FirstResponse.Within {
				b.frM++
			}
		}
		if s.Resolution.HasTarget() {
			b.resT++
			if s.Resolution.Within {
				b.resM++
			}
		}
		if s.FirstResponse.Stopped() {
			b.frBusiness = append(b.frBusiness, int64(s.FirstResponse.Business/time.Second))
		}
		if s.Resolution.Stopped() {
			b.resElapsed = append(b.resElapsed, int64(s.Resolution.Elapsed/time.Second))
		}
		b.updBreaches += s.Updates.Breaches
	}
	return b
}

func pct(n, of int) float64 { return float64(int(float64(n)*1000/float64(of)+0.5)) / 10 }

// nearestRank is the p-th percentile by sorting a copy: the value at
// position ceil(p/100*n).
func nearestRank(xs []int64, p float64) int64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	k := 0
	for k < len(s) && float64(k+1) < p/100*float64(len(s)) {
		k++
	}
	return s[k]
}

func openStores(t *testing.T) map[string]func(t *testing.T) store.Store {
	stores := map[string]func(t *testing.T) store.Store{
		"sqlite": func(t *testing.T) store.Store {
			st, err := store.Open(t.Context(), t.TempDir()+"/m.db", store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		},
	}
	if dsn := os.Getenv("DEBRIEF_TEST_POSTGRES"); dsn != "" {
		stores["postgres"] = func(t *testing.T) store.Store {
			schema := fmt.Sprintf("monthly_%d", time.Now().UnixNano())
			pgExec(t, dsn, "CREATE SCHEMA "+schema)
			t.Cleanup(func() { pgExec(t, dsn, "DROP SCHEMA "+schema+" CASCADE") })
			u, err := url.Parse(dsn)
			if err != nil {
				t.Fatal(err)
			}
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			st, err := store.Open(t.Context(), u.String(), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}
	}
	return stores
}

func pgExec(t *testing.T, dsn, query string) {
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), query); err != nil {
		t.Fatal(err)
	}
}

func TestMonthAgainstBruteForce(t *testing.T) {
	for name, open := range openStores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := t.Context()
			st := open(t)
			fx := fill(t, ctx, st, 60)
			m, err := monthly.ParseMonth("2026-02", time.UTC)
			if err != nil {
				t.Fatal(err)
			}
			objectives := []figures.Objective{
				{Name: "P1 first response", Clock: figures.ClockFirstResponse, Priorities: []string{"P1"}, TargetPercent: 95, Policy: "freeze non-urgent changes"},
				{Name: "Resolution", Clock: figures.ClockResolution, TargetPercent: 80},
			}
			for _, customer := range []string{"", "Fenwick & Sons Ltd"} {
				rep, err := monthly.Build(ctx, st, m, figures.Scope{Customer: customer}, monthly.Options{Objectives: objectives})
				if err != nil {
					t.Fatal(err)
				}
				// Through JSON, as scripts read it.
				var buf bytes.Buffer
				if err := rep.Write(ctx, &buf, "json", monthly.WriteOptions{}); err != nil {
					t.Fatal(err)
				}
				var got struct {
					Month         string `json:"month"`
					Tickets       int    `json:"tickets"`
					FirstResponse struct {
						WithinSLAPercent *float64 `json:"within_sla_percent"`
						MedianBusiness   *int64   `json:"median_business_seconds"`
						P90Business      *int64   `json:"p90_business_seconds"`
					} `json:"first_response"`
					Resolution struct {
						WithinSLAPercent *float64 `json:"within_sla_percent"`
						MedianElapsed    *int64   `json:"median_elapsed_seconds"`
						P90Elapsed       *int64   `json:"p90_elapsed_seconds"`
					} `json:"resolution"`
					Updates struct {
						Breaches int `json:"breaches"`
					} `json:"updates"`
					ByPriority []struct {
						Key     string `json:"key"`
						Tickets int    `json:"tickets"`
					} `json:"by_priority"`
					Objectives []struct {
						Name    string  `json:"name"`
						Tickets int     `json:"tickets"`
						Used    int     `json:"used_breaches"`
						Allowed float64 `json:"allowed_breaches"`
					} `json:"objectives"`
					Themes  []json.RawMessage `json:"themes"`
					Actions struct {
						Opened  *int `json:"opened"`
						Done    *int `json:"done"`
						Overdue *int `json:"overdue"`
					} `json:"actions"`
					ByTeam []json.RawMessage `json:"by_team"`
				}
				if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
					t.Fatal(err)
				}
				want := recompute(t, fx, m.Start(), m.End(), customer)
				if got.Month != "2026-02" || got.Tickets != want.tickets || want.tickets == 0 {
					t.Fatalf("%q: month %s tickets %d, want 2026-02 and %d", customer, got.Month, got.Tickets, want.tickets)
				}
				if g, w := *got.FirstResponse.WithinSLAPercent, pct(want.frM, want.frT); g != w {
					t.Errorf("%q: first response within SLA %v%%, want %v%%", customer, g, w)
				}
				if g, w := *got.Resolution.WithinSLAPercent, pct(want.resM, want.resT); g != w {
					t.Errorf("%q: resolution within SLA %v%%, want %v%%", customer, g, w)
				}
				if g, w := *got.FirstResponse.MedianBusiness, nearestRank(want.frBusiness, 50); g != w {
					t.Errorf("%q: median first response %d, want %d", customer, g, w)
				}
				if g, w := *got.FirstResponse.P90Business, nearestRank(want.frBusiness, 90); g != w {
					t.Errorf("%q: p90 first response %d, want %d", customer, g, w)
				}
				if g, w := *got.Resolution.P90Elapsed, nearestRank(want.resElapsed, 90); g != w {
					t.Errorf("%q: p90 resolution elapsed %d, want %d", customer, g, w)
				}
				if got.Updates.Breaches != want.updBreaches {
					t.Errorf("%q: update breaches %d, want %d", customer, got.Updates.Breaches, want.updBreaches)
				}
				gotPrio := map[string]int{}
				for _, g := range got.ByPriority {
					gotPrio[g.Key] = g.Tickets
				}
				if fmt.Sprint(gotPrio) != fmt.Sprint(want.byPriority) {
					t.Errorf("%q: by priority %v, want %v", customer, gotPrio, want.byPriority)
				}
				if len(got.Objectives) != 2 || got.Objectives[1].Tickets != want.resT || got.Objectives[1].Used != want.resT-want.resM {
					t.Errorf("%q: resolution objective %+v, want %d tickets and %d breaches", customer, got.Objectives, want.resT, want.resT-want.resM)
				}
				if got.Actions.Opened == nil || got.Actions.Done == nil || got.Actions.Overdue == nil || got.ByTeam == nil {
					t.Errorf("%q: JSON lacks actions or by_team: %s", customer, buf.Bytes()[:min(400, buf.Len())])
				}
				if customer == "" && len(got.Themes) == 0 {
					t.Errorf("no theme found among %d tickets sharing four causes", got.Tickets)
				}
			}
		})
	}
}
