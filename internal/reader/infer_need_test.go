package reader

import "testing"

// TestNeedOpens: a need of a thing opening a sentence with its subject
// dropped names a request (round 63); a need to do a thing, or a need
// later in the sentence, does not. Written for the test.
func TestNeedOpens(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"need a login for the new shift lead", true},
		{"Hi, need 3 more seats on the plan pls", true},
		{"Needs a laptop with the design suite by Monday.", true},
		{"Need to get into the shared drive tonight", false},
		{"Needs to sign off the payroll today.", false},
		{"Need this sorted today, the line is stopped.", false},
		{"The report needs a date filter", false},
	} {
		if got := needOpens(tokens(c.text, nil)); got != c.want {
			t.Errorf("needOpens(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
