package reader

import "testing"

// TestCauseScopeNotJust checks the refusal of the reach of an outage told
// with "not just" (scopeNotJust, in notCause, so the model too). The
// sentences are written for the test; near misses keep their cause.
func TestCauseScopeNotJust(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// the reach of an outage
		{"All 6 cameras on that switch offline, not just the gate one.", true},
		{"Whole floor unreachable, not just the printers - core switch down too.", true},
		// near misses: the reach beside its cause
		{"It's every till in the shop, not just yours: the payment key expired at midnight.", false},
		{"The relay got our address blocklisted; the whole pool is affected, not just your domain.", false},
		{"All 6 cameras offline, not just the gate one, because the switch lost power.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := scopeNotJust(tc.text, scn.ts); got != tc.want {
			t.Errorf("scopeNotJust(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
