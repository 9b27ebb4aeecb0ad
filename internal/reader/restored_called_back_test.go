package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredCalledBack checks round 98's refusal (restored_called_back.go):
// staff's bare note of a call returned is no restoration; a call told with
// its result stays one. The sentences are written for the test.
func TestRestoredCalledBack(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: false, AfterRemedy: true}
	refused := []string{"Rang Marta back.", "Called the site manager back.", "Phoned Mr Okafor back"}
	for _, s := range refused {
		if !calledBack(tokens(s, nil)) {
			t.Errorf("%q: not read as a call returned", s)
		}
	}
	kept := []string{
		"Rang Marta back - the tills take cards again.",
		"Called Ken back, he's logged in and working.",
		"The scanner is back.",
		"Rang the carrier to get the line back up",
		"Called it back in.",
	}
	for _, s := range kept {
		if calledBack(tokens(s, nil)) {
			t.Errorf("%q: read as a bare call returned", s)
		}
	}
	checkWording(t, []wordingCase{
		{"Rang Marta back.", staff, 0, Restored},
		{"Called Marta back, the tills are working again.", staff, Restored, 0},
	})
}
