package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseStateAfterChange checks round 66's state told with the change
// that set it (stateAfterChange): sentences written for the test, and near
// misses.
func TestCauseStateAfterChange(t *testing.T) {
	note := Context{Role: ticket.RoleAgent}
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Print spooler startup type Manual since the update.", note, Cause, 0},
		{"Backup agent not registered since re-image on 12/02.", note, Cause, 0},
		{"Scanner now enumerated as COM7 after the Windows update.", note, Cause, 0},
		// near misses: a working state, reports, the writer's step, no change, a new thing, a heading
		{"No freezes since the update, memory flat.", note, 0, Cause},
		{"We've had three similar reports since the release.", staff, 0, Cause},
		{"I restarted the service after the update.", staff, 0, Cause},
		{"Working fine since the update.", staff, 0, Cause},
		{"The till app has not crashed since the patch.", staff, 0, Cause},
		{"Queue priorities after upgrade: render 50, preview 50.", note, 0, Cause},
		{"Assets2 is the new file server since the migration.", note, 0, Cause},
		{"The label driver is on all shop PCs since last night's update.", staff, 0, Cause},
	})
}
