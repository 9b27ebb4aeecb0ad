package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredNotes checks round 25's staff notes (restored_notes.go) on
// sentences written for this test: a state expected now after staff's
// remedy, with a request to check after it, and a state timed by the
// clock; with their near misses: a prevention, an instruction to a person,
// a condition or a later time, a denial, a relative clause foretelling the
// step's effect, a customer's or an opening's words, a step with a time,
// opening hours, a deadline.
func TestRestoredNotes(t *testing.T) {
	staff := staffAfter
	staffFirst := staffBefore
	opening := Context{Role: ticket.RoleAgent, Public: true, Opening: true}
	customer := custAfter
	checkWording(t, []wordingCase{
		// a state expected now
		{"The label printers should be feeding normally again.", staff, Restored, 0},
		{"Exports should now be complete again; could you check one for me?", staff, Restored, 0},
		{"Your team should be able to book rooms now.", staff, Restored, 0},
		{"The stock levels should match the warehouse now.", staffFirst, Restored, 0},
		{"I've cleared the cache, so the portal should load quickly again.", staff, Restored, 0},
		{"That should stop the duplicates happening again.", staff, 0, Restored},
		{"Anyone who still sees the old menu should restart the till and log in again.", staff, 0, Restored},
		{"Once tonight's sync has run the balances should be right again.", staff, 0, Restored},
		{"Nothing should be sent to the old address from now on.", staff, 0, Restored},
		{"I've resent the invite, which should be in her inbox now.", staff, 0, Restored},
		{"The stock levels should match the warehouse now.", customer, 0, Restored},
		{"The app should be working again now.", opening, 0, Restored},
		{"Should the app be working again now?", staff, 0, Restored},
		{"The feed should not be delayed again.", staff, 0, Restored},
		// a state at a clock time
		{"Uplink up at 11:05.", staffFirst, Restored, 0},
		{"Payment gateway back 14:32, first sales through.", staffFirst, Restored, 0},
		{"Channel 4 back on air 21:03.", staffFirst, Restored, 0},
		{"Barriers 3-5 open 07:50.", staffFirst, Restored, 0},
		{"Router replaced and online since 16:20.", staffFirst, Restored, 0},
		{"Phoned Maria back 10:15.", staffFirst, 0, Restored},
		{"Rolled the config back at 09:40.", staffFirst, 0, Restored},
		{"Put the old firmware back at 08:12.", staffFirst, 0, Restored},
		{"Night cover is up 22:00-06:00.", staffFirst, 0, Restored},
		{"Back office open 08:00-17:30 weekdays.", staffFirst, 0, Restored},
		{"The scanners must be back by 06:00.", staffFirst, 0, Restored},
		{"The disk filled up at 03:10.", staffFirst, 0, Restored},
		{"Uplink up at 11:05.", opening, 0, Restored},
		{"Uplink up at 11:05.", customer, 0, Restored},
	})
}
