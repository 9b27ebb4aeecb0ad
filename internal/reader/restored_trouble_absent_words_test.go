package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredTroubleAbsentWords checks round 162's words of the trouble
// absent (restored_trouble_absent_words.go). The sentences are written for
// the test; the near misses are no remedy before, "until" alone (a
// condition), a request with "please" that is no lead-in, a hope, a
// question, a contrast, and the words with no span.
func TestRestoredTroubleAbsentWords(t *testing.T) {
	remedyEarlier := Context{Role: ticket.RoleCustomer, Public: true, RemedyInTicket: true}
	cases := []wordingCase{
		{"Evening rush fine, no missing orders on any till overnight.", custAfter, Restored, 0},
		{"No misses on the north gate for three shifts now.", custAfter, Restored, 0},
		{"We've run 300 scans through it since, with no misses.", staffAfter, Restored, 0},
		{"please note that yesterday we do the test again and no invalid file appear", remedyEarlier, Restored, 0},
		{"kindly find attached the report, until now there is no stuck payment .", remedyEarlier, Restored, 0},
		// near misses
		{"No misses on the north gate for three shifts now.", staffBefore, 0, Restored},
		{"Wait until there are no missing orders overnight.", custAfter, 0, Restored},
		{"please check that no invalid file appear today", custAfter, 0, Restored},
		{"Hopefully no misses overnight.", custAfter, 0, Restored},
		{"No missing orders since Monday?", custAfter, 0, Restored},
		{"No misses today but the east gate failed again.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	for _, c := range cases[:5] {
		if !troubleAbsent(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: not read as trouble absent", c.text)
		}
	}
	for _, c := range cases[6:] {
		if troubleAbsent(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: read as trouble absent", c.text)
		}
	}
	if s := "Gate fixed, no misses."; troubleAbsent(s, tokens(s, nil)) {
		t.Errorf("%q: read as trouble absent (no span)", s)
	}
}
