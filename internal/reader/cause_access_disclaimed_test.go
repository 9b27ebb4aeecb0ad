package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseAccessDisclaimed checks the refusal of the writer's team
// disclaiming access, control or a guarantee (accessDisclaimed, in notCause,
// so the model too). The sentences are written for the test; near misses
// keep their cause.
func TestCauseAccessDisclaimed(t *testing.T) {
	cases := []predicateCase{
		{"as we explained before, that is the bank's database and we are not having any control on it.", true},
		{"the solution is tested and needs only to be deployed from your side as we have no access to the database.", true},
		{"our team has no access to the load balancer, so this must be done by your network team.", true},
		{"we still do not have access to the test servers.", true},
		{"the old schema is deprecated and we cannot guarantee it matches production.", true},
		// near misses: someone else's lack of access, access granted, a control named
		{"The user had no access to the share because the group was removed.", false},
		{"There were no access notes on your account, which is why he didn't know another way round.", false},
		{"we have given you access to the new server.", false},
		{"The access control list was missing the new subnet.", false},
	}
	checkPredicate(t, "accessDisclaimed", func(text string) bool { return accessDisclaimed(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"as we explained before, that is the bank's database which has the customer account information and we are not having any control on it.", staff, 0, Cause},
		{"The user had no access to the share because the group was removed in the cleanup.", staff, Cause, 0},
	})
}
