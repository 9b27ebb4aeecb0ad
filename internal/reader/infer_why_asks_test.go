package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestWhyAsks: a subject that asks why, with its question mark (round 131);
// a "why" later, without the mark, or a question not asking why are not.
// Written for the test.
func TestWhyAsks(t *testing.T) {
	checkPredicate(t, "whyAsks", func(text string) bool { return whyAsks(text, nil) }, []predicateCase{
		{"Why has my permit expired?", true},
		{"Why was I charged twice? ", true},
		{"why locked out?", true},
		// near misses
		{"Why has my permit expired", false},
		{"Permit expired - why?", false},
		{"Locked out again?", false},
		{"Why?", false},
	})
}

// TestInferTicketTypeWhyAsks: a subject asking why a thing expired frames
// the ticket as a question, though "expired" is a fault word and the
// opening tells what the writer saw; the same subject stated is an
// incident.
func TestInferTicketTypeWhyAsks(t *testing.T) {
	for _, c := range []struct {
		subject, want string
	}{
		{"Why has my check expired?", ticket.TypeQuestion},
		{"My check has expired", ticket.TypeIncident},
	} {
		tk := &ticket.Ticket{Subject: c.subject, Events: []ticket.Event{
			{Role: ticket.RoleCustomer, Body: "Hello, the app says my check has expired, but I did it last year. Thank you"},
		}}
		if got := InferTicketType(tk, Read(tk, nil)); got != c.want {
			t.Errorf("InferTicketType(%q) = %s, want %s", c.subject, got, c.want)
		}
	}
}
