package reader

import (
	"strings"
	"testing"
)

// TestRestoredStillHeld checks round 78's still held (restored_still_held.go):
// a fix that held, told with "still" before a good state or, in a check's
// report, a value. The true rows are reworded from the styles sets named
// beside them; the near misses are faults that stay ("still not", "still
// fails", "still the old price", "still on 3.7.4"), a contrast, a
// condition, a question, a process or a setting that stays.
func TestRestoredStillHeld(t *testing.T) {
	cases := []wordingCase{
		{"Still ok after two weeks of nightly imports.", staffBefore, Restored, 0},                       // styles76
		{"Checked 07:40 after the night sync, the colour options still there.", staffAfter, Restored, 0}, // styles76
		{"Confirmed, still correct this afternoon.", custAfter, Restored, 0},                             // styles67
		{"Config intact after the 03:00 run, email route still there.", staffAfter, Restored, 0},         // styles27
		{"Still quick, thanks!", custAfter, 0, 0},                                                        // not a held word
		{"Still fast, thanks!", custAfter, Restored, 0},                                                  // styles35
		{"Everyone still logging fine on my side, so I'll close this.", staffAfter, Restored, 0},         // styles25
		{"Checked after last night's sync: limit still £250, override off.", staffAfter, Restored, 0},    // styles74
		{"Checked after tonight's run: lookahead still 21, slots present.", staffAfter, Restored, 0},     // styles31
		{"Still £250 this lunchtime, thank you.", custBefore, Restored, 0},                               // styles74
		// near misses: a fault that stays, a negation, a contrast, a condition, a
		// question, a version not moved, a setting ruled out, a nought
		{"Still not working after the restart.", custAfter, 0, Restored},
		{"Checked this morning, the fourth Mac still fails with the same error.", staffAfter, 0, Restored},
		{"After last night's sync the block still shows the old price.", staffAfter, 0, Restored},
		{"Checked after the sync: price still wrong.", staffAfter, 0, Restored},
		{"Checked, the other branch is still on 3.7.4.", staffAfter, 0, Restored},
		{"The display still works but nothing from the app.", custAfter, 0, Restored},
		{"If it's still there after tonight's run, we'll look again.", staffAfter, 0, Restored},
		{"Is it still ok this morning?", staffAfter, 0, Restored},
		{"AV exclusions are still in place, so it's not that.", staffAfter, 0, Restored},
		{"Checked this morning: balance still 0.", staffAfter, 0, Restored},
		{"did that, still 5003", custAfter, 0, Restored},
		{"The bank has reported that the issue is still present even after the change.", staffAfter, 0, Restored}, // mendeley heldout
		{"issue still there.", custAfter, 0, Restored},                                                            // mendeley heldout
		{"Kindly note our team is still working on this.", staffAfter, 0, Restored},
		{"Still can't get in after the reset this morning.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	for _, c := range cases[10:] { // refused by this rule itself (a question by restoredBy)
		if !strings.HasSuffix(c.text, "?") && stillHeld(tokens(c.text, nil), true) {
			t.Errorf("%q: read as still held", c.text)
		}
	}
	// Without a remedy before and without a check or a span, a good state
	// after "still" is the opening's diagnostic ("Sending still works.").
	if stillHeld(tokens("Sending still works fine.", nil), false) {
		t.Error(`"Sending still works fine." read as held without a remedy`)
	}
}
