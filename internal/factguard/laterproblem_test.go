package factguard

import (
	"slices"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestLaterProblemCited: the executive summary's sentence on the customer's
// later problem rests on the later_problem fact, and the guard accepts it;
// a sentence citing it for words the customer did not write is refused. The
// ticket is invented.
func TestLaterProblemCited(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Payroll export", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
	for i, m := range []struct {
		role ticket.Role
		body string
	}{
		{ticket.RoleCustomer, "The payroll export has failed every night this week with a timeout."},
		{ticket.RoleAgent, "I've increased the export timeout to 30 minutes and re-ran last night's export."},
		{ticket.RoleCustomer, "It failed again last night with the same timeout."},
	} {
		tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Duration(i) * time.Hour), Kind: ticket.KindMessage, Role: m.role, Public: true, Body: m.body})
	}
	a, cs := narrateInvented(t, tk)
	n := 0
	for _, s := range a.Narrative.Sentences {
		if !slices.Contains(s.Sources, "later_problem") {
			continue
		}
		n++
		if ps := cs.Check(s); len(ps) > 0 {
			t.Errorf("the guard refuses %q: %v", s.Text, ps)
		}
	}
	if n != 1 {
		t.Errorf("%d sentences cite the later problem, want 1", n)
	}
	bad := analysis.Sentence{Section: "executive_summary", Text: "After the first fix, the customer reported “The payroll server caught fire”.", Sources: []string{"later_problem"}}
	if len(cs.Check(bad)) == 0 {
		t.Error("the guard accepts a quotation the later problem does not hold")
	}
}

// TestWorkProblemCited: the executive summary's sentence on a fault staff
// noted while doing a change rests on the later_problem fact, and the guard
// accepts it; the same words given as the customer's are refused. The ticket
// is invented.
func TestWorkProblemCited(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeChange, Subject: "Release 5.2", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
	for i, m := range []struct {
		role   ticket.Role
		public bool
		body   string
	}{
		{ticket.RoleCustomer, true, "Please deploy release 5.2 of the booking app to the three branch servers on Thursday night."},
		{ticket.RoleAgent, false, "Deployed 5.2 to Northgate and head office, smoke test passed. Eastgate failed: the booking service didn't come back after the reboot."},
		{ticket.RoleAgent, true, "Two of the three servers are on 5.2; Eastgate is back on 5.1 until its disk is replaced."},
	} {
		tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Duration(i) * time.Hour), Kind: ticket.KindMessage, Role: m.role, Public: m.public, Body: m.body})
	}
	a, cs := narrateInvented(t, tk)
	n := 0
	for _, s := range a.Narrative.Sentences {
		if !slices.Contains(s.Sources, "later_problem") {
			continue
		}
		n++
		if ps := cs.Check(s); len(ps) > 0 {
			t.Errorf("the guard refuses %q: %v", s.Text, ps)
		}
	}
	if n != 1 {
		t.Errorf("%d sentences cite the fault staff noted, want 1", n)
	}
	bad := analysis.Sentence{Section: "executive_summary", Text: "During the work, the customer reported “Eastgate failed: the booking service didn't come back after the reboot”.", Sources: []string{"later_problem"}}
	if len(cs.Check(bad)) == 0 {
		t.Error("the guard accepts staff's words given as the customer's")
	}
}
