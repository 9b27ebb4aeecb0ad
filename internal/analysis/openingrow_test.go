package analysis_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOpeningRow: the timeline's creation row quotes the customer's message
// only when it opened the ticket: at the creation, or just after a chat's
// queue notice. A ticket staff opened from a call, or an alert opened, has
// no such message: the customer's first is a later one, which is its own row.
// The tickets are invented.
func TestOpeningRow(t *testing.T) {
	const (
		fault  = "Since this morning the guest Wi-Fi in the Orion and Vega meeting rooms drops every few minutes."
		thanks = "Connected fine on my phone and laptop, thanks."
	)
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	ev := func(d time.Duration, role ticket.Role, public bool, body string) ticket.Event {
		return ticket.Event{At: at.Add(d), Kind: ticket.KindMessage, Role: role, Public: public, Body: body}
	}
	cases := []struct {
		name   string
		events []ticket.Event
		quote  string // the creation row's quote, "" for none
		rows   int    // rows quoting the customer's first message
	}{
		{"the customer opens the ticket", []ticket.Event{ev(0, ticket.RoleCustomer, true, fault),
			ev(time.Hour, ticket.RoleAgent, true, "I've moved both access points to channel 44.")}, "Since this morning", 1},
		{"a chat's queue notice, then the customer", []ticket.Event{ev(0, ticket.RoleSystem, true, "Chat started. You are number 2 in the queue."),
			ev(20*time.Second, ticket.RoleCustomer, true, fault), ev(time.Hour, ticket.RoleAgent, true, "I've moved both access points to channel 44.")}, "Since this morning", 1},
		{"staff log a call, the customer writes later", []ticket.Event{ev(0, ticket.RoleAgent, false, "Call from Ana: "+fault),
			ev(time.Hour, ticket.RoleAgent, true, "I've moved both access points to channel 44."), ev(2*time.Hour, ticket.RoleCustomer, true, thanks)}, "", 1},
		{"an alert opens, the customer writes later", []ticket.Event{ev(0, ticket.RoleSystem, true, "ALERT: ap-orion heartbeat missed for 10 minutes"),
			ev(30*time.Minute, ticket.RoleCustomer, true, fault)}, "", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Invented", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour), Events: c.events}
			a := analyseTicket(config.Default(), tk)
			row := a.Timeline[0].Summary
			if got := strings.Contains(row, "\u201c"); got != (c.quote != "") || !strings.Contains(row, c.quote) {
				t.Errorf("creation row %q, want quote %q", row, c.quote)
			}
			first := ""
			for _, e := range c.events {
				if e.Role == ticket.RoleCustomer {
					first = strings.SplitN(e.Body, ".", 2)[0]
					break
				}
			}
			n := 0
			for _, e := range a.Timeline {
				if strings.Contains(e.Summary, first) {
					n++
				}
			}
			if n != c.rows {
				t.Errorf("%d rows quote the customer's first message, want %d: %v", n, c.rows, a.Timeline)
			}
		})
	}
}
