package reader

import "testing"

// TestFixFixedBuildToCome checks round 222's refusal
// (fix_fixed_build_to_come.go): a corrected release named as a thing and
// told pending, with no release done and no step of the writer's, is no
// fix; the same release told out, put in, or beside the writer's step is
// not refused. The sentences are written for the test.
func TestFixFixedBuildToCome(t *testing.T) {
	cases := []wordingCase{
		{"A fixed version (2.8.4) is waiting for Apple's review and should be out by Friday.", staffAfter, 0, Fix},
		{"The corrected firmware 5.0.2 will reach all scanners from 3 March.", staffAfter, 0, Fix},
		{"Fixed build 3.1.7 promised for tomorrow morning.", staffAfter, 0, Fix},
		{"The vendor are preparing a corrected driver and expect it next month.", staffAfter, 0, Fix},
		{"The patched release can be installed without downtime; we propose Tuesday night.", staffAfter, 0, Fix},
		{"Fix is in 6.0.3, going to Google for review today.", staffAfter, 0, Fix},
	}
	checkWording(t, cases)
	pred := func(text string, ts []string) bool { return fixedBuildToCome(ts) }
	checkRuleItself(t, "corrected release to come", pred, cases, []wordingCase{
		{text: "The corrected version went live at 14:00 and the reports are back."},
		{text: "A corrected version (2.8.4) is in the App Store now - please update and try again."},
		{text: "The fixed app (2.8.4) is out and the drivers can sign in again."},
		{text: "We installed the corrected firmware on the first scanner; the others get it at their next service."},
		{text: "We've paused the rollout and a corrected version is going through review."},
		{text: "I've held updates on your router until the fixed build is released."},
		{text: "The fix will go out tonight."},
		{text: "A corrected update has been sent to the terminals."},
		{text: "Fixed in 4.1.2, released to the store today."},
	})
}
