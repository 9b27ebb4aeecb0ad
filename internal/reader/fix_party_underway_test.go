package reader

import "testing"

// TestPartyUnderwayNoFix checks the refusal of a third party's step under
// way, due later (fix_party_underway.go); sentences written for the test. A
// step under way now, or beside a step done, stays a fix.
func TestPartyUnderwayNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"The electricians are replacing the faulty breaker tomorrow.", staffAfter, 0, Fix},
		{"Our developers are deploying the patch overnight.", staffAfter, 0, Fix},
		{"The network team are replacing the switch now.", staffAfter, Fix, 0},                                // near miss: now
		{"They're reissuing the certificate today and have already revoked the old one.", staffAfter, Fix, 0}, // near miss: a step done beside it
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The supplier is sending a corrected invoice on Thursday.", true},
		{"We are replacing the router tomorrow.", false},          // the writer's own
		{"The engineer replaced the router this morning.", false}, // done
		{"They are looking into it.", false},                      // no time to come
	} {
		if got := partyUnderway(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("partyUnderway(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
