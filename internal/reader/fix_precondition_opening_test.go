package reader

import "testing"

// TestPreconditionOpening checks round 255's shape
// (fix_precondition_opening.go): "Before I/we <verb> ..." tells what a step
// waits on and takes no fix. The sentences are written for the test.
func TestPreconditionOpening(t *testing.T) {
	checkPredicate(t, "preconditionOpening", func(text string) bool { return preconditionOpening(tokens(text, nil)) }, []predicateCase{
		{"Before I can set up the new site we need the signed agreement; I've sent it to you.", true},
		{"Before we move it, the owner of the other workspace has to approve it.", true},
		{"Before I link them, the pharmacy has to accept the terms.", true},
		{"Before the upgrade the job ran fine.", false},              // a time, not the writer's step
		{"I've restarted the service before the backup ran.", false}, // a step told
		{"Before I forget, the invoice is attached.", true},          // an aside opening, still no step
	})
	checkWording(t, []wordingCase{
		{"Before I can set up the new site we need the signed agreement; I've sent it to you.", staffBefore, 0, Fix},
		{"I've set up the new site and sent you the agreement.", staffBefore, Fix, 0},
	})
}
