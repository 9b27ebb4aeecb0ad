package reader

import "testing"

// TestClosingOpening checks round 255's shape (restored_closing_opening.go):
// staff's sentence opening on "Closing" is the closing notice and takes no
// restoration. The sentences are written for the test.
func TestClosingOpening(t *testing.T) {
	checkPredicate(t, "closingOpening", func(text string) bool { return closingOpening(text, tokens(text, nil)) }, []predicateCase{
		{"Closing this ticket as the outage is resolved.", true},
		{"Closing the ticket as service is restored.", true},
		{"Closing - no further failures overnight.", true},
		{"Closing, the tills have been fine since Monday.", true},
		{"Closing the browser and opening it again should do it.", false}, // an instruction
		{"The scanners are back, closing this one.", false},               // the state told first
		{"Closing.", false},
	})
	checkWording(t, []wordingCase{
		{"Closing the ticket as service is restored.", staffAfter, 0, Restored},
		{"Service is restored, so I'll close the ticket.", staffAfter, Restored, 0},
	})
}
