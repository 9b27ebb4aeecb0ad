package analysis

import "testing"

// TestOwnSideTold: a customer's sentence that tells what their own side did
// or found (their IT, a team of theirs) answers the question of cause; with
// "still", "again", "same" or "another" it reports a fault, and a sentence
// whose subject is not the customer's own people is none of these. The
// sentences are written for the test.
func TestOwnSideTold(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Our IT says the firewall rule was never opened, the contractor missed it.", true},
		{"Our network team has put in place a new proxy for all the tills, and nobody has told us.", true},
		{"Our IT did push some updates on Tuesday night, but they say nothing relating to the scanner.", true},
		{"Hi, our security team rotated the service passwords last week.", true},
		// near misses
		{"Our IT says it is still failing on the second floor.", false},
		{"Our IT team found the same error again this morning.", false},
		{"Our tills can't connect since this morning.", false},
		{"IT have just told me the comms room is down.", false},
		{"Their IT says the records were never added.", false},
	}
	for _, c := range cases {
		if got := ownSideTold(lower(c.s)); got != c.want {
			t.Errorf("ownSideTold(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
