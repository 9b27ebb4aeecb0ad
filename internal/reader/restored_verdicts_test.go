package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredVerdicts checks round 58's restored forms and refusals
// (restored_verdicts.go). The true rows are reworded from the styles sets
// named beside them (different writers); the near misses are the refusals
// each form names.
func TestRestoredVerdicts(t *testing.T) {
	customer := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	staff := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	checkWording(t, []wordingCase{
		// the customer's approval
		{"Thanks Marta, that's exactly what was needed.", customer, Restored, 0}, // styles52
		{"Exactly what I wanted, thank you.", customer, Restored, 0},             // styles56, styles25
		{"great, that's what they were after.", customer, Restored, 0},           // styles57
		{"That's not exactly what we wanted.", customer, 0, Restored},
		{"If that's what you needed we can close it.", customer, 0, Restored},
		// the customer's done, with what it gave
		{"done, amber light gone and it records.", customer, Restored, 0}, // styles54
		{"done, got all 3 links.", customer, Restored, 0},                 // styles55
		{"Done, they've got the voucher.", customer, Restored, 0},         // styles63
		{"done that, all 4 gone, no red arrows", customer, Restored, 0},   // styles64
		{"done, removed all 3", customer, 0, Restored},                    // the step itself: fix
		{"Done, but nothing went through.", customer, 0, Restored},
		// no recurrence
		{"4 days, no recurrence.", staff, Restored, 0},                                         // styles55
		{"No repeat overnight or on today's racecard.", staff, Restored, 0},                    // styles63
		{"Confirmed, J0311 running normally, no further alarms.", staff, Restored, 0},          // styles58
		{"No further stalls this week - pushes arriving within a minute.", staff, Restored, 0}, // styles57
		{"We've added a check to ensure no recurrence.", staff, 0, Restored},
		{"No further questions from the team, closing.", staff, 0, Restored},
		{"No hardware fault found, no recurrence in 5 days.", staff, 0, Restored},
		// a workaround no longer needed, a trouble no more
		{"The tool was updated last night, so you won't need to split the clips any more.", staff, Restored, 0}, // styles54
		{"The fix went out in today's release, so you don't need to turn it off any more.", staff, Restored, 0}, // styles63
		{"the match was perfect, no problem anymore.", customer, Restored, 0},                                   // styles66
		{"I can't log in to the portal anymore.", customer, 0, Restored},
		{"We get no emails from the system anymore.", customer, 0, Restored},
		// the customer's "X worked"
		{"ok the split worked, 3 files, sent.", customer, Restored, 0},                         // styles60
		{"Jan-Mar worked, Apr-Jun worked too.", customer, Restored, 0},                         // styles64
		{"Perfect, the export worked and I've turned on the link too.", customer, Restored, 0}, // styles30
		{"I tried both steps and nothing worked.", customer, 0, Restored},
	})
	// the refusals: a status page, a purpose, staff's negated look
	checkWording(t, []wordingCase{
		{"Paylink status page all green.", staff, 0, Restored},                                                     // styles39, 53, 66
		{"Vendor status page says \"all systems operational\".", staff, 0, Restored},                               // styles62
		{"To get them printing again each warden needs to pair the printer again:", staff, 0, Restored},            // styles58
		{"Our licence server is working and we don't see a request from your PC reaching it.", staff, 0, Restored}, // styles59
		{"Status page back to green at 10:15, no failures since.", staff, Restored, 0},
		{"To confirm, the terminals are working again.", staff, Restored, 0},
	})
	// a part, a time before the fault: not the form's, whatever other rules read
	for _, text := range []string{"That worked for 12 of them.", "They worked fine last month from her phone.", "I worked on it all night."} {
		var buf [40]string
		if customerWorked(tokens(text, buf[:0])) {
			t.Errorf("customerWorked(%q) = true, want false", text)
		}
	}
	// the customer's "done" is found at its word's offset, whatever comes
	// before it (a reaction, a typographic apostrophe, another dash)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Great \u2013 done, amber light gone and it records.", true},
		{"ok, thanks, done that, pending went to 0.", true},
		{"Done it on my phone, went straight through.", true},
		{"Done\u2019n\u2019dusted, it works.", false}, // not "done" and a result
		{"Perfect, done and sent over, it went through.", true},
		{"great doneness, it works", false},
	} {
		var buf [40]string
		if got := customerDoneResult(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("customerDoneResult(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, text := range []string{"Paylink status page all green.", "Tapfield status all green, other 9 bars online."} {
		var buf [40]string
		if !statusPageFine(tokens(text, buf[:0])) {
			t.Errorf("statusPageFine(%q) = false, want true", text)
		}
	}
}
