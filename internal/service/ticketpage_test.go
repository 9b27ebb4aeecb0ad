package service_test

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/demo"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
)

// From the bundled examples: G204-117 (Birchwood Lodges Ltd) has one
// internal note, which begins with internalNote.
const (
	pageTicket   = "G204-117"
	pageCustomer = "Birchwood Lodges Ltd"
	internalNote = "Taking the compute nodes offline"
)

// calls counts the store calls of the ticket page's use case.
type calls struct {
	store.Store
	n atomic.Int64
}

func (c *calls) Ticket(ctx context.Context, id string) (store.TicketVersion, error) {
	c.n.Add(1)
	return c.Store.Ticket(ctx, id)
}
func (c *calls) TicketVersion(ctx context.Context, id string, v int) (store.TicketVersion, error) {
	c.n.Add(1)
	return c.Store.TicketVersion(ctx, id, v)
}
func (c *calls) Analyses(ctx context.Context, id string) ([]store.AnalysisMeta, error) {
	c.n.Add(1)
	return c.Store.Analyses(ctx, id)
}
func (c *calls) Analysis(ctx context.Context, id string, v int) (store.Analysis, error) {
	c.n.Add(1)
	return c.Store.Analysis(ctx, id, v)
}
func (c *calls) ListActions(ctx context.Context, f store.ActionFilter) ([]figures.ActionItem, error) {
	c.n.Add(1)
	return c.Store.ListActions(ctx, f)
}

// citation is a footnote link to a timeline row, with its title.
var citation = regexp.MustCompile(`\[\\\[\d+\\\]\]\(#timeline(-\d+)? "([^"\\]|\\.)*"\)`)

func TestTicketPage(t *testing.T) {
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
	defer raw.Close()
	if err := raw.Start(ctx); err != nil {
		t.Fatal(err)
	}
	st := &calls{Store: raw}
	svc, err := service.New(service.Config{Store: st, Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Seed(ctx, svc, raw, 2*time.Minute); err != nil {
		t.Fatal(err)
	}

	t.Run("staff", func(t *testing.T) {
		st.n.Store(0)
		pg, err := svc.TicketPage(ctx, auth.Staff, pageTicket, 0)
		if err != nil {
			t.Fatal(err)
		}
		// The ticket, its analyses, the analysis shown, its actions.
		if n := st.n.Load(); n > 4 {
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
		st.n.Store(0)
		c := &auth.Caller{Role: auth.RoleViewer, Customer: pageCustomer}
		pg, err := svc.TicketPage(ctx, c, pageTicket, 0)
		if err != nil {
			t.Fatal(err)
		}
		if n := st.n.Load(); n > 2 {
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
