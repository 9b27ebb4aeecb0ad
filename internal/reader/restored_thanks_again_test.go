package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredThanksAgain checks round 94's refusal (restored_thanks_again.go):
// a bare "thanks again" is no restoration; thanks with a result stay one.
// The sentences are written for the test.
func TestRestoredThanksAgain(t *testing.T) {
	customer := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	checkWording(t, []wordingCase{
		{"Thanks again!", customer, 0, Restored},
		{"Thank you so much again.", customer, 0, Restored},
		{"Many thanks again", customer, 0, Restored},
		// near misses: a result with the thanks
		{"Thanks again, the labels print now.", customer, Restored, 0},
		{"Thanks again for fixing the scanner, it works fine now.", customer, Restored, 0},
	})
	if bareThanksAgain(tokens("Thanks again, the labels print now.", nil)) {
		t.Error("a result with the thanks refused")
	}
}
