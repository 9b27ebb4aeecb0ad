package reader

import "testing"

// TestCauseNotAfterSo checks the refusal of what a check rules out, told
// after "so" without a verb (notAfterSo, in notCause, so the model too). The
// sentences are written for the test; near misses keep their cause.
func TestCauseNotAfterSo(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// ruled out after "so", no verb
		{"Tried it on a test account, a 100KB photo fails too, so not photo size on your side.", true},
		{"Correction to the above: 2026 is not a leap year, so not the 29th.", true},
		{"Your new address was saved correctly, so it wasn't a problem with the web form.", true},
		{"The other two sites sync fine with the same build, so it isn't an issue with the release.", true},
		// near misses: the harm a cause did, told negated with its verb
		{"The driver was switched to thermal transfer after the update, so it was not heating the labels.", false},
		{"The second amount was a hold that was never completed, so it was not taken.", false},
		{"The offer was approved after the nightly export had run, so it wasn't in the file sent to the tills.", false},
		{"The feed dropped the column, so not a single price was updated.", false},
		{"The token expired on Friday, so not one upload has reached us since.", false},
		{"The certificate expired because nobody renewed it, so not a problem with your network.", false},
		{"So not the printer.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := notAfterSo(scn.ts); got != tc.want {
			t.Errorf("notAfterSo(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
