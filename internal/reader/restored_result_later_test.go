package reader

import "testing"

// TestRestoredResultLater checks round 199's refusal (restored_result_later.go):
// staff's result expected hours or days later is no restoration; a result in
// minutes, "by now", or a "now" before the time stays one. The sentences are
// written for the test.
func TestRestoredResultLater(t *testing.T) {
	cases := []wordingCase{
		{"I've refunded the fee and it should be back on your card within 5 working days.", staffAfter, 0, Restored},
		{"The files are re-queued and they should all be processed by 14:00.", staffAfter, 0, Restored},
		{"The replacement has been posted and it will arrive by Thursday.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"Login should work again within 5 minutes.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return resultLater(ts) }
	checkRuleItself(t, "result later", pred, cases, append(near,
		wordingCase{text: "I've re-sent the texts, so your contractors should have them by now."},
		wordingCase{text: "The feed should now be complete by the look of it."},
		wordingCase{text: "The reports were all delivered by 09:00 and the site is working."},
		wordingCase{text: "It should now be there by 10:00 as usual."}))
}
