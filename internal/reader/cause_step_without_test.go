package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestStepWithout: a past step done without one it needed is a cause (round
// 142, cause_step_without.go); the near misses are harm spared, a plan or a
// possibility, the writer's or the reader's own step, a negated or hedged
// one, a question and a present habit.
func TestStepWithout(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	taken := []wordingCase{
		{"bulk-apply-limitrange.sh was run manually without excluding the traefik namespace", staff, Cause, 0},
		{"Statsline moved their push feed to a new address without telling us, and our firewall blocked it.", staff, Cause, 0},
		{"The supplier rotated the signing key on Friday without notifying anyone.", staff, Cause, 0},
		{"The nightly job was deployed without updating the connection string.", staff, Cause, 0},
	}
	refused := []wordingCase{
		{"The update was applied without affecting any of your bookings.", staff, 0, Cause}, // harm spared
		{"The migration completed without losing any data.", staff, 0, Cause},               // harm spared
		{"We restarted the service without telling the users first.", staff, 0, Cause},      // the writer's step
		{"You changed the password without updating the scanner.", staff, 0, Cause},         // the reader's step
		{"The vendor will push the change without notifying us.", staff, 0, Cause},          // a plan
		{"They planned to move the feed without telling us.", staff, 0, Cause},              // a plan
		{"Nothing was changed without checking with your team first.", staff, 0, Cause},     // negated
		{"The key was probably rotated without telling anyone.", staff, 0, Cause},           // hedged
		{"Was the script run without excluding the traefik namespace?", staff, 0, Cause},    // asked
		{"The team forwards mail without rewriting the sender.", staff, 0, Cause},           // no past step
	}
	checkRuleItself(t, "step without a needed part", stepWithout, taken, refused)
	checkWording(t, taken)
	checkWording(t, refused)
}
