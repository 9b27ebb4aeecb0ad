package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixConditionalPlan checks the refusal of the writer's plan under a
// condition (conditionalPlan). The sentences are written for the test; near
// misses keep their fix.
func TestFixConditionalPlan(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
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
	for _, tc := range cases {
		if got := conditionalPlan(tc.text, tokens(tc.text, nil)); got != tc.want {
			t.Errorf("conditionalPlan(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"As soon as the part arrives we'll fit it and test the door.", staff, 0, Fix},
		{"Once it was back I restarted the sync and I've checked the totals.", staff, Fix, 0},
	})
}
