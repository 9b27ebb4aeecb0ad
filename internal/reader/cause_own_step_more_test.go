package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseOwnStepMore checks the refusal of staff's own step opened by a
// past verb round 46's list lacks (ownStepMore, in notCause, so the model
// too). The sentences are written for the test; near misses keep their cause.
func TestCauseOwnStepMore(t *testing.T) {
	checkPredicate(t, "ownStepMore", func(text string) bool { return ownStepMore(tokens(text, nil)) }, []predicateCase{
		// staff's step, no subject
		{"Uploaded the new root certificate to the console and attached it to the staff profile.", true},
		{"Walked her through the reset: code entered, new password set.", true},
		{"Got the landlord to move the boiler flue away from the vent.", true},
		{"Locked the print presets so an update can't change them.", true},
		{"dried out the junction box and fitted a new cover.", true},
		// near misses: an acknowledgement, a subject, a cause word, the past perfect
		{"Got it - you have five devices already and five is the limit on your plan.", false},
		{"Got a reply from the vendor: their certificate expired on Sunday.", false},
		{"The update locked the presets, so the new paper profile was never used.", false},
		{"Uploaded the wrong file because the names were swapped.", false},
		{"Uploaded the file, which had been corrupted by the sync.", false},
		{"Walked past the cabinet and the fan was silent.", false},
	})
	staff := Context{Role: ticket.RoleAgent}
	checkWording(t, []wordingCase{
		{"Locked the print presets so an update can't change them.", staff, 0, Cause},
	})
}
