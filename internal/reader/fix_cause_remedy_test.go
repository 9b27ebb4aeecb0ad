package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 33's refusals of a fix: a cause told with its breaking change, a
// request or question passed to another party, a reading shown. Sentences
// written for the test; the near misses keep their fix.
func TestFixCauseRemedyRefused(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text string
		fix  bool
	}{
		// a cause with its breaking change: no fix
		{"The label template was updated yesterday and the print darkness in it was turned right down by mistake.", false},
		// near misses: the remedy told beside the cause
		{"The relay firmware we pushed on Monday reset the port speed; I've set it back to auto and the uplink is stable.", true},
		{"The form update removed the postcode field, so I rolled the form back to the previous version.", true},
		{"The delays came from a stuck queue on our mail relay, which we have cleared and restarted.", true},
		// a request or question passed on: no fix
		{"I've asked the vendor for a corrected file.", false},
		// near miss: a person told a step to do now
		{"Asked her to restart the router and try again.", true},
		// a reading shown: no fix
		{"Panel shows zone 3 disabled, zone 4 in alarm.", false},
		// near misses: a step and the result it shows
		{"I've re-sent the two invoices and the portal shows them as delivered.", true},
		{"Re-sent the two invoices, portal shows them as delivered now.", true},
	}
	for _, c := range cases {
		got := Classify(c.text, staff)&Fix != 0
		if got != c.fix {
			t.Errorf("%q: fix %v, want %v (acts %v)", c.text, got, c.fix, Classify(c.text, staff))
		}
	}
}
