package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound14NotCause checks the forms round 14 keeps from being read as a
// cause (notCause), with near misses that still are causes.
func TestRound14NotCause(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []wordingCase{
		// the thing explained is fine, not affected, not lost, expected
		{"The Dublin office uses the old gateway, which is why they're fine.", staff, 0, Cause},
		{"The meter kept counting while the display was off, so nothing is lost.", staff, 0, Cause},
		{"The reports were late because of the backlog, but nothing is lost.", staff, Cause, 0}, // a cause, then a reassurance
		{"The readings were buffered on the device, not lost.", staff, 0, Cause},
		{"The gaps won't show on the chart, but the logger kept them, so nothing is lost.", staff, 0, Cause},
		{"That's why the Android users aren't affected.", staff, 0, Cause},
		{"Legacy card expired at 09:00 as planned, no action needed.", staff, 0, Cause},
		// the cause not yet established
		{"Pump 2 pressure 1.2 bar vs 2.0 expected, cause not confirmed yet.", staff, 0, Cause},
		// an acknowledgement of someone else's explanation
		{"Great, that explains it.", staff, 0, Cause},
		// a heading over a list
		{"Results from the test:", staff, 0, Cause},
		// the writer's own completed step and its purpose
		{"We've added a second power supply so a single failure won't take the rack down again.", staff, 0, Cause},
		{"I have also set up an alert so a stuck queue pages us instead of failing silently.", staff, 0, Cause},
		// how things normally work
		{"Because the order was placed through the marketplace, normally they handle the return.", staff, 0, Cause},
		// near misses: still causes
		{"The job was fine until the password expired on Friday.", staff, Cause, 0},
		{"The unit was switched off overnight when it normally downloads its keys, so its keys ran out.", staff, Cause, 0},
		{"We've found that the relay's certificate had expired.", staff, Cause, 0},
		{"Normally the export runs at 02:00, but this time it failed because the disk was full.", staff, Cause, 0},
	}
	checkWording(t, cases)
}
