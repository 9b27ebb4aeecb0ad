package analysis

import "testing"

// TestGreyedOutFault: a control shown greyed out states a fault (the labelled
// problems of styles7 11, styles26 04, styles27 10, styles101 07, styles120
// 12); a sentence with "grey" in another sense does not.
func TestGreyedOutFault(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"merge people is greyed out", true},
		{`Export button greyed out on "Tech trade - Nov".`, true},
		{"no subtitles on catch-up, the subtitle button is grayed out", true},
		{"wallet address field greyed-out since the update", true},
		// near misses
		{"We picked the grey out of the three colours for the new signs.", false},
		{"The button is grey and the text is white.", false},
	} {
		if got := StatesFault(c.text); got != c.want {
			t.Errorf("StatesFault(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
