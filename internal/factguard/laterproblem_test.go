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
	addMessages(tk, at,
		message{ticket.RoleCustomer, true, "The payroll export has failed every night this week with a timeout."},
		message{ticket.RoleAgent, true, "I've increased the export timeout to 30 minutes and re-ran last night's export."},
		message{ticket.RoleCustomer, true, "It failed again last night with the same timeout."})
	laterProblemCited(t, tk, "After the first fix, the customer reported “The payroll server caught fire”.",
		"a quotation the later problem does not hold")
}

// laterProblemCited narrates tk and checks that exactly one sentence cites
// the later_problem fact, that the guard accepts it, and that it refuses bad,
// a sentence citing the same fact that misstates it (what says how).
func laterProblemCited(t *testing.T, tk *ticket.Ticket, bad, what string) {
	t.Helper()
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
	if len(cs.Check(analysis.Sentence{Section: "executive_summary", Text: bad, Sources: []string{"later_problem"}})) == 0 {
		t.Errorf("the guard accepts %s", what)
	}
}

// TestWorkProblemCited: the executive summary's sentence on a fault staff
// noted while doing a change rests on the later_problem fact, and the guard
// accepts it; the same words given as the customer's are refused. The ticket
// is invented.
func TestWorkProblemCited(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeChange, Subject: "Release 5.2", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour)}
	addMessages(tk, at,
		message{ticket.RoleCustomer, true, "Please deploy release 5.2 of the booking app to the three branch servers on Thursday night."},
		message{ticket.RoleAgent, false, "Deployed 5.2 to Northgate and head office, smoke test passed. Eastgate: two tills didn't come back after the reboot."},
		message{ticket.RoleAgent, true, "Two of the three servers are on 5.2; Eastgate is back on 5.1 until its disk is replaced."})
	laterProblemCited(t, tk, "During the work, the customer reported “Eastgate: two tills didn't come back after the reboot”.",
		"staff's words given as the customer's")
}
