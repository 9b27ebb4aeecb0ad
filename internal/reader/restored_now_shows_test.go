package reader

import "testing"

// TestRestoredNowShows checks round 78's now shows (restored_now_shows.go):
// after the remedy, a display told as showing the right thing now, with
// "it" as its subject or a figure after the verb, which nowHolds refuses.
// The true rows are reworded from the styles sets named beside them; the
// near misses are a display showing the fault, a wrong or old value, a
// nought, a request to check, a condition, the future, a negation.
func TestRestoredNowShows(t *testing.T) {
	cases := []wordingCase{
		{"Tolerance set to 15 minutes and the March report re-run: it now shows 98.7%, attached.", staffAfter, Restored, 0},         // styles65
		{"I've corrected the time on the notice, and it now reads 11.15am at the chapel.", staffBefore, Restored, 0},                // styles68
		{"I have released the three holds, and the minibus now shows 9/14 for tomorrow.", staffAfter, Restored, 0},                  // styles38
		{"I have moved the account to Silver tier, the portal now shows 12% trade discount on all lines.", staffAfter, Restored, 0}, // styles76
		{"Rinse flow 40 ml/min on test cycle, level now reading 100%.", staffAfter, Restored, 0},                                    // styles77
		{"I rebuilt it by hand and the double-booked slots now show as taken.", staffAfter, Restored, 0},                            // styles37
		// near misses: the fault shown, a wrong or old value, a nought, a request,
		// a condition, the future, a negation, before any remedy
		{"I've re-run the report and it now shows an error on the second page.", staffAfter, 0, Restored},
		{"It now shows 'no photos' on every profile.", staffAfter, 0, Restored},
		{"The manifest now says Donor_Ref where we expect Participant_ID.", staffAfter, 0, Restored},
		{"It now shows the old price for the March jobs.", staffAfter, 0, Restored},
		{"It now shows 0 for today.", staffAfter, 0, Restored},
		{"The report now shows 97.1%, which is wrong.", staffAfter, 0, Restored},
		{"Please check that it now shows 98.7% on your side.", staffAfter, 0, Restored},
		{"If it now shows 98.7% we can close.", staffAfter, 0, Restored},
		{"It will now show 98.7% after tonight's run.", staffAfter, 0, Restored},
		{"It now shows 98.7% but the chart is still blank.", staffAfter, 0, Restored},
		{"It still doesn't show 98.7%, it now reads 91%.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by this rule itself, not only by the rest
	checkRuleItself(t, "now shows", func(_ string, toks []string) bool { return nowShows(toks, true) }, nil, cases[6:])
	if nowShows(tokens("the app now shows 99.4% for February", nil), false) {
		t.Error("read as now shows without a remedy before it")
	}
}
