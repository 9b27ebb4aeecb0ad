package analysis

import "testing"

// TestFindingAfterAgain: after the fault was told again, staff's note before
// any step since is a finding, passed over as the restoration; a word of the
// service back, a test told passed, a step since, or the customer's words
// keep it. The texts are the tuning sets' (styles103 09, styles19 05,
// styles27 09, styles50 06, styles82 06, styles89 05, styles26 16, styles9
// 11, styles25 17, styles37 08) and written for the test.
func TestFindingAfterAgain(t *testing.T) {
	cases := []struct {
		staff, fixedAgain bool
		text              string
		want              bool
	}{
		{true, false, "Window still clean.", true},
		{true, false, "Windows clean this time.", true},
		{true, false, "2 more chain-open events since visit 1 (Thu 15:58, today 08:41), both on the run up between 2 and 3.", true},
		{true, false, "Backups fine, yesterday's fix only bought time.", true},
		{true, false, "Second replacement delivered, DN-55344, on lot 2584 board (caliper 0.38).", true},
		{true, false, "Test call still fails on option 4.", true}, // a test not passed: a finding
		{true, false, "The test didn't go through either.", true}, // likewise
		// near misses
		{true, false, "Test label scanned OK on a driver handheld in the Leeds depot.", false},
		{true, false, "Tested with the admin fob: 4.12 opens.", false},
		{true, false, "Retest bed 18 cardiac -> pager 4410 OK.", false},
		{true, false, "Asha and Mo the same now.", false},
		{true, false, "Kestley test: 16-25 Railcard off-peak return to Marchway Central now £9.75.", false},
		{true, true, "Window still clean.", false},
		{false, false, "no stops at all this week, thanks to you both.", false},
	}
	for _, c := range cases {
		if got := findingAfterAgain(c.staff, c.fixedAgain, c.text); got != c.want {
			t.Errorf("findingAfterAgain(%v, %v, %q) = %v, want %v", c.staff, c.fixedAgain, c.text, got, c.want)
		}
	}
}
