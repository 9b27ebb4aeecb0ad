package reader

import "testing"

// TestRestoredFirstTime checks round 124's thing done right first time
// (restored_first_time.go). The sentences are written for the test; the near
// misses are an instruction or promise, a first sign-in to come, the fault
// itself, a habit, an adjective, a contrast, a question, a fragment.
func TestRestoredFirstTime(t *testing.T) {
	taken := []wordingCase{
		{"Tried the new reader at lunch and it paired first go.", custAfter, Restored, 0},
		{"done, printed a label straight away", custAfter, Restored, 0},
		{"Synced first time once I'd signed in again - the team is happy.", custAfter, Restored, 0},
		{"Both kiosks unlocked first time from the app this morning.", staffAfter, Restored, 0},
	}
	refused := []wordingCase{
		{"If it happens again please ring us straight away.", staffAfter, 0, Restored},
		{"I'll resubmit it straight away.", staffAfter, 0, Restored},
		{"He'll be asked to change it the first time he signs in.", staffAfter, 0, Restored},
		{"The till still declined the card straight away.", custAfter, 0, Restored},
		{"It hadn't synced the first time, so she did it again.", custAfter, 0, Restored},
		{"Upload jobs sit in the queue for hours, then succeed first try.", staffAfter, 0, Restored},
		{"I've switched on the alert so your team hears about a rejected deposit straight away.", staffAfter, 0, Restored},
		{"The old key was switched off straight away instead of staying valid.", staffAfter, 0, Restored},
		{"Does it update the handhelds straight away?", custAfter, 0, Restored},
		{"Hargreaves straight away.", custAfter, 0, Restored},
	}
	checkWording(t, append(append([]wordingCase{}, taken...), refused...))
	checkRuleItself(t, "a thing done right first time", firstTimeResult, taken, refused)
	// Before a remedy it is no restoration.
	checkWording(t, []wordingCase{
		{"It paired first go.", custBefore, 0, Restored},
	})
}
