package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestModelRemedy checks round 106's context (restored_model_remedy.go): a
// customer's reply read as after a remedy once staff's last message has a
// fix or a restoration in the reading with the model's acts. The sentences
// are written for the test; the near misses are no remedy before, staff's
// own sentence, a fault or a question in the reply, and a bare thanks.
func TestModelRemedy(t *testing.T) {
	modelFix := Context{Role: ticket.RoleCustomer, Public: true, ModelRemedy: true}
	staffModel := Context{Role: ticket.RoleAgent, Public: true, ModelRemedy: true}
	checkWording(t, []wordingCase{
		{"Found it and it printed on Ward 3, thank you.", modelFix, Restored, 0},
		{"yep that runs, thx", modelFix, Restored, 0},
		{"ok it open now, I am inside.", modelFix, Restored, 0},
		{"The new labels are here, the print is clean now, no smudging.", modelFix, Restored, 0},
		// near misses
		{"Found it and it printed on Ward 3, thank you.", custBefore, 0, Restored},
		{"yep that runs, thx", staffModel, 0, Restored},
		{"ok found it, but it still leaves out the renewals.", modelFix, 0, Restored},
		{"found it, does it keep the time on it?", modelFix, 0, Restored},
		{"Thanks for your help.", modelFix, 0, Restored},
	})
}

// TestModelRemedySet checks that Read sets Context.ModelRemedy in the
// customer's message after staff's message with a fix (here one the rules
// read too), keeps it past an automatic notice and the customer's second
// message, and not after staff's message without one, nor in staff's own
// messages. The ticket is written for the test.
func TestModelRemedySet(t *testing.T) {
	t0 := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	msg := func(min int, role ticket.Role, author, body string) ticket.Event {
		return ticket.Event{At: t0.Add(time.Duration(min) * time.Minute), Kind: ticket.KindMessage, Role: role, Public: true, Author: author, Body: body}
	}
	cases := []struct {
		name   string
		events []ticket.Event
		want   bool // ModelRemedy in the last message's first sentence
	}{
		{"after staff's fix", []ticket.Event{
			msg(0, ticket.RoleCustomer, "c", "The label printer in bay 2 jams on every label."),
			msg(60, ticket.RoleAgent, "a", "I've replaced the feed roller and restarted the print service."),
			msg(120, ticket.RoleCustomer, "c", "Labels are coming out fine.")}, true},
		{"the customer's second message", []ticket.Event{
			msg(0, ticket.RoleCustomer, "c", "The label printer in bay 2 jams on every label."),
			msg(60, ticket.RoleAgent, "a", "I've replaced the feed roller and restarted the print service."),
			msg(120, ticket.RoleCustomer, "c", "Trying it now."),
			msg(130, ticket.RoleCustomer, "c", "Labels are coming out fine.")}, true},
		{"after staff's question", []ticket.Event{
			msg(0, ticket.RoleCustomer, "c", "The label printer in bay 2 jams on every label."),
			msg(60, ticket.RoleAgent, "a", "Which labels are you using?"),
			msg(120, ticket.RoleCustomer, "c", "The thick ones.")}, false},
		{"staff's own message", []ticket.Event{
			msg(0, ticket.RoleCustomer, "c", "The label printer in bay 2 jams on every label."),
			msg(60, ticket.RoleAgent, "a", "I've replaced the feed roller and restarted the print service."),
			msg(70, ticket.RoleAgent, "a", "Test label came out fine.")}, false},
	}
	for _, tc := range cases {
		tk := &ticket.Ticket{ID: "t", Subject: "Label printer bay 2", CreatedAt: t0, Events: tc.events}
		last := len(tc.events) - 1
		got, seen := false, false
		Read(tk, &Options{sawContext: func(ev, k int, c Context) {
			if ev == last && k == 0 {
				got, seen = c.ModelRemedy, true
			}
		}})
		if !seen || got != tc.want {
			t.Errorf("%s: ModelRemedy = %v (seen %v), want %v", tc.name, got, seen, tc.want)
		}
	}
}
