package reader

import "testing"

func TestWhoWentWithout(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// round 207's rows (styles49, styles118, styles117)
		{"Dan, we've had four calls today from guests arriving this week who never got an arrival email at all.", true},
		{"Galway reception reports four guests this evening who never got a code, all with landline-style or older numbers.", true},
		{"Verified ID re-enabled as required from 07:00, with fallback allowed for clients who cannot read the chip.", true},
		{"Three members who didn't get the reminder rang this morning.", true},
		// near misses: the thing that never got it, a doer who never did, no "who"
		{"Bus 14's tablet was switched off overnight, so it never got the rollback.", false},
		{"Itinera never got the callback: gateway maintenance 20:45-21:15 last night.", false},
		{"The contractor who never renewed the certificate has left.", false},
		{"The old terminal config never got the 2025 keys.", false},
		{"Members who didn't buy promo lines were hit too.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := whoWentWithout(scn); got != tc.want {
			t.Errorf("whoWentWithout(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
