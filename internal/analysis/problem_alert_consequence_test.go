package analysis

import "testing"

// TestAlertConsequence: an alert's line that tells what may follow, and near
// misses (the reading itself) that must be refused. Written for the test.
func TestAlertConsequence(t *testing.T) {
	checkPredicate := func(text string, want bool) {
		t.Helper()
		if got := alertConsequence(text); got != want {
			t.Errorf("alertConsequence(%q) = %v, want %v", text, got, want)
		}
	}
	checkPredicate("Staff may be logged on with temporary profiles.", true)
	checkPredicate("Visitors booked for the 09:00 slot will see an error page.", true)
	checkPredicate("Impact: card payments at both sites", true)
	checkPredicate("Action: the door line might not reach the desk. Send someone.", true)
	checkPredicate("ALERT gateway-2: 5xx rate 31% (threshold 5%) for 10m.", false)
	checkPredicate("CRITICAL: job nightly-export exited with status 2 at 01:10.", false)
	checkPredicate("Share usage 95% of 2 TiB, willow-share (threshold 90%).", false) // "willow" is not "will"
	checkPredicate("Host: gate-controller-4", false)
}
