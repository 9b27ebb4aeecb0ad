package reader

import "testing"

// TestRestoredSentAgain checks round 192's refusal (restored_sent_again.go):
// staff's re-send with no result after it is no restoration; a result after
// the "again", or a thing that sends, stays one. The sentences are written for the test.
func TestRestoredSentAgain(t *testing.T) {
	cases := []wordingCase{
		{"I've corrected the address and sent the invitation again.", staffAfter, 0, Restored},
		{"The March statements have been sent to the bank again.", staffAfter, 0, Restored},
		{"Removed the duplicate and sent the rest of the file again an hour ago.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"I've sent the fee file again and it works now.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return sentAgainStep(ts) }
	checkRuleItself(t, "sent again", pred, cases, append(near,
		wordingCase{text: "The webhooks send 'Completed' again."},
		wordingCase{text: "I send again the 7 orders and all are accepted now."},
		wordingCase{text: "I've sent the fee file again and it arrived at 11:43."},
		wordingCase{text: "The meter has sent its first reading since June and the display shows it again."},
		wordingCase{text: "Sent the labels, the printer is working again."}))
}
