package service_test

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/demo"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

// From the bundled examples: G204-117 (Birchwood Lodges Ltd) has one
// internal note, which begins with internalNote.
const (
	pageTicket   = "G204-117"
	pageCustomer = "Birchwood Lodges Ltd"
	internalNote = "Taking the compute nodes offline"
)

// citation is a footnote link to a timeline row, with its title.
var citation = regexp.MustCompile(`\[\\\[\d+\\\]\]\(#timeline(-\d+)? "([^"\\]|\\.)*"\)`)

// demoService is a service over an archive of the analysed examples, with
// its store calls counted.
func demoService(t *testing.T) (*service.Service, *storetest.Counting) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	cfg, err := demo.Config(dir)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := store.Open(ctx, filepath.Join(dir, "debrief.db"), store.Options{Analyse: service.Analyser(eng), PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	if err := raw.Start(ctx); err != nil {
		t.Fatal(err)
	}
	st := &storetest.Counting{Store: raw}
	svc, err := service.New(service.Config{Store: st, Engine: eng, Clock: func() time.Time { return time.Date(2026, 7, 10, 12, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Seed(ctx, svc, raw, 2*time.Minute); err != nil {
		t.Fatal(err)
	}
	return svc, st
}

func TestTicketPage(t *testing.T) {
	ctx := context.Background()
	svc, st := demoService(t)

	t.Run("staff", func(t *testing.T) {
		st.Reset()
		pg, err := svc.TicketPage(ctx, auth.Staff, pageTicket, 0)
		if err != nil {
			t.Fatal(err)
		}
		// The ticket, its analyses, the analysis shown, its actions.
		if n := st.Calls(); n > 4 {
			t.Errorf("%d store calls, want at most 4", n)
		}
		if pg.Analysis != 1 || len(pg.Analyses) != 1 || pg.Ticket.ID != pageTicket || len(pg.Actions) == 0 {
			t.Errorf("analysis %d of %d, ticket %q, %d actions", pg.Analysis, len(pg.Analyses), pg.Ticket.ID, len(pg.Actions))
		}
		if !pg.Cited {
			t.Fatal("the archived reports were not reproduced: no citations")
		}
		for name, md := range map[string]string{"technical": pg.Technical, "executive": pg.Executive} {
			if !citation.MatchString(md) || !strings.Contains(md, "\n## Sources\n") {
				t.Errorf("%s report: no citation or no Sources section:\n%s", name, md)
			}
		}
		// Without its citations the report is exactly the archived one.
		rep, err := svc.Report(ctx, auth.Staff, service.ReportRequest{Ticket: pageTicket, File: "technical.md"})
		if err != nil {
			t.Fatal(err)
		}
		uncited, _, _ := strings.Cut(citation.ReplaceAllString(pg.Technical, ""), "\n## Sources\n")
		if strings.ReplaceAll(uncited, " ", "") != strings.ReplaceAll(string(rep.Body), " ", "") {
			t.Errorf("the cited report differs from the archived one beyond its citations:\n%s\n----\n%s", uncited, rep.Body)
		}
		// Staff are shown an internal note as such.
		if !strings.Contains(pg.Technical, ", internal note") || !strings.Contains(pg.Technical, internalNote) {
			t.Error("staff: no source is described as the internal note")
		}
	})

	t.Run("customer", func(t *testing.T) {
		st.Reset()
		c := &auth.Caller{Role: auth.RoleViewer, Customer: pageCustomer}
		pg, err := svc.TicketPage(ctx, c, pageTicket, 0)
		if err != nil {
			t.Fatal(err)
		}
		if n := st.Calls(); n > 2 {
			t.Errorf("%d store calls, want at most 2", n)
		}
		if !pg.Cited || !citation.MatchString(pg.Technical) || !citation.MatchString(pg.Executive) {
			t.Fatalf("customer's reports are not cited:\n%s", pg.Technical)
		}
		for _, leak := range []string{", internal note", internalNote, pageCustomer, pageTicket} {
			if strings.Contains(pg.Technical+pg.Executive, leak) {
				t.Errorf("customer's reports show %q", leak)
			}
		}
		if len(pg.Actions) != 0 {
			t.Error("a customer-bound viewer is shown actions")
		}
		for _, e := range pg.Ticket.Events {
			if strings.Contains(e.Body, internalNote) {
				t.Error("customer's ticket shows the internal note")
			}
		}
	})

	t.Run("another customer", func(t *testing.T) {
		_, err := svc.TicketPage(ctx, &auth.Caller{Role: auth.RoleViewer, Customer: "Northgate Freight"}, pageTicket, 0)
		if service.ErrorCode(err) != service.CodeNotFound {
			t.Errorf("another customer's viewer: %v, want not found", err)
		}
	})

	t.Run("unknown version", func(t *testing.T) {
		pg, err := svc.TicketPage(ctx, auth.Staff, pageTicket, 9)
		if err != nil || pg.Analysis != 1 {
			t.Errorf("version 9: analysis %d, %v; want the latest", pg.Analysis, err)
		}
	})
}

// TestMonthlyArchived: a month that is over is read from its archived
// report in one store call, and reads as the built report does; a
// customer-bound viewer reads its customer's archived version only; a
// month without an archive, or one team's report, is built.
func TestMonthlyArchived(t *testing.T) {
	ctx := context.Background()
	svc, st := demoService(t)
	const month = "2026-02"
	// The archive's text is dated by the service's clock.
	gen := monthly.RenderOptions{Generated: time.Date(2026, 7, 10, 12, 0, 0, 0, time.UTC)}
	md := func(r interface {
		Markdown(monthly.RenderOptions) ([]byte, error)
	}) string {
		t.Helper()
		b, err := r.Markdown(gen)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	customer := &auth.Caller{Role: auth.RoleViewer, Customer: pageCustomer}
	built, err := svc.Monthly(ctx, auth.Staff, service.MonthlyRequest{Month: month})
	if err != nil {
		t.Fatal(err)
	}
	builtExt, err := svc.Monthly(ctx, customer, service.MonthlyRequest{Month: month})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := svc.MonthlyArchived(ctx, auth.Staff, service.MonthlyRequest{Month: month}); err != nil || v.Archived != nil || md(v) != md(built) {
		t.Fatalf("before archiving: archived %v, %v", v.Archived, err)
	}
	if err := svc.ArchiveMonth(ctx, month, "test"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		c      *auth.Caller
		req    service.MonthlyRequest
		want   *monthly.Report
		stored bool
	}{
		{"internal", auth.Staff, service.MonthlyRequest{Month: month}, built, true},
		{"customer-bound", customer, service.MonthlyRequest{Month: month}, builtExt, true},
		{"staff, a customer's", auth.Staff, service.MonthlyRequest{Month: month, Customer: pageCustomer}, builtExt, true},
		{"one team", auth.Staff, service.MonthlyRequest{Month: month, Team: built.ByTeam[0].Key}, nil, false},
	} {
		st.Reset()
		v, err := svc.MonthlyArchived(ctx, tc.c, tc.req)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if (v.Archived != nil) != tc.stored {
			t.Errorf("%s: archived %v, want %v", tc.name, v.Archived, tc.stored)
			continue
		}
		if !tc.stored {
			continue
		}
		if n := st.Calls(); n != 1 {
			t.Errorf("%s: %d store calls, want 1", tc.name, n)
		}
		if got := md(v); got != md(tc.want) {
			t.Errorf("%s: the archived report reads differently from the built one:\n%s\n----\n%s", tc.name, got, md(tc.want))
		}
	}
	if _, err := svc.MonthlyArchived(ctx, customer, service.MonthlyRequest{Month: month, Customer: "Northgate Freight"}); service.ErrorCode(err) != service.CodeNotFound {
		t.Errorf("another customer's archived report: %v", err)
	}
	// A chart the archive keeps is drawn from it; the distribution of first
	// responses, which it does not keep, is built.
	for _, name := range []string{monthly.ChartReplies, built.Charts()[0].Name} {
		st.Reset()
		if _, err := svc.MonthlyChart(ctx, auth.Staff, service.MonthlyRequest{Month: month, Archived: true}, name, monthly.SVG); err != nil {
			t.Errorf("chart %s: %v", name, err)
		}
		if n := st.Calls(); (n == 1) != (name != monthly.ChartReplies) {
			t.Errorf("chart %s: %d store calls", name, n)
		}
	}
}

// TestMonthSoFar: the dashboard's month is built once and then reused
// without a store call, per scope: a customer-bound viewer gets its
// customer's external version, never staff's internal one.
func TestMonthSoFar(t *testing.T) {
	ctx := context.Background()
	svc, st := demoService(t)
	customer := &auth.Caller{Role: auth.RoleViewer, Customer: pageCustomer}
	for i, tc := range []struct {
		c        *auth.Caller
		external bool
		calls    bool
	}{
		{auth.Staff, false, true}, {auth.Staff, false, false}, {customer, true, true}, {customer, true, false}, {auth.Staff, false, false},
	} {
		st.Reset()
		r, err := svc.MonthSoFar(ctx, tc.c)
		if err != nil {
			t.Fatal(err)
		}
		if r.Month != "2026-07" || r.External != tc.external || (r.External && r.Scope.Customer != pageCustomer) {
			t.Errorf("view %d: month %s, external %v, scope %+v", i, r.Month, r.External, r.Scope)
		}
		if n := st.Calls(); (n > 0) != tc.calls {
			t.Errorf("view %d: %d store calls", i, n)
		}
	}
	if _, err := svc.MonthSoFar(ctx, &auth.Caller{}); service.ErrorCode(err) != service.CodeNotFound {
		t.Errorf("a caller without a role: %v", err)
	}
}
