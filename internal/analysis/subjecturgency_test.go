package analysis_test

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/ticket"
)

// subjected analyses an invented ticket with a subject and a priority whose
// downtime costs 600 an hour, its messages one an hour.
func subjected(t *testing.T, typ, subject string, msgs ...msg) *analysis.Analysis {
	t.Helper()
	cfg := config.Default()
	cfg.Analysis.Costs = analysis.Costs{Currency: "GBP", ByPriority: map[string]int64{"P2": 600}}
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: typ, Subject: subject, Priority: "P2", CreatedAt: at, ClosedAt: at.Add(time.Duration(len(msgs)+1) * time.Hour)}
	return analyseWith(t, cfg, tk, msgs...)
}

// TestSubjectUrgencyAuthor: the urgency of a subject is in the words of
// whoever opened the ticket: a monitoring alert's subject (styles52
// HOS-26-0412 "PROBLEM: hf-pipe01/reduce_queue is CRITICAL", styles54
// EFS-118590, styles44 NWT-OPS-2291) and staff's subject for a change they
// opened (styles3 "RFC: DMS upgrade to 10.4 - weekend outage") are no
// customer's description. The tickets are invented.
func TestSubjectUrgencyAuthor(t *testing.T) {
	for _, tc := range []struct {
		name    string
		subject string
		msgs    []msg
		want    ticket.Role // "" for no urgency quote
	}{
		{"the customer's subject", "URGENT - tills down", []msg{customer("None of the tills take cards since 08:00."), staff("Looking now.")}, ticket.RoleCustomer},
		{"an alert's subject", "CRITICAL: stock-sync failed", []msg{alert("CRITICAL: stock-sync failed at 06:00.\nHost: erp-01"), note("Looking at the sync job.")}, ticket.RoleSystem},
		{"staff's note of a call", "Phone: card machines down at the café", []msg{note("Call from Sam at 09:05: the card machines at the café show no connection."), staff("Sam, the machines are back.")}, ticket.RoleAgent},
		// near miss: staff's reply after the customer's opening leaves the subject the customer's
		{"the customer's subject, staff replying first in time", "Website down", []msg{customer("Our website shows an error page."), note("Checking the host.")}, ticket.RoleCustomer},
		{"no urgent word", "Printer queue", []msg{customer("The printer queue is stuck on one job."), staff("Cleared it.")}, ""},
	} {
		a := subjected(t, ticket.TypeIncident, tc.subject, tc.msgs...)
		var got ticket.Role
		for _, q := range a.Facts.Urgency {
			if q.Text == tc.subject {
				got = q.Role
			}
		}
		if got != tc.want {
			t.Errorf("%s: the subject's urgency by %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCostOnlyForAnOutage: a request, a change or a question has no outage
// and so no cost of downtime (styles52 NBB-INC-20931, a question with "GBP
// 14,340"; styles17 S17-CC-7760 and styles50 NLI-77310, changes); an
// incident has one. The tickets are invented.
func TestCostOnlyForAnOutage(t *testing.T) {
	msgs := []msg{customer("The scanners reject every tube from the clinic since 08:00."), staff("I've re-run the import for the clinic."), customer("All working again now, thanks.")}
	for _, tc := range []struct {
		typ  string
		cost bool
	}{
		{ticket.TypeIncident, true},
		{ticket.TypeQuestion, false},
		{ticket.TypeServiceRequest, false},
		{ticket.TypeChange, false},
	} {
		a := subjected(t, tc.typ, "Tubes rejected", msgs...)
		if got := a.Facts.Impact.Cost > 0; got != tc.cost {
			t.Errorf("type %q: cost %d, want a cost %v", tc.typ, a.Facts.Impact.Cost, tc.cost)
		}
	}
}
