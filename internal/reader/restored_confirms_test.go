package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredStaffConfirms checks round 38's staff confirmation of the
// customer's report (restored_confirms.go). The true rows are reworded from
// the styles sets named beside them (different writers); the near misses are
// findings, a remaining fault, and the same words with no customer report
// before them or, after a quiet message, without a reaction.
func TestRestoredStaffConfirms(t *testing.T) {
	afterStep := Context{Role: ticket.RoleAgent, Public: true, CustomerRestored: true}
	afterQuiet := Context{Role: ticket.RoleAgent, Public: true, CustomerQuiet: true}
	staff := staffBefore
	cases := []wordingCase{
		{"Great, I can see the payment of 412.50 pounds on the account.", afterStep, Restored, 0},              // styles45
		{"I can see messages going out since 09:12 with no errors.", afterStep, Restored, 0},                   // styles44
		{"Wonderful - I can see it on our side as submitted at 11:02 UK time.", afterQuiet, Restored, 0},       // styles47
		{"Thanks Fiona, I can see all 14 connections active and synced this morning.", afterStep, Restored, 0}, // styles9
		{"Great - I can see it reporting every 10 minutes again.", afterStep, Restored, 0},                     // styles25
		// near misses: a finding, a fault left, a wait
		{"I can see the config on your switch changed at 09:52.", afterStep, 0, Restored},
		{"I can see the order but it is still waiting for the depot.", afterStep, 0, Restored},
		{"I can see what happened.", afterStep, 0, Restored},
		{"I can see two errors on the upload from this morning.", afterStep, 0, Restored},
		// near misses: no report before; a quiet message without a reaction
		{"I can see two payments of 12.99 on 3 April.", staff, 0, Restored},
		{"I can see the three jobs assigned to Luis on our side.", afterQuiet, 0, Restored},
	}
	checkWording(t, cases)
}

// TestRestoredPleasantryRefused checks round 38's refusals (restored_pleasantry.go):
// staff's pleasantry after the customer's report and a note that the others
// were never affected; the near misses name the thing back or say it is back.
func TestRestoredPleasantryRefused(t *testing.T) {
	staff := staffAfter
	cases := []wordingCase{
		{"Glad it worked, Ms Hale.", staff, 0, Restored},                                     // styles8, styles24
		{"Great, glad that's sorted.", staff, 0, Restored},                                   // styles15, styles16, styles45
		{"Glad that did the trick!", staff, 0, Restored},                                     // styles40
		{"Perfect, glad that worked.", staff, 0, Restored},                                   // styles41
		{"Thanks Anna, glad it's all working.", staff, 0, Restored},                          // styles7, styles21
		{"Glad that sorted it, Tom!", staff, 0, Restored},                                    // styles11, styles30
		{"Other clubs syncing fine.", staffBefore, 0, Restored},                              // styles41, styles17
		{"Other 9 terminals settled fine at 22:30.", staffBefore, 0, Restored},               // styles37
		{"Other outstations on the scanner are polling normally.", staffBefore, 0, Restored}, // styles41
		// near misses: the thing named back, a state come back
		{"Great, glad the ward is back up and running.", staff, Restored, 0},                 // styles2
		{"Glad it's flowing again.", staff, Restored, 0},                                     // styles11
		{"All other equipment in the rack has power again as of 03:21.", staff, Restored, 0}, // styles5
	}
	checkWording(t, cases)
}
