package reader

import "testing"

// TestNoteOfLimit checks round 262's shape (fix_note_of_limit.go): staff
// opening on "Please / Kindly note ..." and denying something in it take no
// fix. The sentences are written for the test.
func TestNoteOfLimit(t *testing.T) {
	checkPredicate(t, "noteOfLimit", func(text string) bool { return noteOfLimit(tokens(text, nil)) }, []predicateCase{
		{"Please note that the batch service is not doable on the current version.", true},
		{"Kindly note, our team has no access to the load balancer.", true},
		{"Please note that we have applied the patch on production.", false},                   // a step told
		{"Please note that there are no changes on the pages, we have deployed a fix.", false}, // another denial, the step told
		{"We cannot reach the server, please note.", false},                                    // not its opening
	})
	checkWording(t, []wordingCase{
		{"Please note that the batch service is not doable on the current version.", staffAfter, 0, Fix},
	})
}
