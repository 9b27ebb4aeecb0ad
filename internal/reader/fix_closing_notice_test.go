package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixClosingNotice checks the refusal of a notice that the ticket is
// closed with no step in it (closingNotice). The sentences are written for
// the test; near misses keep their fix.
func TestFixClosingNotice(t *testing.T) {
	cases := []predicateCase{
		// the closing alone, with its reason or its plan
		{"we can close this ticket and continue working on the other one", true},
		{"ticket will be closed for now, since no issue reported after the fix.", true},
		{"thank you, we will consider this ticket closed and postpone it to the new version.", true},
		{"we will consider your request as done and proceed to close it.", true},
		{"we will consider this ticket as closed and in case of any issue another ticket will be created.", true},
		{"kindly note that we will close this ticket since we did not have a response.", true},
		{"I'll close the case; sales usually pick up again within a few hours.", true},
		// near misses: a step beside the closing, an instruction, no opening on it
		{"we deleted the mentioned accounts so we will consider this ticket as resolved.", false},
		{"kindly note that all statuses updated, please consider this ticket as closed", false},
		{"please check and advise in order to close the ticket.", false},
		{"Close the app fully and open it again.", false},
		{"Anyone who had the model open should close it and reopen it.", false},
		{"we will close the port on the firewall tonight.", false},
	}
	checkPredicate(t, "closingNotice", func(text string) bool { return closingNotice(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"thank you, we will consider this ticket closed and postpone it to the new version.", staff, 0, Fix},
		{"we deleted the mentioned accounts so we will consider this ticket as resolved.", staff, Fix, 0},
	})
}
