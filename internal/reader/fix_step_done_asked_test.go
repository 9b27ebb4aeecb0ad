package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixStepDoneAsked checks the refusal of the reader asked whether a step
// was done (stepDoneAsked). The sentences are written for the test; near
// misses keep their fix.
func TestFixStepDoneAsked(t *testing.T) {
	cases := []predicateCase{
		// whether a step was done, asked
		{"kindly update if the following changes have been applied in production.", true},
		{"Kindly updates weather the workaround has been implemented.", true},
		{"Did you try clearing the cache and signing in again?", true},
		{"Were you able to run the second script on the archive schema", true},
		{"Please let us know whether the new certificate was installed.", true},
		{"I'm wondering if the router was restarted.", true},
		// near misses: a request after the asking, a step told, the customer's step told, no perfect
		{"were you able to run the insert, anyway please run the below instead on all schemas.", false},
		{"Did the reset on the router yesterday, all fine since.", false},
		{"We applied the change in production and the reports run again.", false},
		{"Please let us know if the issue appears again.", false},
	}
	checkPredicate(t, "stepDoneAsked", func(text string) bool { return stepDoneAsked(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Kindly updates weather the workaround has been implemented.", staff, 0, Fix},
		{"We applied the change in production and the reports run again.", staff, Fix, 0},
	})
}
