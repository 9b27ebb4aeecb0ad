package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredMeasureFalling checks round 109's measure of the backlog or
// the fault falling after the remedy (restored_measure_falling.go). The
// sentences are written for the test; the near misses are no remedy
// before, a wait for the queue to empty, a plan, a queue growing or full,
// "still", a question and a measure going up.
func TestRestoredMeasureFalling(t *testing.T) {
	cust := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	cases := []wordingCase{
		{"09:40 pending down to 118, workers all busy.", staffAfter, Restored, 0},
		{"Lag coming down: 512 -> 140 -> 25s.", staffAfter, Restored, 0},
		{"Error rate 0.6% and dropping.", staffAfter, Restored, 0},
		{"Disk down to 38%.", staffAfter, Restored, 0},
		{"Held orders released - queue for Leeds now empty.", staffAfter, Restored, 0},
		{"The queue at the tills is going down.", cust, Restored, 0},
		// near misses
		{"Disk down to 38%.", staffBefore, 0, Restored},
		{"I'll confirm when the queue is empty.", staffAfter, 0, Restored},
		{"The backlog should be down to zero by noon.", staffAfter, 0, Restored},
		{"Queue still growing, 4,100 waiting.", staffAfter, 0, Restored},
		{"WARN Exporter queue full, dropping event (x 2,114)", staffAfter, 0, Restored},
		{"Is the lag coming down on your side?", staffAfter, 0, Restored},
		{"Lag going up again, 300s.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	for _, c := range cases[:6] {
		if !measureFalling(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: not read as a measure falling", c.text)
		}
	}
	// refused by the rule itself, whatever the older rules read
	for _, c := range cases[7:] {
		if measureFalling(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: read as a measure falling", c.text)
		}
	}
}
