package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCustomerDone checks a customer's "done" in reply to a step asked
// (fix_done_reply.go), on sentences written for this test: the reply after a
// step, against the same words with no step asked, asked back, or planned.
func TestCustomerDone(t *testing.T) {
	after := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	cold := Context{Role: ticket.RoleCustomer, Public: true}
	staff := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	cases := []wordingCase{
		{"Done.", after, Fix, 0},
		{"ok done, the light is green", after, Fix, 0},
		{"Done that, no change though.", after, Fix, 0},
		{"yes done", after, Fix, 0},
		{"Done.", cold, 0, Fix},
		{"Done?", after, 0, Fix},
		{"done by Friday", after, 0, Fix},
		{"Maybe done, not sure it saved.", after, 0, Fix},
		{"Not done yet.", after, 0, Fix},
		{"Done.", staff, 0, Fix},
	}
	checkWording(t, cases)
}
