package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixRollbackPlan checks the refusal of a rollback planned or to be
// prepared (rollbackPlan). The sentences are written for the test; near
// misses keep their fix.
func TestFixRollbackPlan(t *testing.T) {
	cases := []predicateCase{
		// a back-out plan, or a rollback still to be written
		{"Rollback: reinstall 2.3.1 from the share.", true},
		{"the rollback: drop the new column.", true},
		{"rollback is as below, noting that this was run before:", true},
		{"Rollback procedure: we will keep the old server so it is ready in case of a rollback.", true},
		{"Old image kept for rollback.", true},
		{"to generate the rollback please provide us with the table description", true},
		{"we need to connect to work on writing the rollback statements together.", true},
		{"Rollback = put the old address back.", true},
		// near misses: a rollback done, going out, handed over, offered
		{"Rollback done, controllers restarted 14:51.", false},
		{"Pipeline triggered for rollback", false},
		{"Rollback of 4.12.0 applied to all tenants.", false},
		{"The rollback is going out to every store now.", false},
		{"please find the rollback below:", false},
		{"we did a rollback until the vendor sends a fix.", false},
		{"Rollback is a reflash of the old firmware, about 10 minutes per unit.", false},
	}
	checkPredicate(t, "rollbackPlan", func(text string) bool { return rollbackPlan(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Rollback: re-enable the old feeds.", staff, 0, Fix},
		{"Rollback done, controllers restarted 14:51.", staff, Fix, 0},
	})
}
