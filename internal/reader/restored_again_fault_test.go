package reader

import "testing"

// TestRestoredAgainFault checks round 157's refusal
// (restored_again_fault.go): the customer's news that the fault is there
// again is no restoration; the thing working again stays one, and staff's
// rows are untouched. The sentences are written for the test.
func TestRestoredAgainFault(t *testing.T) {
	cases := []wordingCase{
		{"the export is short again.", custAfter, 0, Restored},
		{"both are rejected again, same error 4.2", custAfter, 0, Restored},
		{"again blank labels, 3 now.", custAfter, 0, Restored},
		{"same problem with the second claim, the button is grey again.", custAfter, 0, Restored},
		{"The tickets are cut off again, same as before.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"Cleared the cache, downloaded the files again and it works.", custAfter, Restored, 0},
		{"got them, line 2 running again and labels the right way round.", custAfter, Restored, 0},
		{"ok I can print again, thank you.", custAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return againFault(ts) }
	checkRuleItself(t, "again fault", pred, cases, append(near,
		wordingCase{text: "The labels are empty."}, wordingCase{text: "Printing again, no errors."},
		wordingCase{text: "the same labels print again, none missing now and all fine."}))
}
