package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredQuietPeriod checks round 84's quiet over a period
// (restored_quiet_period.go): after a remedy in the ticket, "no" and the
// trouble, then a span of time. The true rows are reworded from the styles
// sets named beside them; the near misses are a wanted thing not come, a
// wait, the future, a condition, a contrast, no span, no remedy before.
func TestRestoredQuietPeriod(t *testing.T) {
	remedyEarlier := Context{Role: ticket.RoleAgent, Public: true, RemedyInTicket: true}
	cases := []wordingCase{
		{"No repeat overnight or on this morning's card.", remedyEarlier, Restored, 0},                    // styles63
		{"No activations Thu night or Fri night.", staffAfter, Restored, 0},                               // styles65
		{"No drips overnight, tray dry.", custAfter, Restored, 0},                                         // styles71
		{"no withheld door calls all evening, ok to close", custAfter, Restored, 0},                       // styles75
		{"No more stuck invoices since.", staffAfter, Restored, 0},                                        // styles76
		{"All 12 tills on 2.3.1 and trading normally, no retries logged since.", staffAfter, Restored, 0}, // styles77
		{"No misses on the exit reader for two shifts now.", custAfter, Restored, 0},                      // styles103, round 156
		{"Lunch peak fine, no missing pops on any desk overnight.", custAfter, Restored, 0},               // styles95, round 156
		{"No stale banner since yesterday per Omar.", staffAfter, Restored, 0},                            // styles100, round 156
		// near misses: a wanted thing, a wait, the future, a condition, a
		// contrast, no span, no trouble named
		{"No stale data for two shifts, still nothing arriving.", staffAfter, 0, Restored},
		{"No misses for now, but we'll keep watching.", custAfter, 0, Restored},
		{"No reply from the supplier since Monday.", staffAfter, 0, Restored},
		{"No change overnight, the drips carry on.", custAfter, 0, Restored},
		{"Still no more stuck orders since, but I'll keep watching.", staffAfter, 0, Restored},
		{"If there are no drips overnight we can close.", staffAfter, 0, Restored},
		{"Hopefully no more stuck orders this week.", staffAfter, 0, Restored},
		{"No more stuck orders please.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by this rule itself, not only by the rest (after a remedy
	// the customer's "No emails since Tuesday." is read by an older rule)
	misses := []string{"No emails since Tuesday.", "No power since 9am on the second floor.", "No calls all evening."}
	for _, c := range cases[9:] {
		misses = append(misses, c.text)
	}
	for _, m := range misses {
		if quietPeriod(tokens(m, nil)) {
			t.Errorf("%q: read as quiet over a period", m)
		}
	}
	if Classify("No misses on the exit reader for two shifts now.", custBefore)&Restored != 0 {
		t.Error("round 156's words read with no remedy before them")
	}
	if Classify("No drips overnight, tray dry.", custBefore)&Restored != 0 {
		t.Error("read as quiet over a period with no remedy before it")
	}
}
