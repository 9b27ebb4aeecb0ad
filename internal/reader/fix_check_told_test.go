package reader

import "testing"

// TestCheckToldNoFix checks the refusal of a diagnostic check told with what
// it found (fix_check_told.go); sentences written for the test.
func TestCheckToldNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Checked the payment portal: two charges of 41.20 on 09/02, both settled.", staffAfter, 0, Fix},
		{"Checked the other hotels on the list - two had old addresses, updated both and re-sent their lists.", staffAfter, Fix, 0}, // near miss: the remedy after the check
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Checked the payment portal: two charges of 41.20 on 09/02, both settled.", true},
		{"Compared files: the old ones comma separated, the new ones semicolons.", true},
		{"Diffed the export from 8.3 and 8.4.", true},
		{"We've compared the samples.", true},
		{"Looked at the outbound request: date of birth sent as 1998-04-07.", true},
		{"Ran a query over the store: 27 other heats have a newer revision.", true},
		{"Checked the other hotels on the list - two had old addresses, updated both.", false},     // the remedy after the check
		{"I've also checked tomorrow's transfers with them and they now have it correct.", false},  // a state now put right
		{"I've checked your order with the driver's route and your window is 11:00-13:00.", false}, // a check with someone
		{"Ran the sync by hand in test.", false},                                                   // a run, no query
		{"Looked into it and restarted the service.", false},                                       // no check verb
	} {
		if got := checkTold(tokens(c.text, nil)); got != c.want {
			t.Errorf("checkTold(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
