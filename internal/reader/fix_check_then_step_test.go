package reader

import "testing"

// TestFixCheckThenStep checks round 234's check told with the step it led
// to (fix_check_then_step.go) on rows of the tuning sets (set beside each),
// hard-wrapped as the e-mail was, and near misses that must stay no fix: a
// finding alone, a cause found, a result, the opening.
func TestFixCheckThenStep(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Checked the other 11 tills: 3 more had the default size, set them back before they noticed.", staffBefore, Fix, 0},                                                     // styles118
		{"Checked the other 3 parks - Skelby and Hallow Beck sync accounts were due to expire in Aug, set both to non-expiring.", staffBefore, Fix, 0},                           // styles72
		{"I have checked the weekend settings\nfor every line and set recording to \"All calls\" on each, so it will not be missed in the same way again.", staffBefore, Fix, 0}, // styles68
		{"We checked the other sites, and reset the two that had the old key.", staffBefore, Fix, 0},                                                                             // written for the test
		// near misses
		{"Checked the other lines: L1/L2/L4 PLC certs run until Mar-Apr 2027.", staffBefore, 0, Fix},                                            // styles20
		{"Checked the 4 orders: all 4 riders went to the pickup pin and timed out there.", staffBefore, 0, Fix},                                 // styles15
		{"Checked the other 31 branch servers - BR07 and BR30 also had the service flipped to Manual by the same update.", staffBefore, 0, Fix}, // styles11
		{"Checked this morning: Wednesday built by itself overnight with all breaks.", staffBefore, 0, Fix},                                     // styles23
		{"Checked the other 11 tills: 3 more had the default size, set them back before they noticed.", custOpening, 0, Fix},
	})
	// the rule itself, on a finding whose participle follows its subject
	for _, text := range []string{
		"Checked the logs: the job failed at 02:10 and restarted at 02:15.",
		"Checked the other tills, all fine.",
	} {
		var sc scan
		if checkThenStep(text, newScan(tokens(text, nil), &sc), staffBefore, true) {
			t.Errorf("%q: read as checkThenStep", text)
		}
	}
}
