package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseStillPointing checks round 66's component still aimed at a
// value (stillPointing): sentences written for the test, and near misses.
func TestCauseStillPointing(t *testing.T) {
	note := Context{Role: ticket.RoleAgent}
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Label service still pointing at .44 after the move.", note, Cause, 0},
		{"The kiosk feed is still set to GMT, while the other branches are on Europe/Paris.", staff, Cause, 0},
		{"Sync agent still polling port 8081.", note, Cause, 0},
		// near misses: the writer's own waiting, a check's report, a plan, a working state, a count
		{"We are still waiting on 2 replies from the carrier.", staff, 0, Cause},
		{"Checked, still on 3.7.4.", note, 0, Cause},
		{"The till will still point at .44 until Monday.", staff, 0, Cause},
		{"Reports still set to 09:00 and working fine.", staff, 0, Cause},
	})
}
