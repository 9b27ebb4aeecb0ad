package reader

import "testing"

// TestRestoredStepVerb checks round 175's refusal (restored_step_verb.go):
// staff's step opened by "restored" or "resumed" with its object is no
// restoration; the thing before the verb, the verb with no object, or a word
// of the thing working after it stay one. The sentences are written for the test.
func TestRestoredStepVerb(t *testing.T) {
	cases := []wordingCase{
		{"I've restored the 40-day booking window.", staffAfter, 0, Restored},
		{"Restored the price list from the 2 March backup.", staffAfter, 0, Restored},
		{"Resumed the EU rollout at 10:05.", staffAfter, 0, Restored},
		{"We have also restored the old export template.", staffAfter, 0, Restored},
		{"I've restored them again and locked the field.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"Service was restored at 14:02.", staffAfter, Restored, 0},
		{"I've restored the route and texts are flowing again.", staffAfter, Restored, 0},
		{"Restored the feed, readings coming in again.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return stepVerbRestoredTold(ts) }
	checkRuleItself(t, "step verb restored", pred, cases, append(near,
		wordingCase{text: "Restored at 14:02."}, wordingCase{text: "Resumed 07:52."},
		wordingCase{text: "Restored fully, all green."}, wordingCase{text: "The route I restored on Thursday was wiped."},
		wordingCase{text: "I've restored the window and it works now."}))
}
