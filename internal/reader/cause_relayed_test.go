package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRelayed checks round 17's causes (cause_relayed.go) on sentences
// written for this test, with their near misses.
func TestCauseRelayed(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []wordingCase{
		// a component still in an old state
		{"The badge reader at the loading dock was still configured for the previous controller.", staff, Cause, 0},
		{"Their sync agent is still holding the old token.", staff, Cause, 0},
		{"The kiosk in reception still runs the retired firmware image.", staff, Cause, 0},
		// near misses: the writer's or reader's own state, an old state that
		// explains what works, a step that worked with what remains, a
		// negation, a hedge, a question
		{"We are still on the old plan until the renewal.", staff, 0, Cause},
		{"The dashboard still reads the old endpoint, so its graphs are fine.", staff, 0, Cause},
		{"The purge worked in most branches but two tills are still showing the old prices.", staff, 0, Cause},
		{"The router still isn't using the old profile.", staff, 0, Cause},
		{"The kiosk might still be running the old image.", staff, 0, Cause},
		{"Is the scanner still paired with the old base?", staff, 0, Cause},
		// a third party's finding relayed before a colon
		{"The courier's IT team replied: they rotated the API keys overnight and our stored key was dropped.", staff, Cause, 0},
		{"The acquiring bank confirmed: a new fraud rule on their side was holding the batch payments for review.", staff, Cause, 0},
		{"The registrar have found the problem: they moved the zone to a new name server cluster on Monday.", staff, Cause, 0},
		// near misses: a working state relayed, the writer's own reply, a
		// plan relayed, a change denied
		{"The carrier confirmed: everything is working normally on their side.", staff, 0, Cause},
		{"I replied: we moved the meeting to Thursday.", staff, 0, Cause},
		{"The vendor replied: they will look into it tomorrow morning.", staff, 0, Cause},
		{"The supplier confirmed: nothing was changed on their side.", staff, 0, Cause},
		// a finding whose consequence after "so" is told in the future
		{"Your upload is 3 GB and the gateway's limit is 2 GB, so it will be rejected every time.", staff, Cause, 0},
		{"The whole rack is booked for the firmware window from 06:00, so the scheduler cannot place a job that would run past it.", staff, Cause, 0},
		// near misses: no failure, a request, the writer's step, a plan
		{"The new disk is installed, so the backups will run tonight.", staff, 0, Cause},
		{"The export is large, so please split it or the import will be rejected.", staff, 0, Cause},
		{"We raised the limit, so the jobs will no longer be rejected.", staff, 0, Cause},
		{"The certificate expires on Friday, so we will renew it tomorrow.", staff, 0, Cause},
	}
	checkWording(t, cases)
}
