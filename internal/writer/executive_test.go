package writer_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

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
	a := analyze(t, cfg, tk)
	n := writer.Narrate(a)
	if a.Facts.Problem != nil || a.Facts.Opening != nil {
		t.Fatalf("the form's fields were quoted: %+v %+v", a.Facts.Problem, a.Facts.Opening)
	}
	if want := "Lantern Studio opened the ticket \u201cNew artist onboarding - Leeds\u201d"; !strings.Contains(n.ExecutiveSummary, want) {
		t.Errorf("want %q in:\n%s", want, n.ExecutiveSummary)
	}
}

// TestImpactQuotedOnce: where no sentence states a fault and the opening
// quoted is the customer's statement of the impact, the executive summary
// does not quote it a second time as the impact (styles56 SP-1094102). The
// ticket is invented.
func TestImpactQuotedOnce(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	at := time.Date(2026, 11, 20, 8, 5, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Charged twice for Ultimate this month", Priority: "normal", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
	tk.Events = []ticket.Event{
		{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "Bartosz", Body: "Hello,\n\nI see on my bank two payments of 14.99 GBP to STRATUSPLAY on 18 November, at the same time.\nMy subscription is only one (Ultimate monthly).\nPlease return the second one.\n\nBartosz"},
		{At: at.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "Sam", Body: "The second payment of 14.99 GBP has been refunded today."},
	}
	a := analyze(t, cfg, tk)
	n := writer.Narrate(a)
	const s = "I see on my bank two payments"
	if a.Facts.BusinessImpact == nil || !strings.Contains(a.Facts.BusinessImpact.Text, s) {
		t.Fatalf("impact %+v: the case tests nothing", a.Facts.BusinessImpact)
	}
	if got := strings.Count(n.ExecutiveSummary, s); got != 1 {
		t.Errorf("%q quoted %d times in:\n%s", s, got, n.ExecutiveSummary)
	}
}

// TestRequestQuotesAsk: a request is told by what it asks, not by its
// context (styles56 FL-2026-11960) nor a form's field (styles62
// EBS-MS-7815). The tickets are invented.
func TestRequestQuotesAsk(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	at := time.Date(2026, 11, 11, 8, 12, 0, 0, time.UTC)
	for _, c := range []struct {
		subject, body, want, not string
	}{
		{"Request: stop automatic firmware updates on our print farm", "Morning,\n\nWe run 12 Core X1s on a Forgeline Farm account (farm name \"Ashcombe DT\")\nfor our Year 11 GCSE coursework. Their NEA deadline is 4 December and the\nlast thing I need is an overnight firmware update changing something\nmid-print - we had the Z-offset business last week on two of them.\n\nCould you switch the whole farm to manual updates until after 5 December\nplease? I can't see a farm-wide setting for it, only per printer, and I'd\nrather not click through 12 of them.\n\nThanks,\nGareth Pryce",
			"asked \u201cCould you switch the whole farm to manual updates", "wrote"},
		{"New starter - underwriter access", "Request type: New user access\nName: Callum Rossiter\nLending mandate: up to £500,000 / 85% LTV\nPlease set up his access for Tuesday, he's doing induction Monday.",
			"requested \u201cPlease set up his access for Tuesday", "Lending mandate"},
	} {
		tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeServiceRequest, Subject: c.subject, Priority: "normal", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour),
			Customer: ticket.Customer{Name: "Ashcombe Academy"}}
		tk.Events = []ticket.Event{
			{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "Gareth", Body: c.body},
			{At: at.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "Sam", Body: "Done - that's set up as you asked."},
		}
		a := analyze(t, cfg, tk)
		n := writer.Narrate(a)
		if !strings.Contains(n.ExecutiveSummary, c.want) || strings.Contains(n.ExecutiveSummary, c.not) {
			t.Errorf("want %q and not %q in:\n%s", c.want, c.not, n.ExecutiveSummary)
		}
	}
}
