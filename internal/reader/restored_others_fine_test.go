package reader

import "testing"

// TestRestoredOthersFine checks round 139's refusal (restored_others_fine.go):
// other things than the reported one found fine are no restoration; the
// others back after a fix stay one. The sentences are written for the test.
func TestRestoredOthersFine(t *testing.T) {
	cases := []wordingCase{
		{"Other hospitals look fine.", custAfter, 0, Restored},
		{"Other races look ok.", custAfter, 0, Restored},
		{"Gateway fine, other terminals fine.", staffAfter, 0, Restored},
		{"12 of the 900 records were filed under the wrong number; the other 888 are correct.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"The door unlocks from the app again, and the other three show online.", staffAfter, Restored, 0},
		{"The other two are back to normal now.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return othersFine(ts) }
	checkRuleItself(t, "others fine", pred, cases, append(near,
		wordingCase{text: "All the other branches delivered fine this morning."}, wordingCase{text: "The printer is fine."}, wordingCase{text: "Other users reported the same fault, all fine since the fix."}))
}
