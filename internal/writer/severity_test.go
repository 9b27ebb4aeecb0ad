package writer_test

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestSeverityInTheCustomersWords: the business impact quotes as the
// customer's description only the customer's words: a monitoring alert's
// subject (styles52 HOS-26-0412, styles54 EFS-118590, styles44
// NWT-OPS-2291) or staff's is not one; the customer's urgent subject is. The
// tickets are invented.
func TestSeverityInTheCustomersWords(t *testing.T) {
	const described = "the customer described the situation as"
	cases := []struct {
		name    string
		subject string
		msgs    []inventedMsg
		want    bool
	}{
		{"an alert's subject", "CRITICAL: stock-sync failed",
			[]inventedMsg{{ticket.RoleSystem, true, "CRITICAL: stock-sync failed at 06:00.\nHost: erp-01"}, {ticket.RoleAgent, false, "Restarted the sync job, it ran clean."}}, false},
		{"staff's note of a call", "Phone: card machines down",
			[]inventedMsg{{ticket.RoleAgent, false, "Call from Sam at 09:05: the card machines show no connection."}, {ticket.RoleAgent, true, "Sam, the machines are back."}}, false},
		{"the customer's subject", "URGENT - card machines not working",
			[]inventedMsg{{ticket.RoleCustomer, true, "None of our card machines connect since 08:00."}, {ticket.RoleAgent, true, "I've restarted the gateway and the machines are connecting again."}}, true},
	}
	for _, c := range cases {
		n := narrateInvented(ticket.TypeIncident, c.subject, c.msgs...)
		if got := strings.Contains(n.BusinessImpact, described); got != c.want {
			t.Errorf("%s: %q in the business impact is %v, want %v:\n%s", c.name, described, got, c.want, n.BusinessImpact)
		}
	}
}
