package reader

import "testing"

// TestCauseExcuseApology checks that an apology pointing at what the
// sentence goes on to state ("Sorry about this - ...") is no notice about
// the ticket's handling, so neither the rules nor the model (modelVeto, which
// now asks policyNotice as the rules do) are refused a cause by it; an
// apology for the trouble or the delay still is a notice.
func TestCauseExcuseApology(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Sorry about this - Saturday's match was set up with forwarding closing 72 hours before kick-off instead of the usual 2 hours, so it shut on Wednesday afternoon.", false}, // styles35
		{"Sorry about that - the letterhead change removed the continuation footer in the multi-page templates.", false},                                                            // styles45
		{"Sorry about this - it's down to a change on our side.", false},                                                                                                            // styles42
		// near misses: an apology for the delay or the trouble, or ending the sentence
		{"Sorry about the delay in getting back to you.", true},
		{"Sorry for the trouble this has caused.", true},
		{"Apologies for the late reply, we were busy with the release.", true},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := policyNotice(scn); got != tc.want {
			t.Errorf("policyNotice(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
