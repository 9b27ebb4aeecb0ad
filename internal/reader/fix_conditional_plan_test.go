package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixConditionalPlan checks the refusal of the writer's plan under a
// condition (conditionalPlan). The sentences are written for the test; near
// misses keep their fix.
func TestFixConditionalPlan(t *testing.T) {
	cases := []predicateCase{
		// a condition, then the writer's plan
		{"once completed we can deploy the monitoring tool to production.", true},
		{"Once it's signed off I'll run the report for both sites and send it over.", true},
		{"As soon as the part arrives we'll fit it and test the door.", true},
		{"So once the vendor confirms, we will roll the patch out.", true},
		// near misses: a step told beside, a need or request after, a question, no condition, no plan
		{"Once it was back I restarted the sync and I've checked the totals.", false},
		{"once done we can check the site, we need to restart the archive service first.", false},
		{"Once it's in, can we resend the emails?", false},
		{"We'll resend the emails tonight.", false},
		{"Once the cache cleared, the page loaded normally.", false},
	}
	checkPredicate(t, "conditionalPlan", func(text string) bool { return conditionalPlan(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"As soon as the part arrives we'll fit it and test the door.", staff, 0, Fix},
		{"Once it was back I restarted the sync and I've checked the totals.", staff, Fix, 0},
	})
}
