package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredTroubleAbsent checks round 109's trouble told absent in a
// check after the remedy (restored_trouble_absent.go). The sentences are
// written for the test; the near misses are no remedy before, a hope, a
// condition, a question, a wanted thing not come, a search's finding, a
// contrast with the fault still there, and the trouble with no span.
func TestRestoredTroubleAbsent(t *testing.T) {
	remedyEarlier := Context{Role: ticket.RoleAgent, Public: true, RemedyInTicket: true}
	cases := []wordingCase{
		{"Weekend check: all 12 tills connected, no card declines over the weekend.", staffAfter, Restored, 0},
		{"Alarm company confirm no activations from zone 4 for 5 nights.", staffAfter, Restored, 0},
		{"No hangs in 3 weeks since the driver went on.", remedyEarlier, Restored, 0},
		{"Gateway live all day, no 503s, normal traffic.", staffAfter, Restored, 0},
		{"Two mornings of exports on the new server, no gaps in the file.", staffAfter, Restored, 0},
		{"Overnight batch OK: 212 invoices posted, 0 rejects.", staffAfter, Restored, 0},
		{"No blanks reported by the drivers since Tuesday.", custAfter, Restored, 0},
		// near misses
		{"No 503s on the gateway yesterday afternoon.", staffBefore, 0, Restored},
		{"Hopefully no 503s overnight.", staffAfter, 0, Restored},
		{"If there are no declines over the weekend we'll close this.", staffAfter, 0, Restored},
		{"No 503s since the change?", staffAfter, 0, Restored},
		{"No change overnight, the export still has gaps.", staffAfter, 0, Restored},
		{"Vendor's report inconclusive, no fault found on the hosts, no repeat in 4 days.", staffAfter, 0, Restored},
		{"No 503s today but the 08:00 run failed again.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	for _, c := range cases[:7] {
		if !troubleAbsent(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: not read as trouble absent", c.text)
		}
	}
	// refused by the rule itself, whatever the older rules read
	for _, c := range cases[8:] {
		if troubleAbsent(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: read as trouble absent", c.text)
		}
	}
	if s := "Gateway live, no 503s."; troubleAbsent(s, tokens(s, nil)) {
		t.Errorf("%q: read as trouble absent (no span)", s)
	}
	// a generic "no issue" is left to the older rules' phrases
	if s := "yes there is no issue and i did test again today and no issue"; troubleAbsent(s, tokens(s, nil)) {
		t.Errorf("%q: read as trouble absent (a generic noun)", s)
	}
}
