package analysis

import "testing"

// TestNegationWithoutApostrophe: a negation written without its apostrophe
// before a verb of function states a fault as the written one does (the
// labelled problems of styles28 13, styles34 15, styles56 09, styles75 17,
// styles79 08, styles85 04); without a verb of function after it, it stays
// a bare negation below a fault.
func TestNegationWithoutApostrophe(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Hannah the test sheet printer in the bay isnt printing since your update.", faultScore},
		{"the sarcophagus lock didnt open when they put the 4 scarabs in", faultScore},
		{"Didnt run this morning either.", faultScore},
		{"the reception tablet members sign in on isnt updating the register on the office pc", faultScore},
		// near misses: a bare negation, as with the apostrophe
		{"we didnt change anything on our side", faultScore - 1},
		{"I dont mind which day you come.", faultScore - 1},
	} {
		if got := faultRank(lower(c.text)); got != c.want {
			t.Errorf("faultRank(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
