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
		// near misses
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
