package reader

import "testing"

// TestShouldHaveNoFix checks the refusal of a miss owned
// (fix_should_have.go); sentences written for the test.
func TestShouldHaveNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"We should have moved the connector off the old API before then and didn't - sorry about that.", staffAfter, 0, Fix},
		{"I've resent the report, so you should have it in your inbox now.", staffAfter, Fix, 0}, // near miss: what the reader should have now
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"We should have moved the connector off the old API before then and didn't.", true},
		{"Updating that driver should have been part of the change plan and it was not.", true},
		{"Backup link also down (should have failed over).", true},
		{"I've resent the report, so you should have it in your inbox now.", false},  // what the reader should have
		{"Only one should have been charged, so I have refunded the second.", false}, // the writer's step after
		{"The tablets should have restarted the app by now.", false},                 // a state expected now
		{"He should have his invitation e-mail in a few minutes.", false},            // no participle
	} {
		if got := shouldHaveMissed(tokens(c.text, nil)); got != c.want {
			t.Errorf("shouldHaveMissed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
