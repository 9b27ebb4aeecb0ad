package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixOpeningSent checks round 234's reading of what staff sent or gave
// the caller in a logged call's opening note (fix_opening_sent.go): rows of
// the tuning sets (set beside each), and near misses that must stay no fix:
// the ticket's own reference, a customer's opening, a question, a promise.
func TestFixOpeningSent(t *testing.T) {
	agentOpening := Context{Role: ticket.RoleAgent, Public: false, Opening: true}
	checkWording(t, []wordingCase{
		{"Gave him our sending domain and the two IP ranges to allowlist.", agentOpening, Fix, 0}, // styles28
		{"Sent her the 6 PDFs by hand from my mailbox in the meantime.", agentOpening, Fix, 0},    // styles51
		{"Sent him the J-561002 PDF while on the phone.", agentOpening, Fix, 0},                   // styles113
		{"E-mailed him our one-page restart card for the control room.", agentOpening, Fix, 0},    // styles115
		{"Emailed her the consignment agreement and the commission sheet.", agentOpening, Fix, 0}, // styles123
		{"Also texted them the new door code.", agentOpening, Fix, 0},                             // written for the test
		// near misses
		{"Gave her the ticket no., she'll forward error samples from their developer.", agentOpening, 0, Fix}, // styles46
		{"Sent her the link to the registration page.", custOpening, 0, Fix},
		{"Sent him the form?", agentOpening, 0, Fix},
		{"Will send her the guide tomorrow.", agentOpening, 0, Fix},
		{"Customer sent us the logs from the tablet.", agentOpening, 0, Fix},
	})
}
