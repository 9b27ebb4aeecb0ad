package writer_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

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
		a := analyze(t, cfg, tk)
		got := false
		for _, fd := range a.Findings {
			got = got || fd.Code == "customer_not_informed"
		}
		if got != c.want {
			t.Errorf("%q: customer_not_informed %v, want %v", c.last, got, c.want)
		}
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
		a := analyze(t, cfg, tk)
		if len(a.Facts.Causes) == 0 {
			t.Fatalf("%s: no cause read", c.name)
		}
		if n := writer.Narrate(a); !strings.Contains(n.TechnicalQuality, c.want) {
			t.Errorf("%s: want %q in:\n%s", c.name, c.want, n.TechnicalQuality)
		}
	}
}
