package reader

import "testing"

// TestYesAnswerNoFix checks the refusal of a "Yes, you can ..." answer
// (fix_yes_answer.go); sentences written for the test. The answer followed by
// its instruction (a colon, a menu path) and a "yes" before the writer's step
// stay fixes.
func TestYesAnswerNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Yes, you can move the booking to another date up to 24 hours before the start.", staffAfter, 0, Fix},
		{"Yes, you can reset it yourself from the login page.", staffAfter, 0, Fix},
		{"Yes, you can: go to Bookings > Change date and pick the new day.", staffAfter, Fix, 0}, // near miss: the instruction after a colon
		{"Yes - you can change it under Settings > Profile > Email.", staffAfter, Fix, 0},        // near miss: a menu path
		{"Yes, I've moved the booking to Thursday.", staffAfter, Fix, 0},                         // near miss: the writer's step
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Yes it does - the quota counts every stored version until they expire.", true},
		{"Yes, they will still see the old invoices in the portal.", true},
		{"Yes please, send me the log file.", false},
		{"Yes, you can, and I've already switched it on for you.", false},
	} {
		if got := yesAnswer(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("yesAnswer(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
