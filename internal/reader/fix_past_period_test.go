package reader

import "testing"

// TestPastPeriodNoFix checks the refusal of a step told in a past week,
// month or year (fix_past_period.go); sentences written for the test. The
// remedy told "last night", the last of a series and a state since then
// stay.
func TestPastPeriodNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The shared calendars moved to the new server last week.", true},
		{"Those accounts were recreated last year and are inside 90 days.", true},
		{"The invoice template was changed last Friday and it now shows the net price.", true},
		{"So the import undid last month's correction.", true},
		{"Last Monday’s update added a start point for each route.", true},
		{"We put the fix in last night and the reports run again.", false},              // near miss: the remedy's own night
		{"The last Tuesday collection will be 28 April.", false},                        // near miss: the last of a series
		{"It has run without a gap since last week, when we replaced the disk.", false}, // near miss: a state since then
		{"See you next week.", false},
		{"last", false},
	} {
		if got := pastPeriodTold(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("pastPeriodTold(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"The shared calendars were moved to the new server last week.", staffAfter, 0, Fix},
		{"I've moved the shared calendars back to the old server.", staffAfter, Fix, 0}, // near miss
	})
}
