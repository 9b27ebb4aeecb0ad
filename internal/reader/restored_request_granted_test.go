package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRequestGranted checks round 55's request granted in the first person
// (restored_request_granted.go), on sentences written for this test, with
// its near misses: no request, a pending step, an extra step ("also"), a
// refund, a terse headline, a plan.
func TestRequestGranted(t *testing.T) {
	request := Context{Role: ticket.RoleAgent, Public: true, Request: true}
	plain := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"I've created Dana's login and mailbox (dana.reid@example.org).", request, Fix | Restored, 0},
		{"I've added Priya to the Finance approvers group with read-only rights.", request, Fix | Restored, 0},
		{"We have set up a shared folder for the survey files on the team site.", request, Fix | Restored, 0},
		{"I've given him viewer access to the site cameras as well.", request, Fix | Restored, 0},
		// near misses
		{"I've created Dana's login and mailbox (dana.reid@example.org).", plain, 0, Restored},
		{"I've created them as pending, so Chris just needs to click Approve.", request, 0, Restored},
		{"I've also added a check to our release steps.", request, 0, Restored},
		{"I've refunded the duplicate payment to your card.", request, 0, Restored},
		{"I've unlocked your account.", request, 0, Restored},
		{"Login created for dana.reid, viewer role.", request, 0, Restored},
		{"I'll add Priya to the approvers group tomorrow.", request, 0, Restored},
	})
}
