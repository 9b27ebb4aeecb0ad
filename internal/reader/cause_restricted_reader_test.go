package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestrictedReader: a thing kept for others, with the reader's own state
// beside it, is a cause (round 186, cause_restricted_reader.go); the near
// misses are the limit told alone, with a condition, with an instruction
// after "so", a hedge and a question.
func TestRestrictedReader(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	taken := []wordingCase{
		{"The Reset button only shows with a Service level login, and you are logged in as Engineer.", staff, Cause, 0},
		{"The full-rate data is only available under Data > Raw Export, and your Viewer login doesn't show that menu.", staff, Cause, 0},
		{"Online sessions are only offered to students who will be in the UK at the time of the session, and your profile says you'll be outside the UK.", staff, Cause, 0},
		{"you're on the QA reviewer role, Request correction is only on the production supervisor role", staff, Cause, 0},
	}
	refused := []wordingCase{
		{"The button only shows for the Senior Clinician role.", staff, 0, Cause},                                                         // the limit alone
		{"It's only visible once you're logged in.", staff, 0, Cause},                                                                     // a condition
		{"The option only appears for users with the Clinic admin role, so if you don't see it, ask your clinic admin.", staff, 0, Cause}, // instruction
		{"The export is probably only available to admins, and your account is a viewer.", staff, 0, Cause},                               // hedged
		{"Is the report only available to admins, and your login a viewer?", staff, 0, Cause},                                             // asked
		{"Only the admins see the menu, and you can ask them for the file.", staff, 0, Cause},                                             // no "only" + showing
	}
	checkRuleItself(t, "kept from the reader", restrictedReader, taken, refused)
	checkWording(t, taken)
	checkWording(t, refused)
}
