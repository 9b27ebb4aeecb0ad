package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestLoggedAsk: a caller's ask told in staff's note (round 63), and the
// near misses: an ask to know, staff asking the caller, a caller asking
// what they may do. The sentences are written for the test.
func TestLoggedAsk(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Caller asked to change the pick-up day to Thursday.", true},
		{"Call from Dana Reyes: wants the order split over two addresses.", true},
		{"She asked whether we can send it to her office instead.", true},
		{"Asked for the two accounts to be merged.", true},
		{"He would like the meeting room added to his calendar.", true},
		{"Wants to know why the invoice went up.", false},
		{"Asked her to restart the router while on the phone.", false},
		{"Asked whether she can pay in two instalments.", false},
		{"Told him I'd call back after lunch.", false},
	} {
		if got := loggedAsk(tokens(c.text, nil)); got != c.want {
			t.Errorf("loggedAsk(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTicketTypeLoggedAsk: a ticket opened by staff's call note whose
// only vote is the caller's ask is a service request; the same note whose
// staff then find a cause stays an incident (round 63). The tickets are
// written for the test.
func TestInferTicketTypeLoggedAsk(t *testing.T) {
	note := "Phone call 10:05 from Ann Patel, account 4471. Caller asked to change the pick-up day from Tuesday to Thursday."
	for _, c := range []struct {
		name, reply, want string
	}{
		{"ask done", "Done - pick-up moved to Thursdays from next week.", ticket.TypeServiceRequest},
		{"cause found", "The pick-up was missed because the route sheet had the old postcode.", ticket.TypeIncident},
	} {
		tk := &ticket.Ticket{Subject: "Pick-up day", Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: note},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: c.reply},
		}}
		if got := InferTicketType(tk, Read(tk, nil)); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
