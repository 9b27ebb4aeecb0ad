package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredFineAllPeriod checks round 96's fine over a whole period
// (restored_fine_all_period.go): after a remedy, "all <day|week|...>" and a
// word of good or of no trouble. The sentences are written for the test;
// the near misses are no remedy before, a negation, a contrast, a wait, a
// trouble named, "no" before a wanted thing, no word of good, a question.
func TestRestoredFineAllPeriod(t *testing.T) {
	remedyEarlier := Context{Role: ticket.RoleCustomer, Public: true, RemedyInTicket: true}
	cases := []wordingCase{
		{"Dock 2 was busy all afternoon and this evening without a hitch, we moved the cones back.", custAfter, Restored, 0},
		{"looked this morning, stock levels correct all weekend, report is full.", custAfter, Restored, 0},
		{"tills been printing all day no bother", custAfter, Restored, 0},
		{"Van's been in the car park all week without a fine so I think it's sorted.", remedyEarlier, Restored, 0},
		{"all ok all morning, cheers", custAfter, Restored, 0},
		{"Nothing wrong from the night team all shift.", custAfter, Restored, 0},
		// near misses
		{"It restarts fine and then runs all day.", custOpening, 0, Restored},
		{"The tablets were fine all morning.", custBefore, 0, Restored},
		{"Fine all morning but it dropped again at 2.", custAfter, 0, Restored},
		{"Not fine all day, it still drops.", custAfter, 0, Restored},
		{"Hopefully it stays fine all week.", custAfter, 0, Restored},
		{"The screen said no signal all evening.", custAfter, 0, Restored},
		{"Was it fine all weekend?", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by the rule itself, whatever the older rules read
	checkRuleItself(t, "fine over a period", fineAllPeriod, nil, cases[8:])
	for _, s := range []string{"The queue was busy all day.", "We have staff on site all week.", "It's sunny all week.", "Crashes all morning, the rest fine."} {
		if fineAllPeriod(s, tokens(s, nil)) {
			t.Errorf("%q: read as fine over a period (no word of good, or a trouble named)", s)
		}
	}
}
