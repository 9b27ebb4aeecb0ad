package reader

import "testing"

// TestFixQuotedLabelStep checks round 234's instruction on a quoted label
// (fix_quoted_label_step.go) on rows of the tuning sets (set beside each)
// and near misses that must stay no fix: a label quoted as what the screen
// shows, a question, a report asked, the customer's opening, a verb that is
// no step.
func TestFixQuotedLabelStep(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Tick \"Include leavers\" if anyone sponsored has left since the last\nvisit - officers usually ask about them too.", staffBefore, Fix, 0}, // styles83
		{"Tick \"Submitted only\" so groups that haven't sent their figures in are left out.", staffBefore, Fix, 0},                                 // styles119
		{"Choose \"Medical\" as the reason and you won't be charged the £5 freeze fee.", staffBefore, Fix, 0},                                       // styles125
		{"Then press “Resync” and don't unplug it until the light stops.", staffBefore, Fix, 0},                                                     // written for the test
		// near misses
		{"The screen shows \"Submitted only\" so groups without figures are left out.", staffBefore, 0, Fix},
		{"Choose \"Medical\" as the reason?", staffBefore, 0, Fix},
		{"Tick \"Include leavers\" and let us know what the count says.", staffBefore, 0, Fix},
		{"Tick \"Submitted only\" so groups that haven't sent their figures in are left out.", custOpening, 0, Fix},
		{"Wondered \"why\" it wasn't working, as nothing had changed.", staffBefore, 0, Fix},
	})
}
