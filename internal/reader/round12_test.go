package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound12Forms checks round 12's restorations (restored12.go) on
// sentences written for this test, with their near misses.
func TestRound12Forms(t *testing.T) {
	cases := []struct {
		text string
		role ticket.Role
		want bool
	}{
		{"The booking page is now served from the new cluster.", ticket.RoleAgent, true},
		{"Your login is now unlocked and you can sign in.", ticket.RoleAgent, true},
		{"The payroll block has been lifted.", ticket.RoleAgent, true},
		{"Backlog at 0.", ticket.RoleAgent, true},
		{"The print queue is empty.", ticket.RoleAgent, true},
		{"The reception team confirm they can book rooms.", ticket.RoleCustomer, true},
		{"412 invoices resubmitted, 0 errors.", ticket.RoleAgent, true},
		{"Reindex complete 02:00-04:00, no gaps.", ticket.RoleAgent, true},
		{"All 6 workers Ready.", ticket.RoleAgent, true},
		{"The two new starters now have the Editor role.", ticket.RoleAgent, true},
		{"Every account balance now agrees with the ledger.", ticket.RoleAgent, true},
		// near misses
		{"Checked 300 log lines, 0 errors.", ticket.RoleAgent, false},
		{"The relay speaks TLS 1.0, which the server rejects.", ticket.RoleAgent, false},
		{"We're all set and ready to go tomorrow.", ticket.RoleAgent, false},
		{"2 of 4 workers Ready.", ticket.RoleAgent, false},
		{"We have updated the records by hand for now.", ticket.RoleAgent, false},
		{"closing this chat now, have a good one", ticket.RoleAgent, false},
		{"It now has a different message.", ticket.RoleCustomer, false},
		{"We now have to wait for the vendor.", ticket.RoleAgent, false},
		{"The export queue is draining, 3k left.", ticket.RoleAgent, false},
		{"Once the queue is empty the reports will go out.", ticket.RoleAgent, false},
		{"Please confirm you can book rooms.", ticket.RoleAgent, false},
		{"ok confirm you can sign in with the link below", ticket.RoleAgent, false},
		{"The request has been approved by finance.", ticket.RoleAgent, false},
		{"The account is now locked.", ticket.RoleAgent, false},
	}
	for _, c := range cases {
		got := Classify(c.text, Context{Role: c.role, Public: true})&Restored != 0
		if got != c.want {
			t.Errorf("%q (%v): restored %v, want %v", c.text, c.role, got, c.want)
		}
	}
}
