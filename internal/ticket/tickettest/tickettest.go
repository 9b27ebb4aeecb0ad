// Package tickettest makes realistic synthetic tickets for tests and benchmarks.
package tickettest

import (
	"fmt"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

var customerLines = []string{
	"URGENT - the file server is down and nobody can work.",
	"Any update? When will it be back?",
	"Thanks, we are testing now.",
	"Still seeing errors on two machines.",
}

var agentLines = []string{
	"We are looking into it now and will update you shortly.",
	"The disk on the storage node has failed, which caused the share to go offline.",
	"We have replaced the disk and the array is rebuilding.",
	"The service is back online; please confirm on your side.",
	"We are checking the remaining machines with the monitoring team.",
}

// Synthetic returns ticket number n with the given number of messages: customer
// and agent messages alternate with internal notes and a pause, minutes apart,
// starting on a Monday morning. The same n and messages give the same ticket.
func Synthetic(n, messages int) *ticket.Ticket {
	start := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC).Add(time.Duration(n%500) * 7 * time.Minute)
	t := &ticket.Ticket{
		ID:        fmt.Sprintf("S%06d", n),
		Subject:   fmt.Sprintf("File share unavailable (%d)", n),
		Customer:  ticket.Customer{Name: fmt.Sprintf("Customer %d Ltd", n%37), Contact: "Pat Jones", Email: "pat@example.com"},
		Priority:  []string{"P1", "P2", "P3"}[n%3],
		Team:      "Support - Storage",
		CreatedAt: start,
		Links:     []ticket.Link{{ID: fmt.Sprintf("T%05d", n), Kind: "internal"}},
	}
	at := start
	for i := range messages {
		e := ticket.Event{At: at, Kind: ticket.KindMessage, Public: true}
		switch {
		case i%2 == 0:
			e.Role, e.Author, e.Body = ticket.RoleCustomer, "Pat Jones", customerLines[(i/2)%len(customerLines)]
		case i%7 == 3:
			e.Role, e.Author, e.Public, e.Body = ticket.RoleAgent, "Sam Lee", false, "Internal: checking the controller logs."
		default:
			e.Role, e.Author, e.Body = ticket.RoleAgent, "Sam Lee", agentLines[(i/2)%len(agentLines)]
		}
		t.Events = append(t.Events, e)
		if i == messages/2 {
			t.Events = append(t.Events, ticket.Event{At: at.Add(time.Minute), Kind: ticket.KindState, State: "pending_customer"},
				ticket.Event{At: at.Add(31 * time.Minute), Kind: ticket.KindState, State: "open"})
			at = at.Add(31 * time.Minute)
		}
		at = at.Add(time.Duration(5+(i*13)%40) * time.Minute)
	}
	t.ClosedAt = at
	t.CloseReason = "resolved"
	return t
}
