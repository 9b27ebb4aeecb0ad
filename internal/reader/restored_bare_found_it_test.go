package reader

import "testing"

// TestRestoredBareFoundIt checks round 151's refusal
// (restored_bare_found_it.go): the customer's bare "found it" is no
// restoration; a state or a result after it stays one. The sentences are
// written for the test.
func TestRestoredBareFoundIt(t *testing.T) {
	cases := []wordingCase{
		{"ok found it.", custAfter, 0, Restored},
		{"Thanks, found it.", custAfter, 0, Restored},
		{"Ok found it, thank you.", custAfter, 0, Restored},
		{"okay found it", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"got it, opens now.", custAfter, Restored, 0},
		{"Got it now and I'm logged in.", custAfter, Restored, 0},
		{"Found it, the fee is gone now.", custAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return bareFoundIt(ts) }
	checkRuleItself(t, "bare found it", pred, cases, append(near,
		wordingCase{text: "Perfect, found it."}, wordingCase{text: "got it."},
		wordingCase{text: "found it cheers."}, wordingCase{text: "found it, done."},
		wordingCase{text: "He's got it, thanks."}))
}
