package analysis

import "testing"

// TestImpactInUse: the reader's impact words in their impact uses, and the
// other uses of "business", "live" and "nobody" that state none. The
// sentences are invented.
func TestImpactInUse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Our business account feed hasn't pulled anything in since Tuesday.", false},
		{"In Business Online I can only go back to 2024.", false},
		{"It's a business line, ref 0117.", false},
		{"Our business is at a standstill without the tills.", true},
		{"This is business-critical for the quarter end.", true},
		{"Our business account feed is down and we are losing sales.", true}, // a strong word beside the weak one
		{"The portal shows no live data for the turbines.", false},
		{"They live local, so no hotel.", false},
		{"Ideally live from Monday 9 June.", false},
		{"It is very risky in live environment.", true},
		{"The live site shows a blank page.", true},
		{"Sponsor read goes live today so kinda need it up.", true},
		{"We're paying for these slots so I need them live today.", true},
		{"Nobody told us about the change.", false},
		{"Nobody is on site at that time.", false},
		{"No one will be there until Monday.", false},
		{"Nobody can log in to the payroll system this morning.", true},
		{"Since then nobody has received any email.", true},
		{"No one in the office can print.", true},
		{"Customers can't check out.", true},
	} {
		if got := impactInUse(lower(tc.text)); got != tc.want {
			t.Errorf("impactInUse(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTitleLine: a signature's name and title, on a line or in parts
// separated by bars, and sentences that are none.
func TestTitleLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Karen Lowe", true},
		{"Head of Operations", true},
		{"Karen Lowe | Operations Director | Calder Recruitment", true},
		{"Karen | Ops", true},
		{"Karen Lowe | Operations are down since 9", false},
		{"Operations stopped at 9.", false},
		{"Operations", false},
	} {
		if got := titleLine(tc.text); got != tc.want {
			t.Errorf("titleLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
