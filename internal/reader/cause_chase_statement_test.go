package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

func TestChaseInStatement(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// Staff's explanations with a chase word in the mechanism (tuning rows, causes).
		{"The reminder batch only ran Sunday\nto Friday, which was fine when reminders went out the day before, but\nwith 48 hours' notice Monday's reminders are due on a Saturday and the\nbatch simply never ran for them.", true},
		{"The new Outlook build times how\nlong each add-in takes to start, and on the older desktops WorkVault's\nfirst start was slow enough that Outlook switched it off by itself.", true},
		{"Reminder emails come from the overnight job, not the widget - hotfix didn't touch it.", true},
		{"The 7am reminder came from a\nsecond rule, \"Final balance - 6 wks (copy)\", set up on your account on\n27 February by Dan Hale.", true},

		// Near misses: a real question with a chase word.
		{"Any update on the logs we asked for?", false},
		{"How long has the reminder been failing?", false},
		{"Is anyone looking at the queue?", false},
		// No chase word.
		{"The batch only ran Sunday to Friday.", false},
	}
	for _, c := range cases {
		var buf [64]string
		var sc scan
		s := newScan(tokens(c.text, buf[:0]), &sc)
		acts := classify(c.text, s, Context{Role: ticket.RoleAgent})
		if got := chaseInStatement(c.text, s, acts); got != c.want {
			t.Errorf("chaseInStatement(%q) = %v (acts %v), want %v", c.text, got, acts, c.want)
		}
	}
}
