package reader

import "testing"

// TestAskedBeforeStepNoFix checks the refusal of a question asked before the
// writer's step (fix_asked_before_step.go); steps done before something, with
// no question, and requests of a step stay fixes.
func TestAskedBeforeStepNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Before I set this up: should the management fee also be split 60/40, or charged only to Mr Fairley?", staffAfter, 0, Fix},         // styles11
		{"Before I reset it, can you confirm the employer reference and the postcode of the registered office please?", staffAfter, 0, Fix}, // styles45
		{"Before I set it up, could you confirm which of the two printers should get the new tray?", staffAfter, 0, Fix},                    // the brief's shape, written for the test
		{"One question before we move the mailbox: should the old aliases come over as well?", staffAfter, 0, Fix},                          // written for the test
		{"I've reset the token before we spoke, so the new code works now.", staffAfter, Fix, 0},                                            // near miss: no question
		{"I've moved the crew to BGO before I left yesterday.", staffAfter, Fix, 0},                                                         // near miss: no question
	})
}
