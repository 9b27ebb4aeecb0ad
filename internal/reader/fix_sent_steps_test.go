package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestSentSteps checks staff's note of steps or a guide sent or given
// (fix_sent_steps.go), and its refusals: the idiom "sent you down the wrong
// path", a link, a question, a negation, a hedge, the customer, a system.
// Sentences written for the test.
func TestSentSteps(t *testing.T) {
	agent := Context{Role: ticket.RoleAgent, Public: true}
	opening := Context{Role: ticket.RoleAgent, Public: true, Opening: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	system := Context{Role: ticket.RoleSystem}
	for _, c := range []struct {
		text string
		c    Context
		want bool
	}{
		{"Sent him the call forwarding quick guide by e-mail.", opening, true},
		{"Gave her the path to check the firmware: Menu > Settings > About.", opening, true},
		{"Emailed the other 4 branches with the same steps.", agent, true},
		{"Texted Priya the instructions for the new handset.", agent, true},
		{"I'm sorry, I sent you down the wrong path yesterday.", agent, false},    // near miss: an idiom
		{"Sent her the link to the registration page.", agent, false},             // near miss: a link
		{"Sent you the steps?", agent, false},                                     // near miss: a question
		{"I never sent him the guide.", agent, false},                             // near miss: a negation
		{"I think I sent her the steps last week.", agent, false},                 // near miss: a hedge
		{"You sent me the steps but it still fails.", customer, false},            // near miss: the customer
		{"A transcript with the steps has been sent to the desk.", system, false}, // near miss: a system
	} {
		var sc scan
		s := newScan(tokens(c.text, nil), &sc)
		if got := sentSteps(c.text, s, c.c, c.c.Role != ticket.RoleCustomer); got != c.want {
			t.Errorf("sentSteps(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"Emailed the other 4 branches with the same steps.", agent, Fix, 0},
		{"I'm sorry, I sent you down the wrong path yesterday.", agent, 0, Fix}, // near miss
	})
}
