package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixWaitingOn checks the refusal of a sentence that opens on the
// writer waiting on someone (waitingOn). The sentences are written for the
// test; near misses keep their fix.
func TestFixWaitingOn(t *testing.T) {
	cases := []predicateCase{
		// the writer's waiting, after the helpdesk's openers
		{"waiting the vendor to publish a new release.", true},
		{"dears, we are waiting the bank to prepare the database in order to apply the patch.", true},
		{"we waiting the supplier to provide us with the new driver fix.", true},
		{"please note that we are waiting for the developer to prepare the package and once done we will deploy it.", true},
		{"we are still waiting for feedback from our team on when we can implement the solution.", true},
		{"sure, waiting for some fixes for the upgrade server and will connect shortly.", true},
		{"We're waiting on the carrier to replace the line card.", true},
		// near misses: a step told first or after, a thing waiting, no waiting
		{"the fix deployed on production, waiting your feedback.", false},
		{"we deployed the gateway release and still waiting the feedback from the bank.", false},
		{"waiting for the vendor, and we've restarted the service meanwhile.", false},
		{"I've resent the 71 confirmations that were waiting.", false},
		{"A fixed version is waiting for Google's review.", false},
		{"We restarted the service and the queue is draining.", false},
	}
	checkPredicate(t, "waitingOn", func(text string) bool { return waitingOn(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"waiting the vendor to publish a new release.", staff, 0, Fix},
		{"we are still waiting for feedback from our team on when we can implement the solution.", staff, 0, Fix},
		{"We have deployed the new release to production, waiting your feedback.", staff, Fix, 0},
	})
}
