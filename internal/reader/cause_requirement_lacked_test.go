package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRequirementLacked checks round 46's readings of causes on rows of the
// styles sets: a requirement and what is in place lacking it, and a thing done
// automatically after a span; with near misses.
func TestCauseRequirementLacked(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent}
	checkWording(t, []wordingCase{
		// a requirement and what is in place lacking it
		{"5.0 needs Android 10+; the TC51s in 207 are on Android 8.1.", note, Cause, 0},                                              // styles46
		{"Ah, Reprint needs the Box Label Reprint permission and your account only has the basic Processing role.", staff, Cause, 0}, // styles52
		{"One of the posts on her Staff costs page has no salary scale point selected, which 6.4 now requires.", staff, Cause, 0},    // styles47
		// near misses: the reader's need, a requirement alone
		{"You need the admin role for that and your account only has the basic one, so please ask your manager.", staff, 0, Cause},
		{"The EV tariff needs a meter we can read remotely every half hour.", staff, 0, Cause},

		// a thing done automatically after a span
		{"Helen's case was archived automatically at 30 days with no activity.", staff, Cause, 0},                                  // styles54
		{"Parcelwise admin: account auto-deactivated 2 Nov after 90 days with no login (agency accounts policy).", note, Cause, 0}, // styles53
		{"When a payment is returned the membership is frozen automatically after 3 days.", staff, Cause, 0},                       // styles8
		// near miss: a plan
		{"The case will be archived automatically after 30 days.", staff, 0, Cause},
	})
}
