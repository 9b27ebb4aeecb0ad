package reader

import "testing"

// TestRestoredResultNow checks round 136's step and its result told in one
// sentence, the result last and ending on "now" (restored_result_now.go).
// The sentences are written for the test; the near misses are a person at
// work, no step before, a plan or expectation, an instruction, a negation, a
// look under way, a passive step, a clause with no verb, "for now".
func TestRestoredResultNow(t *testing.T) {
	taken := []wordingCase{
		{"I've reissued the two licences and both scanners connect now.", staffAfter, Restored, 0},
		{"Reloaded the 02:00-04:10 readings; the station chart has no gap now.", staffAfter, Restored, 0},
		{"We've cleared the stuck job and the labels are printing again now.", staffAfter, Restored, 0},
		{"Moved the feed to the spare port and they're on the departures board now.", staffAfter, Restored, 0},
		{"Checked a fresh order and the discount shows once now.", custAfter, Restored, 0},
	}
	refused := []wordingCase{
		{"I've rebooted the hub and I'm checking the others now.", staffAfter, 0, Restored},
		{"Thanks, I'm doing that now.", custAfter, 0, Restored},
		{"I've raised it with the carrier and they're looking into it now.", staffAfter, 0, Restored},
		{"I've unlocked it; please try the keypad again now.", staffAfter, 0, Restored},
		{"I cleared the cache again and it is not working now.", custAfter, 0, Restored},
		{"They cleared old files and the new rule is saved on it now.", staffAfter, 0, Restored},
		{"Shrunk the log file; 38 GB free now.", staffAfter, 0, Restored},
		{"I've cancelled the old pass and issued a new one; the new pass is in your email now.", staffAfter, 0, Restored},
		{"The reader is slow and the queue is long now.", staffAfter, 0, Restored},
		{"Tried two cards and left it on the old version for now.", staffAfter, 0, Restored},
	}
	checkWording(t, append(append([]wordingCase{}, taken...), refused...))
	// Read restored by an older rule (staff's expectation), but not by this one.
	ownRefused := append([]wordingCase{
		{"I've updated the mapping and the orders should flow now.", staffAfter, 0, 0},
	}, refused...)
	checkRuleItself(t, "a result now after a step", resultNowAfterStep, taken, ownRefused)
	checkPredicate(t, "resultNowAfterStep", func(s string) bool { return resultNowAfterStep(s, tokens(s, nil)) }, []predicateCase{
		{"Jess has cleaned it and the readings look steady now.", true},
		{"Jess has cleaned it and the readings look steady.", false},
		{"We'll close this now.", false},
	})
}
