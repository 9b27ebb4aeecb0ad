package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRequestContext checks that Read sees a request in the opening or in
// the subject, and not in an opening that reports a fault.
func TestRequestContext(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	reply := "The shared drive for the audit team is created."
	for _, c := range []struct {
		subject, opening string
		want             Act
	}{
		{"Shared drive", "Could you please create a shared drive for the audit team?", Restored},
		{"Request: shared drive for audit", "Details below.", Restored},
		{"Shared drive", "The audit team's shared drive keeps disconnecting.", 0},
	} {
		tk := &ticket.Ticket{Subject: c.subject, CreatedAt: at, Events: []ticket.Event{
			{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: c.opening},
			{At: at.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: reply},
		}}
		r := Read(tk, nil)
		got := r.Messages[1].Sentences[0].Acts & Restored
		if got != c.want {
			t.Errorf("subject %q, opening %q: the reply reads %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
