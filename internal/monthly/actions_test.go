package monthly_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
)

// Re-analysing a ticket neither duplicates its actions nor resets a status,
// owner or due date a person set; every change is recorded with who and when.
func TestActionsKeepTheirIdentity(t *testing.T) {
	for name, open := range openStores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := t.Context()
			st := open(t)
			fx := fill(t, ctx, st, 3)
			all, err := st.ListActions(ctx, store.ActionFilter{Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if len(all) == 0 {
				t.Fatal("no actions were recorded")
			}
			first := all[0]
			done := true
			due := time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC)
			if _, err := st.ChangeAction(ctx, first.ID, store.ActionChange{Who: "alice", Owner: "Network lead", Due: due}); err != nil {
				t.Fatal(err)
			}
			changed, err := st.ChangeAction(ctx, first.ID, store.ActionChange{Who: "bob", Done: &done, Note: "alert rule deployed"})
			if err != nil {
				t.Fatal(err)
			}
			if changed.Status != store.ActionDone || changed.Owner != "Network lead" || !changed.Due.Equal(due) || changed.DoneAt.IsZero() {
				t.Fatalf("after the changes: %+v", changed)
			}

			// Re-analyse every ticket.
			eng, err := engine.New(fx.cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, tk := range fx.tickets {
				res, err := eng.Analyze(ctx, tk, engine.Options{})
				if err != nil {
					t.Fatal(err)
				}
				rec, err := service.Record(res, 0, fx.cfg.Hash)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := st.SaveAnalysis(ctx, rec); err != nil {
					t.Fatal(err)
				}
			}
			again, err := st.ListActions(ctx, store.ActionFilter{Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if len(again) != len(all) {
				t.Errorf("re-analysis changed the number of actions from %d to %d", len(all), len(again))
			}
			kept, err := st.ActionItem(ctx, first.ID)
			if err != nil {
				t.Fatal(err)
			}
			if kept.Status != store.ActionDone || kept.Owner != "Network lead" || !kept.Due.Equal(due) {
				t.Errorf("re-analysis reset the action: %+v", kept)
			}
			events, err := st.ActionEvents(ctx, first.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != 2 || events[0].Who != "alice" || events[0].Kind != "assigned" || events[1].Who != "bob" ||
				events[1].Kind != "done" || events[1].Note != "alert rule deployed" || events[1].At.IsZero() {
				t.Errorf("events: %+v", events)
			}
			// A later analysis shows what became of the action.
			tv, err := st.Ticket(ctx, first.TicketID)
			if err != nil {
				t.Fatal(err)
			}
			later, err := service.AnalyserFollowing(eng, st)(ctx, tv)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(later.Technical, "Network lead") || !strings.Contains(later.Technical, " by bob |") {
				t.Errorf("the later report does not show the action done by bob:\n%s", later.Technical)
			}
			if _, err := st.ChangeAction(ctx, 999999, store.ActionChange{Who: "x", Done: &done}); err == nil {
				t.Error("changing a missing action succeeded")
			}
			if _, err := st.ListActions(ctx, store.ActionFilter{Status: "pending"}); err == nil {
				t.Error("an unknown status was accepted")
			}
			overdue, err := st.ListActions(ctx, store.ActionFilter{Status: "overdue", Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range overdue {
				if a.Status != store.ActionOpen || a.ID == first.ID {
					t.Errorf("overdue lists %+v", a)
				}
			}
			if len(overdue) != len(all)-1 {
				t.Errorf("%d overdue in 2030, want %d", len(overdue), len(all)-1)
			}
		})
	}
}

// The external report holds one customer's tickets and nothing internal: no
// ticket id, no owner, no other customer, no team.
func TestExternalReportLeaksNothingInternal(t *testing.T) {
	ctx := context.Background()
	st := openStores(t)["sqlite"](t)
	fx := fill(t, ctx, st, 40)
	m, _ := monthly.ParseMonth("2026-02", time.UTC)
	const customer = "Fenwick & Sons Ltd"
	r, err := monthly.Build(ctx, st, m, figures.Scope{Customer: customer}, monthly.Options{External: true})
	if err != nil {
		t.Fatal(err)
	}
	r.RedactExternal(func(_, text string) string { return strings.ReplaceAll(text, "Pat Jones", "[PERSON]") })
	r.Narrative = r.DeterministicNarrative()
	var md, js bytes.Buffer
	if err := r.Write(ctx, &md, "md", monthly.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := r.Write(ctx, &js, "json", monthly.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if len(r.Incidents) == 0 {
		t.Fatal("the customer's tickets are missing")
	}
	for id, tk := range fx.tickets {
		for _, out := range []string{md.String(), js.String()} {
			if strings.Contains(out, id) {
				t.Errorf("ticket id %s appears in the external report", id)
			}
			if tk.Customer.Name != customer && strings.Contains(out, tk.Customer.Name) {
				t.Errorf("another customer, %s, appears", tk.Customer.Name)
			}
			if strings.Contains(out, tk.Team) {
				t.Errorf("team %s appears", tk.Team)
			}
		}
	}
	for _, owner := range []string{"Service desk manager", "Infrastructure engineering lead", "Support team lead"} {
		if strings.Contains(md.String(), owner) || strings.Contains(js.String(), owner) {
			t.Errorf("internal owner %q appears", owner)
		}
	}
	var parsed map[string]any
	if err := json.Unmarshal(js.Bytes(), &parsed); err != nil {
		t.Fatal(err)
	}
	if _, err := monthly.Build(ctx, st, m, figures.Scope{}, monthly.Options{External: true}); err == nil {
		t.Error("an external report without a customer was built")
	}
}

// Bad input gives clear errors or an honest empty report, never a crash.
func TestMonthlyBadInput(t *testing.T) {
	ctx := context.Background()
	for _, s := range []string{"2026-2", "Feb 2026", "2026-13", "", "2026-02-01", "２０２６-02"} {
		if _, err := monthly.ParseMonth(s, time.UTC); err == nil || !strings.Contains(err.Error(), "YYYY-MM") {
			t.Errorf("ParseMonth(%q): %v", s, err)
		}
	}
	st := openStores(t)["sqlite"](t)
	m, _ := monthly.ParseMonth("2026-02", time.UTC)
	if _, err := monthly.Build(ctx, st, m, figures.Scope{}, monthly.Options{Objectives: []figures.Objective{{Name: "x", Clock: "lunch", TargetPercent: 90}}}); err == nil || !strings.Contains(err.Error(), "unknown clock") {
		t.Errorf("unknown clock: %v", err)
	}
	for _, scope := range []figures.Scope{{}, {Customer: "Nobody Ltd"}} {
		r, err := monthly.Build(ctx, st, m, scope, monthly.Options{Objectives: []figures.Objective{{Name: "x", Clock: "resolution", TargetPercent: 90}}})
		if err != nil {
			t.Fatal(err)
		}
		r.Narrative = r.DeterministicNarrative()
		var md bytes.Buffer
		if err := r.Write(ctx, &md, "md", monthly.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		if r.Tickets != 0 || r.FirstResponse.WithinSLAPercent != nil || !strings.Contains(md.String(), "No ticket closed in February 2026") {
			t.Errorf("empty month: %d tickets, %s", r.Tickets, md.String()[:200])
		}
		if strings.Contains(md.String(), "NaN") || strings.Contains(md.String(), "Inf") {
			t.Errorf("empty month divides by zero:\n%s", md.String())
		}
	}
}

// ArchiveMonth stores the internal report and one external report per
// customer of the month; a customer-bound viewer lists and reads only its own.
func TestArchiveMonth(t *testing.T) {
	ctx := context.Background()
	st := openStores(t)["sqlite"](t)
	fx := fill(t, ctx, st, 10)
	eng, err := engine.New(fx.cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := service.New(service.Config{Store: st, Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.ArchiveMonth(ctx, "2026-02", "test"); err != nil {
		t.Fatal(err)
	}
	all, err := svc.ArchivedMonthly(ctx, auth.Staff, "2026-02")
	if err != nil || len(all) != 1+len(customers) {
		t.Fatalf("archived: %v %+v", err, all)
	}
	viewer := &auth.Caller{Role: auth.RoleViewer, Customer: customers[1]}
	mine, err := svc.ArchivedMonthly(ctx, viewer, "2026-02")
	if err != nil || len(mine) != 1 || mine[0].Scope != service.CustomerScope(customers[1]) {
		t.Errorf("the viewer's list: %v %+v", err, mine)
	}
	rec, err := svc.ArchivedMonthlyReport(ctx, viewer, "2026-02", "", 0)
	if err != nil || !strings.Contains(rec.Markdown, "Service report for "+strings.ReplaceAll(customers[1], "&", `\&`)) {
		t.Errorf("the viewer's report: %v %.200s", err, rec.Markdown)
	}
	if _, err := svc.ArchivedMonthlyReport(ctx, viewer, "2026-02", customers[0], 0); err == nil {
		t.Error("a viewer read another customer's archived report")
	}
}
