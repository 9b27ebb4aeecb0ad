package reader

import "testing"

// TestRestoredWorkingThrough checks round 114's refusal
// (restored_working_through.go): a backlog still being worked through is no
// restoration yet; the thing back and working through it stays one. The
// sentences are written for the test.
func TestRestoredWorkingThrough(t *testing.T) {
	cases := []wordingCase{
		{"I've restarted the feed and it is working through the backlog.", staffAfter, 0, Restored},
		{"Added a second worker, queue working through.", staffAfter, 0, Restored},
		// near misses: the state told beside it
		{"The scheduler is back and working through the queue.", staffAfter, Restored, 0},
		{"The feed is up again and working through the backlog.", staffAfter, Restored, 0},
	}
	checkWording(t, cases)
	rule := func(_ string, ts []string) bool { return stillWorkingThrough(ts) }
	checkRuleItself(t, "still working through", rule, cases[:2], append(cases[2:], wordingCase{text: "The queue is working fine through the night."}))
}
