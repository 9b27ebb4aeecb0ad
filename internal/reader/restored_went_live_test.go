package reader

import "testing"

// TestRestoredWentLive checks round 192's refusal (restored_went_live.go): a
// change told gone live with no result after it is no restoration; a fix gone
// live, or a result told after it, stays one. The sentences are written for the test.
func TestRestoredWentLive(t *testing.T) {
	cases := []wordingCase{
		{"The new price list went live at 02:00 in all stores.", staffAfter, 0, Restored},
		{"The 48-hour window went live last night.", staffAfter, 0, Restored},
		{"Rule set 7 went live on 3 May for new members.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"A fix went live at 14:20 and the exports are complete again.", staffAfter, Restored, 0},
		{"The new version went live this morning and the forms can be submitted again.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return wentLiveNoResult(ts) }
	checkRuleItself(t, "went live", pred, cases, append(near,
		wordingCase{text: "The correction went live at 09:00."},
		wordingCase{text: "The shop went live at midnight and took its first order at 08:40."},
		wordingCase{text: "The site is live again."}))
}
