package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixEscalatedOurs checks the refusal of an escalation note to the
// writer's own side (escalatedOurs). The sentences are written for the test;
// near misses keep their fix.
func TestFixEscalatedOurs(t *testing.T) {
	cases := []predicateCase{
		// the case or its material passed to a party of the writer's side
		{"We have gathered the trace files and delivered them to our developers.", true},
		{"we collected the needed data and have provided it to our vendor, thank you.", true},
		{"I sent an email to our network team to check this error.", true},
		{"Kindly note this issue is handed to our product team and they will provide a fix soon.", true},
		{"I've passed the DNS part to our IT.", true},
		// near misses: the party's step told after, a place, the customer's side, no passing verb
		{"Passed to our IT, they've set the policy on all three PCs.", false},
		{"The new badge was handed to our receptionist, who fitted it to the lanyard.", false},
		{"The replacement was delivered to our Leeds office this morning.", false},
		{"The hotfix is ready and has been sent to your team.", false},
		{"We talked to our developers and they rolled back the release.", false},
	}
	checkPredicate(t, "escalatedOurs", func(text string) bool { return escalatedOurs(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"we have connected and collected the needed data and have provided it to our developers, thank you.", staff, 0, Fix},
		{"I've restarted the service and the reports are running again.", staff, Fix, 0},
	})
}
