package writer_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

func narrate(t *testing.T, file string) analysis.Narrative {
	t.Helper()
	cfg, tk, p := exampletest.Ticket(t, file)
	a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
	n, meta, err := writer.Deterministic{}.Write(context.Background(), &writer.Input{Ticket: tk, Analysis: a, Settings: cfg.Analysis})
	if err != nil || len(meta.Fallbacks) != 0 || meta.PromptTokens != 0 {
		t.Fatalf("write: %v %+v", err, meta)
	}
	return n
}

// analyze analyses tk with cfg's policy for it, as the engine does.
func analyze(t *testing.T, cfg *config.Config, tk *ticket.Ticket) *analysis.Analysis {
	t.Helper()
	p, err := cfg.PolicyFor(tk)
	if err != nil {
		t.Fatal(err)
	}
	return analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
}

// inventedMsg is one message of an invented ticket.
type inventedMsg struct {
	role   ticket.Role
	public bool
	body   string
}

// narrateInvented narrates a ticket of type typ whose messages come one an
// hour from 09:00, closed five hours after it opened.
func narrateInvented(typ, subject string, msgs ...inventedMsg) analysis.Narrative {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: typ, Subject: subject, CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
	for i, m := range msgs {
		tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Duration(i) * time.Hour), Kind: ticket.KindMessage, Role: m.role, Public: m.public, Body: m.body})
	}
	cfg := config.Default()
	p, _ := cfg.PolicyFor(tk)
	return writer.Narrate(analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis))
}

// customerThenStaff makes the first message the customer's and the others
// staff's, all public.
func customerThenStaff(bodies ...string) []inventedMsg {
	out := make([]inventedMsg, len(bodies))
	for i, b := range bodies {
		out[i] = inventedMsg{ticket.RoleAgent, true, b}
		if i == 0 {
			out[i].role = ticket.RoleCustomer
		}
	}
	return out
}

func TestNarrative(t *testing.T) {
	tests := []struct {
		file    string
		section func(analysis.Narrative) string
		want    []string
	}{
		{"01-pve-down.json", func(n analysis.Narrative) string { return n.Overview }, []string{
			"Ticket G204-117, “PVE Down”, was opened on 17 February 2026, 07:05:56 by Morgan Hale of Birchwood Lodges Ltd with priority P1.",
			"It was closed automatically (inactivity) on 18 February 2026, 07:06:00, 1 day 0 hours 0 minutes after it was opened.",
			"All times are in UTC."}},
		{"01-pve-down.json", func(n analysis.Narrative) string { return n.Communication }, []string{
			"07:43:03 to 08:06:23, 23 minutes (1400s)",
			"At 07:37:20 the customer asked for news (“Any update?”); the reply came at 07:43:03, 5 minutes (343s) later."}},
		{"04-unanswered-vpn.json", func(n analysis.Narrative) string { return n.Triage }, []string{
			"No customer-visible response was sent before the ticket closed."}},
		{"05-escalated-payroll.json", func(n analysis.Narrative) string { return n.Triage }, []string{
			"The priority was raised from P3 to P1 at 11:07:00, 1 hour 27 minutes after the ticket was opened.",
			"came outside the SLA"}},
		// The reference's executive summary says what broke (the Proxmox cluster), the
		// cause (a storage volume failure cascading in pvesm) and how service came back
		// (compute nodes brought back, quorum re-established), and asks for monitoring.
		{"01-pve-down.json", func(n analysis.Narrative) string { return n.ExecutiveSummary }, []string{
			"reported “URGENT - our Proxmox cluster is down”",
			"The customer described the impact as “No systems are working in the business and nobody can log in”.",
			"The team identified the cause: “The storage volume on node pve-node03 (10.20.0.13) has failed, which caused a cascade failure in pvesm",
			"“We are now bringing them back online one at a time to re-establish quorum”",
			"Service was reported restored at 08:06:23",
			"“Quorum has been re-established and all compute nodes are back online”",
			"add monitoring and alerting for the storage volume on node pve-node03"}},
		{"01-pve-down.json", func(n analysis.Narrative) string { return n.BusinessImpact }, []string{
			"Duration of impact: 1 hour, from the opening of the ticket to the report at 08:06:23 that service was restored."}},
		// Nothing says the VPN came back: the impact is unknown, and the report says
		// what it could not identify rather than that the ticket lacks it.
		{"04-unanswered-vpn.json", func(n analysis.Narrative) string { return n.BusinessImpact }, []string{
			"Duration of impact: unknown; debrief could not identify a message reporting the service restored."}},
		{"05-escalated-payroll.json", func(n analysis.Narrative) string { return n.BusinessImpact }, []string{
			"Affected customer: Northgate Freight.", "Severity: P1.", "Estimated cost of downtime: GBP 12,500 (GBP 2,500 per hour, by priority P1)."}},
	}
	for _, tc := range tests {
		got := tc.section(narrate(t, tc.file))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: section lacks %q:\n%s", tc.file, w, got)
			}
		}
	}
}

