package reader

import "testing"

// TestRestoredButRelapse checks round 199's refusal (restored_but_relapse.go):
// the customer's short recovery turned by "but" into the fault back is no
// restoration; a word of the thing working after the "but", or no relapse
// word after it, stays one. The sentences are written for the test.
func TestRestoredButRelapse(t *testing.T) {
	cases := []wordingCase{
		{"It was fine this morning but now again the same on the front till.", custAfter, 0, Restored},
		{"the printer worked after the restart but today again blank pages.", custAfter, 0, Restored},
		{"ok I see the new menu but it is grey, I cannot click it", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"Two of them had to log in again, but everyone is working now.", custAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return butRelapse(ts) }
	checkRuleItself(t, "but relapse", pred, cases, append(near,
		wordingCase{text: "He can see the report but not the edit button, which is what we wanted."},
		wordingCase{text: "It stopped again at 9 but it is running now."},
		wordingCase{text: "The labels print again, thanks."},
		wordingCase{text: "It failed twice but since the update it works again."}))
}
