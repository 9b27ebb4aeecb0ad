package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixEvidenceAsked checks the refusal of a request for logs, output or
// screenshots (evidenceAsked). The sentences are written for the test; near
// misses keep their fix.
func TestFixEvidenceAsked(t *testing.T) {
	cases := []predicateCase{
		// evidence asked for, with the steps that produce it
		{"please execute the below and provide us with the output.", true},
		{"please run the query on the production database and provide me with its result:", true},
		{"please ask your dba to run the script and provide us with the output files.", true},
		{"Can you send me the log please - Help > Export log.", true},
		{"Could you ask one of them to open the app and tap Send log?", true},
		// near misses: a remedy asked first, a notice's opener, no request, a login
		{"please restart the service and send us the logs if it fails again.", false},
		{"kindly note we are able to reach the server, and we request you to take a screenshot and attach the result.", false},
		{"I've sent the output to the vendor.", false},
		{"please log in again and send it.", false},
		{"please provide the password over the ticket.", false},
	}
	checkPredicate(t, "evidenceAsked", func(text string) bool { return evidenceAsked(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"please execute the below sql query on the production database and provide me with its result:", staff, 0, Fix},
		{"please restart the service and send us the logs if it fails again.", staff, Fix, 0},
	})
}
