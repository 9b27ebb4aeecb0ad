package reader

import "testing"

// TestRelayedReset is round 71's table for the change words relayedFinding
// reads after a party's confirmation: a reset, a power isolated, a switch.
func TestRelayedReset(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Facilities confirm the contractor isolated the plant room supply at 06:10.", true},
		{"Accounts confirm Priya reset the sync token on Monday after the password prompt.", true},
		{"The carrier has confirmed their engineer switched the line to the new exchange card.", true},
		// near misses: a result after the change, a confirmation still to get, the reader's own, a working state
		{"Support confirmed they reset the password and it works now.", false},
		{"We need to confirm whether someone reset the controller.", false},
		{"The customer confirmed they switched the router back on.", false},
		{"Electrician confirms the circuit is fine.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := relayedFinding(scn); got != tc.want {
			t.Errorf("relayedFinding(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
