package reader

import "testing"

// TestWhyUnknownNoFix checks the refusal of the cause not found
// (fix_why_unknown.go); sentences written for the test.
func TestWhyUnknownNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"We haven't been able to find why the two orders were removed from the run.", staffAfter, 0, Fix},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"We haven't been able to find why the two orders were removed from the run.", true},
		{"No idea yet why these 12 were dropped.", true},
		{"They can't reproduce it and don't know why the entries moved.", true},
		{"I'm afraid we can't see what stopped the screen yesterday, nothing changed on our side.", true},
		{"Our supplier has investigated but has not been able to find out why your entries were moved.", true},
		{"We don't know why it stopped, so we've restarted it and added an alert.", false}, // the writer's step after
		{"I'm checking what changed on the feed.", false},                                  // a search under way
		{"We know why it stopped: the certificate expired.", false},                        // the cause found
		{"I don't see the point of waiting, I've restarted it.", false},                    // no "why"
	} {
		if got := whyUnknown(tokens(c.text, nil)); got != c.want {
			t.Errorf("whyUnknown(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
