package reader

import "testing"

// TestCauseCheckCameBackFine checks the refusal of a check that came back
// fine (checkCameBackFine, in notCause, so the model too). The sentences are
// written for the test; near misses keep their cause.
func TestCauseCheckCameBackFine(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a check that came back fine
		{"Checked with the carrier: last night's batch 88 delivered, 0 failed.", true},
		{"Checked three other members who cancelled that week - their fees were refunded correctly.", true},
		{"5 of 6 tills on 3.1.0, test sales all OK incl. refunds.", true},
		{"2.4.1 deployed on both nodes, smoke test on this morning's files passed.", true},
		// near misses: a good result beside a fault, a failure counted
		{"Your return was booked correctly by the depot, but it was entered against the wrong account, so billing carried on.", false},
		{"The price file had been cut short in the transfer, and the tills were correctly refusing it.", false},
		{"Checked with the carrier: batch 88 delivered, 14 failed.", false},
		{"The nightly test never passed because the certificate on the build agent expired.", false},
		{"All OK on the web app, but the mobile app still uses the old key, which is why logins fail.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := checkCameBackFine(scn.ts); got != tc.want {
			t.Errorf("checkCameBackFine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