func TestEveryExampleHasEverySection(t *testing.T) {
	for _, f := range []string{"01-pve-down.json", "02-holiday-printing.json", "03-mail-pauses.json", "04-unanswered-vpn.json", "05-escalated-payroll.json"} {
		n := narrate(t, f)
		for name, s := range map[string]string{"overview": n.Overview, "triage": n.Triage, "investigations": n.Investigations,
			"technical quality": n.TechnicalQuality, "communication": n.Communication, "risk": n.RiskHandling, "root cause": n.RootCause,
			"executive summary": n.ExecutiveSummary, "business impact": n.BusinessImpact, "outcome": n.Outcome} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: empty %s section", f, name)
			}
		}
	}
}

// TestServiceRequestHasNoOutage checks that a service request reads as one: no
// duration of impact, no root-cause analysis, no incident actions.
func TestServiceRequestHasNoOutage(t *testing.T) {
	cfg, tk, p := exampletest.Ticket(t, "04-unanswered-vpn.json")
	tk.Type = "service_request"
	a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
	n := writer.Narrate(a)
	if strings.Contains(n.BusinessImpact, "Duration of impact") || !strings.Contains(n.BusinessImpact, "not an outage") {
		t.Errorf("business impact of a service request: %s", n.BusinessImpact)
	}
	if !strings.Contains(n.RootCause, "no root cause analysis applies") {
		t.Errorf("root cause of a service request: %s", n.RootCause)
	}
	for _, ac := range a.Actions {
		if analysis.RootCauseAction(ac.Code) {
			t.Errorf("service request got incident action %s: %s", ac.Code, ac.Title)
		}
	}
}

// TestLaterProblemSentence: the executive summary tells what broke after the
// work (a change) or after the first fix (an incident), in the customer's
// words, or what staff noted failing while doing the work, citing the later
// problem; without one it says nothing of the kind.
// The ticket is invented.
func TestLaterProblemSentence(t *testing.T) {
	later := "The Eastgate server won't start the booking app since the upgrade, it shows error 1603."
	bodies := []string{"Please deploy release 5.2 of the booking app to the three branch servers on Thursday night.",
		"We deployed release 5.2 to all three branch servers last night and restarted the services.", "Thanks. " + later}
	noted := "Eastgate failed: the booking service didn't come back after the reboot."
	cases := []struct {
		typ, last, want string
		staff           bool // the last message is a staff note
	}{
		{ticket.TypeChange, bodies[2], "After the work, the customer reported “" + strings.TrimSuffix(later, ".") + "” (11:00:00).", false},
		{ticket.TypeIncident, bodies[2], "After the first fix, the customer reported “" + strings.TrimSuffix(later, ".") + "” (11:00:00).", false},
		{ticket.TypeChange, "Thanks, all three branches are booking normally this morning.", "", false},
		{ticket.TypeChange, noted, "During the work, the team noted “" + strings.TrimSuffix(noted, ".") + "” (11:00:00).", true},
	}
	for _, c := range cases {
		last := inventedMsg{ticket.RoleCustomer, true, c.last}
		if c.staff {
			last = inventedMsg{ticket.RoleAgent, false, c.last}
		}
		n := narrateInvented(c.typ, "Release 5.2", inventedMsg{ticket.RoleCustomer, true, bodies[0]}, inventedMsg{ticket.RoleAgent, true, bodies[1]}, last)
		var found *analysis.Sentence
		for i, s := range n.Sentences {
			if s.Section == "executive_summary" && (strings.Contains(s.Text, "the customer reported “") && strings.HasPrefix(s.Text, "After ") || strings.HasPrefix(s.Text, "During the work")) {
				found = &n.Sentences[i]
			}
		}
		switch {
		case c.want == "" && found != nil:
			t.Errorf("%s: the summary states a later problem that is not one: %s", c.typ, found.Text)
		case c.want != "" && found == nil:
			t.Errorf("%s: the summary lacks %q:\n%s", c.typ, c.want, n.ExecutiveSummary)
		case c.want != "" && (found.Text != c.want || !slices.Equal(found.Sources, []string{"later_problem"})):
			t.Errorf("%s: got %q citing %v, want %q citing [later_problem]", c.typ, found.Text, found.Sources, c.want)
		}
	}
}

