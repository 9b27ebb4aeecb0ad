package reader

import "testing"

// TestApologyOpening checks round 255's shape (fix_apology_opening.go): a
// sentence opening on "Sorry" takes no fix. The sentences are written for
// the test.
func TestApologyOpening(t *testing.T) {
	checkPredicate(t, "apologyOpening", func(text string) bool { return apologyOpening(tokens(text, nil)) }, []predicateCase{
		{"Sorry about that - the nightly update reset the setting I'd changed.", true},
		{"Sorry Ana, that one's on me - I reissued the link after the first mail.", true},
		{"Sorry - the re-run was undone by the overnight build.", true},
		{"Sorry!", false}, // nothing after it
		{"I've reset the setting, sorry for the wait.", false}, // a step, the apology after
		{"We're sorry, the export is fixed now.", false},       // not its opening word
	})
	checkWording(t, []wordingCase{
		{"Sorry about that - the nightly update reset the setting I'd changed.", staffAfter, 0, Fix},
		{"I've changed the setting back, sorry for the trouble.", staffAfter, Fix, 0},
	})
}
