package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredPlanOpening checks round 238's shape (restored_plan_opening.go):
// a sentence opening with the writer's plan is no restoration; a plan after
// a state told first is left to the restoration rules. The sentences are
// written for the test.
func TestRestoredPlanOpening(t *testing.T) {
	checkPredicate(t, "planOpening", func(text string) bool { return planOpening(tokens(text, nil)) }, []predicateCase{
		{"I'll label the port so it doesn't happen again.", true},
		{"We'll keep this open until tonight's run has gone through.", true},
		{"I will close this ticket now as all sites are correct.", true},
		{"All still working fine, so I'll close this.", false},
		{"It works again, thanks.", false},
		{"Will it happen again?", false},
	})
	r := Read(waiverTicket("Kiosk", "The kiosk rejects every member card.", "I've moved the kiosk cable back to the right port.", ticket.RoleCustomer, "We'll label the right port so it doesn't happen again."), nil)
	if a := r.Messages[len(r.Messages)-1].Sentences[0].Acts; a&Restored != 0 {
		t.Errorf("a plan read restored: %s", a)
	}
}
