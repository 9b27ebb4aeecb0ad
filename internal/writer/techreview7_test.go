package writer_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

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
		p, err := cfg.PolicyFor(tk)
		if err != nil {
			t.Fatal(err)
		}
		a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
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

// TestChatThanks: a chat's closing "great ta" after the work is done needs no
// reply (styles59 BCIT-31590 asked "Require a reply to the customer's last
// message before a ticket can close"); a question after it does. The
// tickets are invented.
func TestChatThanks(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	at := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		last string
		want bool
	}{
		{"great ta", false},
		{"thx!", false},
		{"no thats all, obrigado!", false}, // styles61 SB-30588
		{"and can you do the same for Sam?", true},
	} {
		tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeServiceRequest, Subject: "Chat: new accounts", Priority: "P4", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
		for i, e := range []struct {
			role ticket.Role
			body string
		}{
			{ticket.RoleCustomer, "hi need 2 new instructor accounts pls, start mon"},
			{ticket.RoleAgent, "Done: both have email and crew room logins."},
			{ticket.RoleCustomer, c.last},
		} {
			tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Duration(i) * 10 * time.Minute), Kind: ticket.KindMessage, Role: e.role, Public: true, Author: string(e.role), Body: e.body})
		}
		p, err := cfg.PolicyFor(tk)
		if err != nil {
			t.Fatal(err)
		}
		a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
		got := false
		for _, fd := range a.Findings {
			got = got || fd.Code == "customer_not_informed"
		}
		if got != c.want {
			t.Errorf("%q: customer_not_informed %v, want %v", c.last, got, c.want)
		}
	}
}

// TestRequestSubjectOnly: a request whose opening is a form the review quotes
// nothing of names it by its subject, "opened the ticket", not "reported"
// (styles61 SB-30655: "Black Lantern Tattoo Co. reported “New artist / staff
// onboarding - Manchester NQ”"). The ticket is invented.
func TestRequestSubjectOnly(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	at := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeServiceRequest, Subject: "New artist onboarding - Leeds", Priority: "P4", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour),
		Customer: ticket.Customer{Name: "Lantern Studio"}}
	tk.Events = []ticket.Event{
		{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "Keeley", Body: "Request type: New artist onboarding\nStudio: Leeds\nName: Ada Cole\nEmail wanted: ada@example.com"},
		{At: at.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "Sam", Body: "Done - Ada's login is set up and she has her own column on the calendar."},
	}
	p, err := cfg.PolicyFor(tk)
	if err != nil {
		t.Fatal(err)
	}
	a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
	n := writer.Narrate(a)
	if a.Facts.Problem != nil || a.Facts.Opening != nil {
		t.Fatalf("the form's fields were quoted: %+v %+v", a.Facts.Problem, a.Facts.Opening)
	}
	if want := "Lantern Studio opened the ticket \u201cNew artist onboarding - Leeds\u201d"; !strings.Contains(n.ExecutiveSummary, want) {
		t.Errorf("want %q in:\n%s", want, n.ExecutiveSummary)
	}
}

// TestCauseNobodyAwaited: of a ticket an alert opened that no customer wrote
// in, the technical quality does not say the cause was "not explained to the
// customer" (styles62 CLP-118420); of a customer's ticket it does. The
// tickets are invented.
func TestCauseNobodyAwaited(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	at := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name  string
		first ticket.Event
		want  string
	}{
		{"an alert", ticket.Event{Role: ticket.RoleSystem, Public: true, Author: "Zabbix", Body: "CRITICAL: job erp-stock-sync failed 3 consecutive runs."}, "no customer wrote in it, so no response was awaited"},
		{"near miss: a customer", ticket.Event{Role: ticket.RoleCustomer, Public: true, Author: "Ann", Body: "Our stock sync has failed since this morning."}, "but not explained to the customer"},
	} {
		tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Stock sync", Priority: "High", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
		first := c.first
		first.At, first.Kind = at, ticket.KindMessage
		tk.Events = append(tk.Events, first, ticket.Event{At: at.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Sam",
			Body: "The root cause was a full disk on the sync host, caused by old logs."})
		p, err := cfg.PolicyFor(tk)
		if err != nil {
			t.Fatal(err)
		}
		a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
		if len(a.Facts.Causes) == 0 {
			t.Fatalf("%s: no cause read", c.name)
		}
		if n := writer.Narrate(a); !strings.Contains(n.TechnicalQuality, c.want) {
			t.Errorf("%s: want %q in:\n%s", c.name, c.want, n.TechnicalQuality)
		}
	}
}
