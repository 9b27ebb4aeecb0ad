package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixConfirmationAsked checks the refusal of the customer's confirmation,
// approval or a time asked for (confirmationAsked). The sentences are written
// for the test; near misses keep their fix.
func TestFixConfirmationAsked(t *testing.T) {
	cases := []predicateCase{
		// leave or a time asked, no step told before
		{"please your confirmation to remove the old reporting schemas.", true},
		{"Kindly provide the customer's approval on this ticket so we can apply the script.", true},
		{"please approve the update statements above to fix the balances.", true},
		{"We need your confirmation before we deploy the patch to production.", true},
		{"The fix works on the test server, please provide us with a suitable time to move it to production.", true},
		{"We can roll back the last change to carry on testing, please confirm.", true},
		// near misses: a step told before the request, a step asked first, a notice, no request
		{"We reflected the change on production yesterday, so please we need your approval to close this ticket.", false},
		{"Both issues have been fixed, so please check them and confirm.", false},
		{"The issue is solved on their side, please provide us a suitable time to change our configuration.", false},
		{"please tap Approve in the app.", false},
		{"Kindly note the approval came through this morning.", false},
		{"Please restart the service and confirm the reports run.", false},
	}
	checkPredicate(t, "confirmationAsked", func(text string) bool { return confirmationAsked(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"please approve the update statements above to fix the balances.", staff, 0, Fix},
		{"Please restart the service and confirm the reports run.", staff, Fix, 0},
	})
}
