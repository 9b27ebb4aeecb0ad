package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseAskedFirstAnswer checks round 235's refusal (askedFirstAnswer):
// staff's first answer to a ticket that asked how the product works is no
// cause, even where it points at the customer's case; one that tells what
// went wrong or is not yet done, a later message, and any answer in a ticket
// that did not ask are left to the other rules. The sentences are written for
// the test after the tuning rows the file's comment quotes.
func TestCauseAskedFirstAnswer(t *testing.T) {
	first := Context{Role: ticket.RoleAgent, Public: true, AskedToKnow: true, FirstAnswer: true}
	later := Context{Role: ticket.RoleAgent, Public: true, AskedToKnow: true}
	other := Context{Role: ticket.RoleAgent, Public: true, FirstAnswer: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true, AskedToKnow: true, FirstAnswer: true}
	cases := []struct {
		text string
		c    Context
		want bool
	}{
		{"The 3% you're missing is our standard holdback: for orders over €10,000 we keep 3% for 60 days to cover returns.", first, true},
		{"Online slots stop at 6 because larger parties need the long tables, which we keep back for the staff to arrange.", first, true},
		{"Your bond is held by the deposit scheme rather than by us, so the certificate comes from them and doesn't appear in your portal.", first, true},
		{"The Print button only works on plans with the Labels add-on, which your plan doesn't include, so it's greyed out for your team.", first, true},
		{"Refunds go back to the card the order was paid with, and the fee comes out of your balance, not the refund.", first, true},
		// near misses: a thing that went wrong or is not yet done in the customer's case
		{"That's why the till stopped at REFER TO MANAGER - nothing is wrong with it.", first, false},
		{"The voucher box is only for partner offers, which is why it didn't take your code last year.", first, false},
		{"Your meter is an older model that hasn't been moved onto the new network yet, so we can only read it by hand.", first, false},
		// a later message, a ticket that did not ask, the customer's own words
		{"Online slots stop at 6 because larger parties need the long tables.", later, false},
		{"Online slots stop at 6 because larger parties need the long tables.", other, false},
		{"Online slots stop at 6 because larger parties need the long tables.", customer, false},
	}
	for _, tc := range cases {
		if got := askedFirstAnswer(tc.c, tokens(tc.text, nil)); got != tc.want {
			t.Errorf("askedFirstAnswer(%q, asked %v, first %v) = %v, want %v", tc.text, tc.c.AskedToKnow, tc.c.FirstAnswer, got, tc.want)
		}
	}
}

// TestFirstAnswerRead checks that Read sets Context.FirstAnswer in staff's
// first message after a question about how the product works, not after an
// automatic acknowledgement nor in staff's second message, and that its
// explanation there is no cause; the ticket is written for the test.
func TestFirstAnswerRead(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	answer := "Online slots stop at 6 because larger parties need the long tables, which we keep back for the staff to arrange."
	tk := &ticket.Ticket{ID: "t", Subject: "How do group bookings work?", CreatedAt: t0, Events: []ticket.Event{
		{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c",
			Body: "Hi, how do I book a table for ten people online? Is it possible at all?"},
		{At: t0.Add(time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleSystem, Public: true, Author: "bot",
			Body: "Thank you for contacting us. We have received your request and will respond shortly."},
		{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: answer},
		{At: t0.Add(3 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: answer},
	}}
	first := map[int]bool{}
	r := Read(tk, &Options{sawContext: func(ev, k int, c Context) { first[ev] = first[ev] || c.FirstAnswer }})
	for ev, want := range map[int]bool{0: false, 2: true, 3: false} { // 1 is automatic: its acts are replaced
		if first[ev] != want {
			t.Errorf("event %d: FirstAnswer %v, want %v", ev, first[ev], want)
		}
	}
	for _, m := range r.Messages {
		if m.Event == 2 && m.Sentences[0].Acts&Cause != 0 {
			t.Errorf("first answer %q read as a cause", m.Sentences[0].Text)
		}
	}
}
