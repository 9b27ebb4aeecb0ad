package factguard

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestQuotedWordsAreNoVerdict: a customer's words quoted verbatim ("they got
// no reminder at all") are not the writer's claim that nobody chased, while
// the same words as the writer's own are. The ticket is invented.
func TestQuotedWordsAreNoVerdict(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T3", Type: ticket.TypeIncident, Subject: "Appointment reminders", CreatedAt: at, ClosedAt: at.Add(30 * time.Hour)}
	addMessages(tk, at,
		message{ticket.RoleCustomer, true, "Appointment reminders stopped going out after yesterday's change."},
		message{ticket.RoleAgent, true, "Thanks, we are looking at the reminder job now."},
		message{ticket.RoleCustomer, true, "Patients at reception say they got no reminder at all and it's every Monday appointment, any news?"},
		message{ticket.RoleAgent, true, "The reminder job skipped Mondays after the change; we fixed the schedule and resent them, they are going out again."})
	a, _ := narrateInvented(t, tk)
	if !strings.Contains(a.Narrative.Communication, "no reminder at all") {
		t.Fatalf("the communication section does not quote the chase:\n%s", a.Narrative.Communication)
	}
	ex := example{name: "invented", ticket: tk, analysis: a}
	facts := ex.facts(t, false)
	for _, p := range Only(Check(a.Narrative.Communication, facts), KindVerdict) {
		t.Errorf("a quotation read as a verdict: %v", p)
	}
	if ps := Only(Check("No reminders were needed: the team kept the customer informed.", facts), KindVerdict); len(ps) == 0 {
		t.Error("the writer's own \"no reminders\" is not refused though the customer chased")
	}
}
