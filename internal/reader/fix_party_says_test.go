package reader

import "testing"

// TestPartySaysNoRemedyNoFix checks the refusal of a party's word relayed
// with no remedy done (fix_party_says.go); sentences written for the test. A
// third party's remedy relayed, and a screen's message in an instruction,
// stay fixes.
func TestPartySaysNoRemedyNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Harbourpay say their fix for the rounding goes out on 14 May.", true},
		{"The council's digital team say the kiosks move to the new browser on their next patch night.", true},
		{"Accounts says the licence was renewed last Tuesday.", true},
		{"Harbourpay say their side is fixed.", false},                                 // near miss: the remedy done
		{"The developer says they have moved their script to a faster server.", false}, // near miss: a perfect
		{"If the terminal still says \"Offline\", switch it off and on once.", false},  // near miss: a condition
		{"As we say in the guide, restart the app after changing the setting.", false}, // near miss: the writer
		{"She's reset the line, says up to an hour for it to come back.", false},       // near miss: the step first
		{"Have your say on the new opening hours until Friday.", false},                // near miss: a noun
		{"Says", false},
	} {
		if got := partySaysNoRemedy(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("partySaysNoRemedy(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"Harbourpay say their fix for the rounding goes out on 14 May.", staffAfter, 0, Fix},
		{"Harbourpay say their side is fixed.", staffAfter, Fix, 0}, // near miss
	})
}
