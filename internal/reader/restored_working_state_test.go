package reader

import "testing"

// TestRestoredWorkingState checks round 90's working state
// (restored_working_state.go): after a remedy, staff tell the repaired
// thing doing its work "normally" or "by itself", in a note without a verb
// of being, after "has been", or with words between. The sentences are
// written for the test; the near misses narrow the fault to other things,
// tell a past, the writer's own work, a habit, a plan, or a question.
func TestRestoredWorkingState(t *testing.T) {
	cases := []wordingCase{
		{"Gate lifting and closing normally for the vans.", staffAfter, Restored, 0},
		{"Rebooted 07:10, scanning normally.", staffAfter, Restored, 0},
		{"The printer has been feeding normally since lunch.", staffAfter, Restored, 0},
		{"It's issuing tickets normally again.", staffAfter, Restored, 0},
		{"Boiler firing and cycling by itself at 06:00.", staffAfter, Restored, 0},
		// near misses
		{"Other six kiosks scanning normally.", staffAfter, 0, Restored},
		{"The gate had been lifting normally until Tuesday.", staffAfter, 0, Restored},
		{"We're running the backups normally for now.", staffAfter, 0, Restored},
		{"The unit usually defrosting by itself at night.", staffAfter, 0, Restored},
		{"Is the gate lifting normally?", staffAfter, 0, Restored},
		{"The pump will be running normally once the part is in.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by this rule itself, not only by the rest
	checkRuleItself(t, "working state", workingState, nil, cases[5:])
	if Classify("Gate lifting and closing normally for the vans.", staffBefore)&Restored != 0 {
		t.Error("read as working state with no remedy before it")
	}
}
