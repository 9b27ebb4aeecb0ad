package reader

import "testing"

// TestRaisedWithNoFix checks the refusal of the case raised with a party
// (fix_raised_with.go); sentences written for the test. A limit raised, and
// a thing raised to a value, stay fixes.
func TestRaisedWithNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I've raised this with the provider as urgent.", true},
		{"We've raised it with the carrier's support team with the test numbers.", true},
		{"I raised that with them this morning.", true},
		{"I've raised the quota to 500 GB so the uploads run again.", false}, // near miss: a limit raised
		{"Kerry raised it to 2000 per 10 minutes, effective now.", false},    // near miss: raised to a value
		{"Raised with", false},
	} {
		if got := raisedWith(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("raisedWith(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"I've raised this with the provider as urgent.", staffAfter, 0, Fix},
		{"I've raised the quota to 500 GB so the uploads run again.", staffAfter, Fix, 0}, // near miss
	})
}
