package reader

import "testing"

// TestRestoredPastWorkingDated checks round 202's refusal
// (restored_past_working_dated.go): the customer's past working state dated
// before the fault is no restoration; a state since or now, "yesterday's" as
// a modifier, "again" with no turn to the fault, and staff's rows are
// untouched. The sentences are written for the test.
func TestRestoredPastWorkingDated(t *testing.T) {
	cases := []wordingCase{
		{"Yesterday morning it was ok.", custAfter, 0, Restored},
		{"I looked yesterday and it was working.", custAfter, 0, Restored},
		{"Yesterday it worked for the same batch.", custAfter, 0, Restored},
		{"my colleague sent a few last month and they worked fine", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"It worked fine for the rest of yesterday's sessions.", custAfter, Restored, 0},
		{"It has worked fine since yesterday, thanks.", custAfter, Restored, 0},
		{"Yesterday it was slow but it works now.", custAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return pastWorkingDated(ts) }
	checkRuleItself(t, "past working dated", pred, append(cases,
		wordingCase{text: "only today, before its going fine without any problem"},
		wordingCase{text: "yesterday it was ok after the restart but today again the red light."}), append(near,
		wordingCase{text: "Yesterday it worked again after the update."},
		wordingCase{text: "It was fine before 12:00."},
		wordingCase{text: "Yesterday the screen froze twice."},
		wordingCase{text: "Last night it was still fine."}))
}
