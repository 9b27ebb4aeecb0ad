package writer_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

// TestUrgencySource: the review says whose words signalled urgency. Urgency
// read in the customer's first message after staff's note or an alert
// opened the ticket was told as what "the opening message" said (styles58
// BHS-CR-0619 "Need it sorted asap please", four days after staff's change
// request; styles6, styles18, styles26 after a note of a call; styles36 after
// an alert); an alert's or staff's subject was told so too. The urgency
// stays; the wording names its source. The tickets are invented; the near
// miss, a customer's opening, keeps "the opening message".
func TestUrgencySource(t *testing.T) {
	cfg := exampletest.RealConfig(t, "")
	at := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	type ev struct {
		role   ticket.Role
		public bool
		body   string
	}
	cases := []struct {
		name    string
		subject string
		evs     []ev
		triage  string // in the triage paragraph
		risk    string // in the risk paragraph
		finding string // the urgency finding's opening
	}{
		{"the customer wrote after staff's note", "Change: label printer firmware", []ev{
			{ticket.RoleAgent, false, "Change request: firmware update on the label printers, window Wednesday 02:00."},
			{ticket.RoleCustomer, true, "Labels print blank since the update. Need it sorted asap please, the morning shift is our busiest."},
			{ticket.RoleAgent, true, "Rolled the printers back to the old firmware; labels print again."},
		}, "The customer's first message, at 13:00:00, signalled urgency: “Need it sorted asap please, the morning shift is our busiest”.",
			"which the customer's first message, at 13:00:00, described as",
			"The customer's first message, at 13:00:00, used urgent wording (“asap”)"},
		{"an alert's subject", "CRITICAL: label printer offline", []ev{
			{ticket.RoleSystem, true, "CRITICAL: label printer LP-4 has not answered for 5 minutes."},
			{ticket.RoleAgent, false, "Power cycled LP-4; it answers again."},
		}, "The automatic message that opened the ticket signalled urgency: “CRITICAL: label printer offline”.",
			"which the automatic message that opened the ticket described as",
			"The automatic message that opened the ticket used urgent wording (“critical”)"},
		{"near miss: the customer opened it", "Label printer", []ev{
			{ticket.RoleCustomer, true, "Labels print blank. Need it sorted asap please, the morning shift is our busiest."},
			{ticket.RoleAgent, true, "Replaced the ribbon; labels print again."},
		}, "The opening message signalled urgency: “Need it sorted asap please, the morning shift is our busiest”.",
			"which the opening message described as",
			"The opening message used urgent wording (“asap”)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: c.subject, Priority: "P3", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
			for i, e := range c.evs {
				tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Duration(i) * time.Hour), Kind: ticket.KindMessage, Role: e.role, Public: e.public, Body: e.body})
			}
			a := analyze(t, cfg, tk)
			n := writer.Narrate(a)
			if !strings.Contains(n.Triage, c.triage) {
				t.Errorf("want %q in the triage:\n%s", c.triage, n.Triage)
			}
			if !strings.Contains(n.RiskHandling, c.risk) {
				t.Errorf("want %q in the risk paragraph:\n%s", c.risk, n.RiskHandling)
			}
			found := false
			for _, f := range a.Findings {
				if strings.HasPrefix(f.Code, "urgency") || strings.HasPrefix(f.Code, "priority_raised") {
					found = strings.HasPrefix(f.Text, c.finding)
					if !found {
						t.Errorf("finding %q, want it to begin %q", f.Text, c.finding)
					}
				}
			}
			if !found {
				t.Errorf("no urgency finding beginning %q", c.finding)
			}
		})
	}
}
