package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOnsetHarm: a thing or party beginning to do harm to another is a
// cause (round 115, cause_onset_harm.go); the near misses are a cause asked
// about, negated, hypothesised or planned, the writer's own step, a symptom,
// a recovery and an outcome meant.
func TestOnsetHarm(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	taken := []wordingCase{
		{"Retry amplification begins overwhelming the writer database", staff, Cause, 0},
		{"Daily pipeline run starts modifying the AWS Autoscaling Groups.", staff, Cause, 0},
		{"Their mail gateway began rejecting our invoices on Monday after a rules update.", staff, Cause, 0},
		{"The new spam filter started quarantining every PDF from the scanner.", staff, Cause, 0},
		{"At 02:10 the backup job started to overwrite the live share instead of the archive.", staff, Cause, 0},
	}
	refused := []wordingCase{
		{"Did the gateway start rejecting them after the update?", staff, 0, Cause},                   // asked
		{"The gateway hasn't started rejecting anything since the change.", staff, 0, Cause},          // negated
		{"It might have started blocking them after the update.", staff, 0, Cause},                    // hypothesised
		{"The provider will start enforcing the new sender rules in June.", staff, 0, Cause},          // a plan
		{"We started deleting the old pods at 10:40.", staff, 0, Cause},                               // the writer's step
		{"The on-call engineer started reverting the release.", staff, 0, Cause},                      // a person's step
		{"Initial pods begin failing database connections and entering crash loops", staff, 0, Cause}, // a symptom
		{"The nodes started shipping logs to CloudWatch again.", staff, 0, Cause},                     // a recovery
		{"The new filter started blocking the test messages as intended.", staff, 0, Cause},           // an outcome meant
	}
	checkRuleItself(t, "onset of harm", onsetHarm, taken, refused)
	checkWording(t, taken)
	checkWording(t, refused)
}
