package analysis

import "testing"

// TestOutOfRangeFault: a reading out of its range states a fault (the
// labelled problems of styles27 03, styles29 04, styles107 11), and in an
// alert it ranks above the reading's figures; "range" in another sense does
// not.
func TestOutOfRangeFault(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`3 wafers aborted with alarm 2210 "Backside He out of range" in the last hour.`, true},
		{"Fridge F4 went out of range last night (+9.1C at 23:40) and nobody got a text.", true},
		{"Machine HD-07 alarming 'conductivity out of range' at start of prep.", true},
		// near misses
		{"The new range of reading lights is out next month.", false},
		{"Prices range from 20 to 40 per unit.", false},
	} {
		if got := StatesFault(c.text); got != c.want {
			t.Errorf("StatesFault(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
