package writer_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

// TestFirstResponseWait: the executive summary states the first response's
// wait from the opening, with the business time beside it where they differ;
// business time alone read "after 0 seconds" for a reply an hour after a
// ticket opened outside business hours (styles54 INC0048650, styles2
// RPOS-88120, styles55 PL-88170). The tickets are invented; the calendar is
// the real-data configuration's Sunday-to-Thursday week.
func TestFirstResponseWait(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	cases := []struct {
		name   string
		opened time.Time
		want   string
	}{
		{"opened on a Friday, outside the week", time.Date(2026, 3, 6, 9, 0, 0, 0, time.UTC),
			"The first response came 1 hour after the ticket was opened (0 seconds of business time), within the SLA"},
		{"near miss: opened on a Monday morning", time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC),
			"The first response came after 1 hour, within the SLA"},
	}
	for _, c := range cases {
		tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Printer", Priority: "High", CreatedAt: c.opened, ClosedAt: c.opened.Add(5 * time.Hour)}
		for i, b := range []string{"The label printer in the warehouse prints blank labels.", "I've replaced the ribbon and a test label printed fine."} {
			role := ticket.RoleCustomer
			if i > 0 {
				role = ticket.RoleAgent
			}
			tk.Events = append(tk.Events, ticket.Event{At: c.opened.Add(time.Duration(i) * time.Hour), Kind: ticket.KindMessage, Role: role, Public: true, Body: b})
		}
		n := writer.Narrate(analyze(t, cfg, tk))
		if !strings.Contains(n.ExecutiveSummary, c.want) {
			t.Errorf("%s: want %q in:\n%s", c.name, c.want, n.ExecutiveSummary)
		}
	}
}

// TestNoResponseAwaited: the executive summary does not say "The customer
// received no response" of a ticket a monitoring alert opened that no
// customer wrote in (styles52 CSS-109882), nor of one staff opened with a
// note of the call (styles30 RT-771204); it does of a customer's unanswered
// ticket. The tickets are invented.
func TestNoResponseAwaited(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	at := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		first ticket.Event
		want  bool
	}{
		{"an alert", ticket.Event{Role: ticket.RoleSystem, Public: true, Body: "CRITICAL: job erp-stock-sync failed 3 consecutive runs."}, false},
		{"a call note", ticket.Event{Role: ticket.RoleAgent, Public: false, Author: "Sam", Body: "Call from Mr Sandhu. The stock sync has failed since this morning."}, false},
		{"near miss: the customer's message", ticket.Event{Role: ticket.RoleCustomer, Public: true, Body: "Our stock sync has failed since this morning."}, true},
	}
	for _, c := range cases {
		tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Stock sync", Priority: "High", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
		first := c.first
		first.At, first.Kind = at, ticket.KindMessage
		tk.Events = append(tk.Events, first, ticket.Event{At: at.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Sam", Body: "Restarted the sync worker; the next run completed."})
		n := writer.Narrate(analyze(t, cfg, tk))
		if got := strings.Contains(n.ExecutiveSummary, "received no response"); got != c.want {
			t.Errorf("%s: \"received no response\" %v, want %v in:\n%s", c.name, got, c.want, n.ExecutiveSummary)
		}
	}
}

// TestFirstResponseOneSentence: the evidence catalogue and the writer's
// triage state the first response in the one sentence
// analysis.FirstResponseSentence writes (the catalogue added the business
// time a second time, "grace included; business time 1 hour", and its own
// words for no response). The tickets are invented.
func TestFirstResponseOneSentence(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	at := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		answer  bool
		want    string
		notWant string
	}{
		{"answered", true, "The first customer-visible response came at ", "; business time"},
		{"near miss: not answered", false, "No customer-visible response was sent before the ticket closed", "; business time"},
	}
	for _, c := range cases {
		tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Printer", Priority: "High", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
		tk.Events = append(tk.Events, ticket.Event{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "The label printer in the warehouse prints blank labels."})
		if c.answer {
			tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "Sam", Body: "I've replaced the ribbon and a test label printed fine."})
		}
		a := analyze(t, cfg, tk)
		n := writer.Narrate(a)
		if !strings.Contains(n.Triage, c.want) {
			t.Errorf("%s: triage lacks %q:\n%s", c.name, c.want, n.Triage)
		}
		var fact string
		for _, s := range analysis.Sources(tk, a) {
			if s.ID == "first_response" {
				fact = s.Text
			}
		}
		if !strings.Contains(fact, c.want) || strings.Contains(fact, c.notWant) {
			t.Errorf("%s: catalogue's first response %q, want %q and not %q", c.name, fact, c.want, c.notWant)
		}
		if c.answer && !strings.HasSuffix(fact, "the SLA, grace included.") {
			t.Errorf("%s: catalogue's first response %q does not end as the writer's sentence does", c.name, fact)
		}
	}
}
