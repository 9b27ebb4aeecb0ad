package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestModelRemedy checks round 106's late restoration (restored_model_remedy.go):
// a customer's reply the restored rules read once staff's last message has a
// fix or a restoration in the reading with the model's acts. The sentences
// are written for the test; the near misses are no model-read remedy before,
// staff's own sentence, a remedy the rules read already (AfterRemedy: the
// rules' own reading), a fault or a question in the reply, and a bare thanks.
func TestModelRemedy(t *testing.T) {
	modelFix := Context{Role: ticket.RoleCustomer, Public: true, ModelRemedy: true}
	staffModel := Context{Role: ticket.RoleAgent, Public: true, ModelRemedy: true}
	rulesFix := Context{Role: ticket.RoleCustomer, Public: true, ModelRemedy: true, AfterRemedy: true}
	cases := []struct {
		text string
		c    Context
		want bool
	}{
		{"Found it and it printed on Ward 3, thank you.", modelFix, true},
		{"yep that runs, thx", modelFix, true},
		{"ok it open now, I am inside.", modelFix, true},
		{"The new labels are here, the print is clean now, no smudging.", modelFix, true},
		// near misses
		{"Found it and it printed on Ward 3, thank you.", custBefore, false},
		{"yep that runs, thx", staffModel, false},
		{"yep that runs, thx", rulesFix, false},
		{"ok found it, but it still leaves out the renewals.", modelFix, false},
		{"found it, does it keep the time on it?", modelFix, false},
		{"Thanks for your help.", modelFix, false},
	}
	var sc scan
	for _, tc := range cases {
		ts := tokens(tc.text, nil)
		scn := newScan(ts, &sc)
		acts := classify(tc.text, scn, tc.c)
		if got := lateRestored(tc.text, scn, tc.c, acts) != ""; got != tc.want {
			t.Errorf("%q (%+v): late restored = %v, want %v", tc.text, tc.c, got, tc.want)
		}
		if acts&Restored != 0 && !tc.c.AfterRemedy {
			t.Errorf("%q: the rules read it restored without the late reading", tc.text)
		}
	}
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
