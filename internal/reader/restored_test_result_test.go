package reader

import "testing"

// TestTestShowsRight checks staff's test told with its good result
// (restored_test_result.go). The true rows are reworded from the styles
// sets named beside them; the near misses are the same test before any
// remedy, a reproduction, a request, the future, a test that shows the
// trouble, "only" and "through" without going.
func TestTestShowsRight(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Test booking for 08:00 tomorrow shows in the portal as valid from 08:00.", staffAfter, Restored, 0},     // styles67
		{"Test print from the admin page shows Gluten in bold.", staffAfter, Restored, 0},                         // styles73
		{"I have test-submitted two packs and both attached to their claims correctly.", staffAfter, Restored, 0}, // styles68
		{"Test label printed OK while she was on the phone.", staffAfter, Restored, 0},                            // styles59
		{"We tested a delivery with the new key and your server accepted it.", staffAfter, Restored, 0},           // styles7
		{"Could you print a test label and check it shows the new price?", staffAfter, 0, Restored},
		{"Then we'll do a test pass on one pivot together.", staffAfter, 0, Restored},
		{"Walk test at shift change: screen showed 0 in the chamber.", staffAfter, 0, Restored},
		{"Our test pack only printed the standard template.", staffAfter, 0, Restored},
		{"I've put the samples through the analyser in test mode.", staffAfter, 0, Restored},
		{"Our line test shows the connection has resynced 23 times this week.", staffAfter, 0, Restored},
	})
}

// TestTestShowsRightRefuses: the form's own refusals of sentences other
// rules may still read (a reproduction, "still"); the remedy before a test
// is the caller's check.
func TestTestShowsRightRefuses(t *testing.T) {
	for _, s := range []string{"Reproduced on a test handset: the alert fires fine with the screen on.",
		"Repro'd with a test PDF on prod, fine on UAT.", "Checked 07:50 - driver still old, test capture OK."} {
		if testShowsRight(s, tokens(s, nil)) {
			t.Errorf("testShowsRight(%q) = true", s)
		}
	}
}
