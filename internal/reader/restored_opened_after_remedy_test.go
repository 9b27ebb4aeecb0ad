package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOpenedAfterRemedy checks round 97's context (restored_opened_after_remedy.go):
// in a ticket staff opened, the customer's first message after the rules
// read a fix in an earlier message is read by the restored rules; without
// the fix before it, in a ticket the customer opened, or after a sentence
// of the message that names a fault, it stays the opening. The tickets are
// written for the test.
func TestOpenedAfterRemedy(t *testing.T) {
	t0 := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	logged := ticket.Event{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: false, Author: "a",
		Body: "Call from Priya at the Leeds depot: the label printer in bay 2 jams on every label."}
	fixed := ticket.Event{At: t0.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: false, Author: "a",
		Body: "Replaced the feed roller on the bay 2 printer and restarted the print service."}
	asked := ticket.Event{At: t0.Add(90 * time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a",
		Body: "Hi Priya, could you let us know how the printer gets on today?"}
	customer := func(body string) ticket.Event {
		return ticket.Event{At: t0.Add(5 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: body}
	}
	cases := []struct {
		name   string
		events []ticket.Event
		want   []bool // Restored, for each sentence of the last message
	}{
		{"after a fix and a question", []ticket.Event{logged, fixed, asked, customer("Bay 2 printer is working again, thank you.")}, []bool{true}},
		{"after a fix, a span of no trouble", []ticket.Event{logged, fixed, asked, customer("No jams all morning, cheers.")}, []bool{true}},
		{"after a fix, thanks first", []ticket.Event{logged, fixed, asked, customer("Thanks Sam. Labels have been fine all shift.")}, []bool{false, true}},
		// near misses: no fix before, a fault told first, the customer's own ticket
		{"no fix before", []ticket.Event{logged, asked, customer("Bay 2 printer is working again, thank you.")}, []bool{false}},
		{"a fault told first", []ticket.Event{logged, fixed, asked, customer("The thick labels still won't feed. The thin ones are working again.")}, []bool{false, false}},
		{"the customer opened", []ticket.Event{customer("Bay 2 printer is working again after the engineer's visit but bay 3 jams."), fixed}, []bool{false}},
	}
	for _, tc := range cases {
		tk := &ticket.Ticket{ID: "t", Subject: "Label printer bay 2", CreatedAt: t0, Events: tc.events}
		r := Read(tk, nil)
		var m *Message
		for i := range r.Messages {
			if tk.Events[r.Messages[i].Event].Role == ticket.RoleCustomer {
				m = &r.Messages[i]
			}
		}
		if m == nil || len(m.Sentences) != len(tc.want) {
			t.Fatalf("%s: the customer's message has %d sentences, want %d", tc.name, len(m.Sentences), len(tc.want))
		}
		for k, s := range m.Sentences {
			if got := s.Acts&Restored != 0; got != tc.want[k] {
				t.Errorf("%s: %q restored = %v, want %v (acts %s)", tc.name, s.Text, got, tc.want[k], s.Acts)
			}
		}
	}
}
