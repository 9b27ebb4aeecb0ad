package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredNowInEffect checks round 27's state in effect after staff
// fulfilled a request (restored_now_state.go) on sentences written for this
// test, with their near misses: a person as the subject, a pending state, a
// future or condition before the state, a denial, a hedge, the same words in
// an incident, before any remedy, from a customer or in the opening.
func TestRestoredNowInEffect(t *testing.T) {
	request := Context{Role: ticket.RoleAgent, Public: true, Request: true, AfterRemedy: true}
	sameMessage := Context{Role: ticket.RoleAgent, Public: true, Request: true, RemedyBefore: true}
	noRemedy := Context{Role: ticket.RoleAgent, Public: true, Request: true}
	incident := staffAfter
	customer := Context{Role: ticket.RoleCustomer, Public: true, Request: true, AfterRemedy: true}
	opening := Context{Role: ticket.RoleAgent, Public: true, Request: true, Opening: true}
	checkWording(t, []wordingCase{
		{"All twelve drivers are now on the fleet plan, and their cards went out today.", request, Restored, 0},
		{"The staff discount is now applied to her membership, so March shows the lower fee.", sameMessage, Restored, 0},
		{"The higher mailbox limit is already active for both of them.", request, Restored, 0},
		{"Tonight's rota is now in the shared calendar.", sameMessage, Restored, 0},
		{"Both new tills are now enabled for contactless.", request, Restored, 0},
		{"You are now on 6 of your 8 seats.", request, 0, Restored},
		{"We are now in touch with the supplier about the rest.", request, 0, Restored},
		{"The replacement card is now on its way to you.", request, 0, Restored},
		{"Your request is now in the queue for the night team.", request, 0, Restored},
		{"If the form is signed, the account is now active.", request, 0, Restored},
		{"The second mailbox is not now enabled, only the first.", request, 0, Restored},
		{"I think the new prices are now live on the shelf labels.", request, 0, Restored},
		{"Every gateway is now in the monitoring with a warning to us.", incident, 0, Restored},
		{"All twelve drivers are now on the fleet plan.", noRemedy, 0, Restored},
		{"All twelve drivers are now on the fleet plan.", customer, 0, Restored},
		{"All twelve drivers are now on the fleet plan.", opening, 0, Restored},
	})
}
