package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestToldToStep checks staff's note that they told someone to take a step
// (fix_told_to.go), and its refusals: a promise or a fact told, a hold while
// we look, a condition of the fault's return, things left as they are, a
// question, a hedge. Sentences written for the test.
func TestToldToStep(t *testing.T) {
	agent := Context{Role: ticket.RoleAgent, Public: true}
	opening := Context{Role: ticket.RoleAgent, Public: true, Opening: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	for _, c := range []struct {
		text string
		c    Context
		want bool
	}{
		{"Told her to tick \"Send copies to my delegate\" so the invitations reach the assistant.", opening, true},
		{"Told him not to use Quick print, which skips the next ticket number.", agent, true},
		{"Told him to carry on taking orders on paper, will look remotely.", agent, true},
		{"Asked the carrier if they accept landline numbers; told Jordan to use the mobile for now.", agent, true},
		{"Also told the site lead to restart the scanner once the shift ends.", agent, true},
		{"Told customer to check the aerial on the lid is screwed on.", agent, true},
		{"Told him I'd look at the logs and call back.", agent, false},                               // near miss: a promise
		{"Told her the link lasts 24 hours.", agent, false},                                          // near miss: a fact told
		{"Told her to leave the queue as it is while we look.", agent, false},                        // near miss: a hold
		{"Told him not to release any held orders until we've looked.", agent, false},                // near miss: a hold
		{"Told him to come back to us if it drops again.", agent, false},                             // near miss: the fault's return
		{"Told her to keep the wrong parcel sealed, we'll send a label.", agent, false},              // near miss: things left as they are
		{"Told him to restart it?", agent, false},                                                    // near miss: a question
		{"Told her to maybe restart the scanner.", agent, false},                                     // near miss: a hedge
		{"Support told me to restart the scanner.", customer, false},                                 // near miss: the customer
		{"The labels printed in the order the screen told them to.", agent, false},                   // near miss: not a clause's opening
		{"Told her to restart the scanner.", Context{Role: ticket.RoleSystem, Opening: true}, false}, // near miss: a system's opening
	} {
		var sc scan
		s := newScan(tokens(c.text, nil), &sc)
		if got := toldToStep(c.text, s, c.c, c.c.Role != ticket.RoleCustomer); got != c.want {
			t.Errorf("toldToStep(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"Told him to carry on taking orders on paper, will look remotely.", agent, Fix, 0},
		{"Told her to leave the queue as it is while we look.", agent, 0, Fix}, // near miss
	})
}
