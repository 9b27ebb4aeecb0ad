package factguard

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestAlertProblemCited: a ticket a monitoring alert opened is summarised
// with the alert's words as an automatic message's, and the guard accepts the
// sentence. The ticket is invented.
func TestAlertProblemCited(t *testing.T) {
	at := time.Date(2026, 3, 2, 2, 30, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T2", Type: ticket.TypeIncident, Subject: "Nightly export lag > 24h", CreatedAt: at, ClosedAt: at.Add(9 * time.Hour)}
	tk.Customer.Name = "Harbour Foods"
	addMessages(tk, at,
		message{ticket.RoleSystem, true, "ALERT: Nightly export lag > 24h.\nHost: EXP-01.\nLast successful run: 2026-03-01 02:14 UTC."},
		message{ticket.RoleAgent, false, "Export service stopped after patching; started it and set it to automatic."},
		message{ticket.RoleAgent, true, "The nightly export stopped after patching on Sunday. We restarted it and it is running again."})
	a, cs := narrateInvented(t, tk)
	n := 0
	for _, s := range a.Narrative.Sentences {
		if s.Section != "executive_summary" || !slices.Contains(s.Sources, "problem") {
			continue
		}
		n++
		if !strings.HasPrefix(s.Text, "For Harbour Foods, an automatic message reported “ALERT: Nightly export lag > 24h”") {
			t.Errorf("summary opens %q", s.Text)
		}
		if ps := cs.Check(s); len(ps) > 0 {
			t.Errorf("the guard refuses %q: %v", s.Text, ps)
		}
	}
	if n != 1 {
		t.Errorf("%d summary sentences cite the problem, want 1", n)
	}
}