// TestRiskNoEstimateAfterRestoration: an expected time given once the service
// was back ("your order will be sent out by Thursday as normal") is not
// written up as an estimate of resolution time; one given before it is judged
// by the estimate finding. The tickets are invented.
func TestRiskNoEstimateAfterRestoration(t *testing.T) {
	for _, c := range []struct {
		bodies []string
		want   bool
	}{
		{[]string{"The ordering site shows an error at checkout.", "Checkout is working again, the payment module was restarted.",
			"Your order will be sent out by Thursday as normal."}, false},
		{[]string{"The ordering site shows an error at checkout.", "We expect a fix by 11:00 today.",
			"Checkout is working again, the payment module was restarted."}, true},
	} {
		n := narrateInvented(ticket.TypeIncident, "Checkout", customerThenStaff(c.bodies...)...)
		if got := strings.Contains(n.RiskHandling, "estimate"); got != c.want {
			t.Errorf("%q: risk handling mentions an estimate = %v, want %v:\n%s", c.bodies[len(c.bodies)-1], got, c.want, n.RiskHandling)
		}
	}
}

// TestSummaryWordsByType: the executive summary words the opening, the key
// step and the end of the impact in the terms of the ticket's type: a
// request or a change is requested and reported done, a question is asked,
// answered and resolved, and only an incident has a service restored. The
// ticket is invented.
func TestSummaryWordsByType(t *testing.T) {
	bodies := []string{"Please set up a mailbox for our new accountant, Dana Whitfield, starting Monday.",
		"Dana's mailbox was set up this morning and her sign-in details were sent to her.",
		"Thanks, Dana can sign in and the mailbox works."}
	for _, c := range []struct {
		typ  string
		want []string
		not  []string
	}{
		{ticket.TypeServiceRequest, []string{" requested “", "The work recorded: “", "The request was reported done at "}, []string{"Service was reported restored", "remedial"}},
		{ticket.TypeChange, []string{" requested “", "The work recorded: “", "The change was reported done at "}, []string{"Service was reported restored", "remedial"}},
		{ticket.TypeQuestion, []string{" requested “", "The answer given: “", "The question was reported resolved at "}, []string{"Service was reported restored", "remedial"}},
		{ticket.TypeIncident, []string{" reported “", "The remedial step recorded: “", "Service was reported restored at "}, []string{"reported done", " requested “"}},
	} {
		n := narrateInvented(c.typ, "New mailbox", inventedMsg{ticket.RoleCustomer, true, bodies[0]},
			inventedMsg{ticket.RoleAgent, true, bodies[1]}, inventedMsg{ticket.RoleCustomer, true, bodies[2]})
		for _, w := range c.want {
			if !strings.Contains(n.ExecutiveSummary, w) {
				t.Errorf("%s: the summary lacks %q:\n%s", c.typ, w, n.ExecutiveSummary)
			}
		}
		for _, w := range c.not {
			if strings.Contains(n.ExecutiveSummary, w) {
				t.Errorf("%s: the summary says %q:\n%s", c.typ, w, n.ExecutiveSummary)
			}
		}
	}
}

// TestSummaryRequestGranted: staff writing that they granted a request in the
// first person ("I have created the mailbox ...") is where the request was
// done (the reader's round 55); the summary of a service request says so at
// that message's time, before the customer's thanks. The ticket is invented.
func TestSummaryRequestGranted(t *testing.T) {
	// Staff's report of the work ("I have created the mailbox …") is the fix;
	// the request is reported done by a result stated, here the customer's
	// (docs/labelling.md's borders table, round 229). With no result stated,
	// the summary gives when the work was recorded.
	tests := []struct {
		name string
		msgs []inventedMsg
		want []string
	}{
		{"confirmed", []inventedMsg{
			{ticket.RoleCustomer, true, "Please set up a mailbox for our new accountant, Dana Whitfield, starting Monday."},
			{ticket.RoleAgent, true, "I have created the mailbox for Dana and sent her the sign-in details."},
			{ticket.RoleCustomer, true, "Thanks, Dana can sign in and the mailbox works."},
		}, []string{
			"The work recorded: “I have created the mailbox for Dana",
			"The request was reported done at 11:00:00, 2 hours after the ticket was opened: “Thanks, Dana can sign in",
		}},
		{"work only", []inventedMsg{
			{ticket.RoleCustomer, true, "Please set up a mailbox for our new accountant, Dana Whitfield, starting Monday."},
			{ticket.RoleAgent, true, "I have created the mailbox for Dana and sent her the sign-in details."},
		}, []string{
			"The work recorded at 10:00:00, 1 hour after the ticket was opened: “I have created the mailbox for Dana",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := narrateInvented(ticket.TypeServiceRequest, "New mailbox", tt.msgs...)
			for _, want := range tt.want {
				if !strings.Contains(n.ExecutiveSummary, want) {
					t.Errorf("the summary lacks %q:\n%s", want, n.ExecutiveSummary)
				}
			}
			if strings.Contains(n.ExecutiveSummary, "Service was reported restored") {
				t.Errorf("a service request's summary speaks of a restored service:\n%s", n.ExecutiveSummary)
			}
		})
	}
}
