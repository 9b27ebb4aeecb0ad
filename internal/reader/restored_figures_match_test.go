package reader

import "testing"

// TestRestoredFiguresMatch checks round 109's repaired figures matching
// their source (restored_figures_match.go). The sentences are written for
// the test; the near misses are no remedy before, the customer's word left
// to other rules, a plan, a figure not matching, a question, a setting ("set
// to match", "matches on"), a subject that is no figure, and a step in the
// same sentence.
func TestRestoredFiguresMatch(t *testing.T) {
	cases := []wordingCase{
		{"Leeds counts on 4 lines match their shelf count.", staffAfter, Restored, 0},
		{"Totals checked against the bank statement for May: match.", staffAfter, Restored, 0},
		{"Stock on the web shop matches what the branches tell us today.", staffAfter, Restored, 0},
		{"First night: prize pool £8,120 on the screens, matches the till.", staffAfter, Restored, 0},
		// near misses
		{"Leeds counts on 4 lines match their shelf count.", staffBefore, 0, Restored},
		{"The counts should match after tonight's sync.", staffAfter, 0, Restored},
		{"Leeds counts still don't match the shelf count.", staffAfter, 0, Restored},
		{"Do the totals match your statement?", staffAfter, 0, Restored},
		{"Import now matches on the client number only.", staffAfter, 0, Restored},
		{"Fingerprint matches what we see on our side.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	for _, c := range cases[:4] {
		if !figuresMatch(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: not read as figures matching", c.text)
		}
	}
	// refused by the rule itself, whatever the older rules read
	for _, c := range cases[5:] {
		if figuresMatch(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: read as figures matching", c.text)
		}
	}
	if s := "I've set the price band to match the list."; figuresMatch(s, tokens(s, nil)) {
		t.Errorf("%q: read as figures matching (a setting)", s)
	}
}
