package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 36's forms of a step told with any verb. The true rows are the styles
// sets' (named beside each); the near misses are rows the forms must leave.
func TestFixAnyStep(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []struct {
		text string
		c    Context
		fix  bool
	}{
		// fix:perfect, a perfect of a step with any verb
		{"Tixora have put the old certificate back on our tenant's endpoint as a stop-gap.", staff, true},               // styles39
		{"They have cleared the queue for your account and capped retries at 2.", staff, true},                          // styles43
		{"As discussed, I've linked Tannock Garage Ltd and Rowan & Keir Solicitors to your bureau login.", staff, true}, // styles45
		{"Our publishing coordinator has now put the new credentials in.", customer, true},                              // styles47
		{"I've taken the 0 out on your record.", staff, true},                                                           // styles35
		// near misses: a relay, a look, a copy, a third party's result, a fault, a modal
		{"Lisa has forwarded it to you directly.", staff, false},                             // styles13
		{"I've copied him in.", staff, false},                                                // styles
		{"Lewis has uploaded Tuesday's flight, all good.", customer, false},                  // styles4
		{"The WorkVault ribbon has vanished from Outlook for a dozen people.", staff, false}, // styles39
		{"My brother must have moved the box on the 19th.", customer, false},                 // styles23
		{"Nobody has touched the settings since yesterday.", customer, false},                // styles45
		// fix:pastnote, a terse note opening with a step's past
		{"Rebooked 6 of 7 at negotiated rate.", staff, true},                                         // styles49
		{"Compacted the 4 VHDX overnight, share at 61%.", staff, true},                               // styles50
		{"Put dealing back to live prices at 10:46.", staff, true},                                   // styles45
		{"Blocked hegarty-docs[.]com and sign-ins from 102.89.0.0/16 at tenant level.", staff, true}, // styles42
		// near misses: a look, a person sent, advice, an adjective
		{"Pulled traces for 3 bad calls.", staff, false},                                     // styles5
		{"Dispatched Kev (ETA 14:30).", staff, false},                                        // styles21
		{"Suggested taping the roll diagram inside the printer lid.", staff, false},          // styles36
		{"Chilled water is down to 7.5 and supply air is back at 15 degrees.", staff, false}, // styles16
		// fix:state, a step told as the state it left
		{"The new template is live on your account as of today.", staff, false},                                         // styles38: "live" left out
		{"the quarterly export is now set up for both addresses; the first one will arrive on 1 January.", staff, true}, // styles40
		{"The 2027 rates for all three hotels are loaded and showing in Atlas now.", staff, true},                       // styles49
		{"the new footer is loaded in the till system and becomes active at midnight on 31 March.", staff, true},        // styles46
		// near misses: a plan, a restoration
		{"Installation is scheduled for Wednesday 8 October.", staff, false}, // styles5
		{"Control room: map positions are live again.", staff, false},        // styles32
		// fix:menu, an instruction through a menu path
		{"go to My Account > Meter > Tell us about a problem, pick \"Reading outside my window\" and type the number in.", staff, true}, // styles41
		{"Yes - use Reports > Data export > Nightly summary (CSV).", staff, true},                                                       // styles43
		{"It's under Orders > open the order > 'Return items' button at the bottom.", staff, true},                                      // styles46
		// near misses: where a thing is found, a test
		{"You'll find her timetable in the parent app under Family > Isla.", staff, false},                     // styles38
		{"To test: on the computer go to Alarms > Test alarm > Send test SMS to all receivers.", staff, false}, // styles19
	}
	for _, c := range cases {
		if got := Classify(c.text, c.c)&Fix != 0; got != c.fix {
			t.Errorf("%q: fix %v, want %v (acts %v)", c.text, got, c.fix, Classify(c.text, c.c))
		}
	}
}
