package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound12Forms checks round 12's restorations (restored_state.go) on
// sentences written for this test, with their near misses.
func TestRound12Forms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		{"The booking page is now served from the new cluster.", staff, Restored, 0},
		{"Your login is now unlocked and you can sign in.", staff, Restored, 0},
		{"The payroll block has been lifted.", staff, Restored, 0},
		{"Backlog at 0.", staff, Restored, 0},
		{"The print queue is empty.", staff, Restored, 0},
		{"The reception team confirm they can book rooms.", customer, Restored, 0},
		{"412 invoices resubmitted, 0 errors.", staff, Restored, 0},
		{"Reindex complete 02:00-04:00, no gaps.", staff, Restored, 0},
		{"All 6 workers Ready.", staff, Restored, 0},
		{"The two new starters now have the Editor role.", staff, Restored, 0},
		{"Every account balance now agrees with the ledger.", staff, Restored, 0},
		// near misses
		{"Checked 300 log lines, 0 errors.", staff, 0, Restored},
		{"The relay speaks TLS 1.0, which the server rejects.", staff, 0, Restored},
		{"We're all set and ready to go tomorrow.", staff, 0, Restored},
		{"2 of 4 workers Ready.", staff, 0, Restored},
		{"We have updated the records by hand for now.", staff, 0, Restored},
		{"closing this chat now, have a good one", staff, 0, Restored},
		{"It now has a different message.", customer, 0, Restored},
		{"We now have to wait for the vendor.", staff, 0, Restored},
		{"The export queue is draining, 3k left.", staff, 0, Restored},
		{"Once the queue is empty the reports will go out.", staff, 0, Restored},
		{"Please confirm you can book rooms.", staff, 0, Restored},
		{"ok confirm you can sign in with the link below", staff, 0, Restored},
		{"The request has been approved by finance.", staff, 0, Restored},
		{"The account is now locked.", staff, 0, Restored},
	}
	checkWording(t, cases)
}
