package reader

import "testing"

// TestRestoredBareThanks checks round 114's refusal (restored_bare_thanks.go):
// the customer's bare thanks is no restoration; thanks with a result stays
// one. The sentences are written for the test.
func TestRestoredBareThanks(t *testing.T) {
	cases := []wordingCase{
		{"Thanks both!", custAfter, 0, Restored},
		{"Great, thanks all.", custAfter, 0, Restored},
		{"Perfect, thank you Martin!", custAfter, 0, Restored},
		{"ok thank you, bye", custAfter, 0, Restored},
		{"That's great, thank you.", custAfter, 0, Restored},
		// near misses: a result with the thanks
		{"Thanks both, the labels print now.", custAfter, Restored, 0},
		{"Cheers Tom, all live.", custAfter, Restored, 0},
		{"Thanks, all in now.", custAfter, Restored, 0},
		{"Thanks Martin, it works again.", custAfter, Restored, 0},
	}
	checkWording(t, cases)
	checkRuleItself(t, "bare thanks", bareThanks, cases[:5], append(cases[5:], wordingCase{text: "thanks martin, printer fine"}, wordingCase{text: "Thank you, it works now."}))
	if bareThanks("thanks jo", tokens("thanks jo", nil)) {
		t.Error("a lower-case word after the thanks taken as a name")
	}
}
