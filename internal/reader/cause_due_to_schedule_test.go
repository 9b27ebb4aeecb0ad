package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseDueToSchedule checks that "due to" before a verb is a schedule, no
// cause phrase, on rows of the styles sets; "due to" before a noun stays.
func TestCauseDueToSchedule(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"A fix is due to be released tomorrow morning and I'll let you\nknow when it's in.", staff, 0, Cause}, // styles47
		{"A\npermanent fix is due to go live on Wednesday night.", staff, 0, Cause},                            // styles54
		{"Results for Semester 1 were due to release to students at 10:00 today.", staff, 0, Cause},            // styles7
		{"The old signing cert was due to expire on the 10th.", staff, 0, Cause},                               // styles16
		// near miss: "due to" before what did the harm
		{"The exports failed due to the expired signing certificate.", staff, Cause, 0},
	})
}
