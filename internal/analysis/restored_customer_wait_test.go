package analysis

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCustomerWordsWait: the customer's words with no word of the service
// back and none of it at work wait for a later restoration; staff's, or a
// customer's that says the service is back or at work, do not. The texts are
// the tuning sets' (styles8 23, 19 18, 44 02, 26 12, 69 01; near misses
// styles14 19, 15 16, 3 01, 81 01, 7 04).
func TestCustomerWordsWait(t *testing.T) {
	cases := []struct {
		role ticket.Role
		text string
		want bool
	}{
		{ticket.RoleCustomer, `ok scanned, its says "Activating..."`, true},
		{ticket.RoleCustomer, "connected, LED is green", true},
		{ticket.RoleCustomer, "ok done, new card is in", true},
		{ticket.RoleCustomer, "OK, the proof is good.", true},
		{ticket.RoleCustomer, "Priya, yes 6.9 for under 250 and 6.4 over.", true},
		// near misses: the service back or at work in words, or staff's
		{ticket.RoleCustomer, "Connected fine on my phone and laptop in Orion and Vega, 48 Mbps on a speed test.", false},
		{ticket.RoleCustomer, "Much better yesterday afternoon - no complaints from the depot", false},
		{ticket.RoleCustomer, "Yes, Ahmed's just checked in the bundle index without any trouble", false},
		{ticket.RoleCustomer, "yep thats working, 3 of them just clocked in fine.", false},
		{ticket.RoleCustomer, "all tills taking cards again, thank you so much", false},
		{ticket.RoleCustomer, "its back!!", false},
		{ticket.RoleAgent, "The DNS records are in and both resolve from here.", false},
	}
	for _, c := range cases {
		if got := customerWordsWait(c.role, c.text); got != c.want {
			t.Errorf("customerWordsWait(%s, %q) = %v, want %v", c.role, c.text, got, c.want)
		}
	}
}

// TestClosingNote: staff's acknowledgement or closing is a closing notice; a
// state told by staff, or the customer's words, are not.
func TestClosingNote(t *testing.T) {
	cases := []struct {
		role ticket.Role
		text string
		acts reader.Act
		want bool
	}{
		{ticket.RoleAgent, "Great, glad you're back in.", reader.Restored, true},
		{ticket.RoleAgent, "Closing - replacement set received and confirmed.", reader.Restored, true},
		{ticket.RoleAgent, "Thanks for letting me know it's been OK.", reader.Restored, true},
		{ticket.RoleAgent, "Perfect, you're all set for your appointment at 10:30.", reader.Restored, true},
		{ticket.RoleAgent, "Anything else, just reply here.", reader.Restored | reader.Closing, true},
		// near misses
		{ticket.RoleAgent, "Top-up of £20 went through and your account is active again.", reader.Fix | reader.Restored, false},
		{ticket.RoleAgent, "Test calls from apts 3, 21 and 40 all answered by Carecall.", reader.Restored, false},
		{ticket.RoleCustomer, "Glad to say it's all working, closing from our side.", reader.Restored, false},
	}
	for _, c := range cases {
		if got := closingNote(c.role, reader.Sentence{Acts: c.acts, Span: reader.Span{Text: c.text}}); got != c.want {
			t.Errorf("closingNote(%s, %q) = %v, want %v", c.role, c.text, got, c.want)
		}
	}
}

// TestRestoredCustomerWaits: in Facts.read, the customer's words that wait
// give way to a later restoration in a later message, and are quoted where
// only staff's closing notice follows.
func TestRestoredCustomerWaits(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 12, 1, h, m, 0, 0, time.UTC) }
	for _, c := range []struct {
		later, want string
	}{
		{"Top-up of £20 went through and your account is active again.", "Top-up of £20 went through and your account is active again."},
		{"Great, glad you're back in.", "ok done, new card is in"},
	} {
		tk := &ticket.Ticket{ID: "T1", Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, At: at(9, 0), Body: "My card is declined at the barrier."},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, At: at(9, 10), Body: "I've ordered a new card for you."},
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, At: at(9, 20), Body: "ok done, new card is in"},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, At: at(9, 30), Body: c.later},
		}}
		rd := &reader.Reading{Opening: 0, Messages: []reader.Message{
			{Event: 0, Sentences: []reader.Sentence{{Acts: reader.Problem, Span: reader.Span{Text: tk.Events[0].Body}}}},
			{Event: 1, Sentences: []reader.Sentence{{Acts: reader.Fix, Span: reader.Span{Text: tk.Events[1].Body}}}},
			{Event: 2, Sentences: []reader.Sentence{{Acts: reader.Restored, Span: reader.Span{Text: tk.Events[2].Body}}}},
			{Event: 3, Sentences: []reader.Sentence{{Acts: reader.Restored, Span: reader.Span{Text: c.later}}}},
		}}
		var f Facts
		f.read(tk, rd, &sla.Stats{})
		if f.Restored == nil || f.Restored.Text != c.want {
			t.Errorf("later %q: restored = %+v, want %q", c.later, f.Restored, c.want)
		}
	}
}
