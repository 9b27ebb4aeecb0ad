package reader

import "testing"

// TestHowToAsked: an ask how or where the writer can do a thing, inverted or
// not, is an ask to know the way (round 63); a relative clause, staff's
// greeting and an ask for staff to do it are not. The sentences are written
// for the test.
func TestHowToAsked(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"How do I move a booking to next week?", true},
		{"the portal won't let me in, how do we get the case added?", true},
		{"Where I can choose the van size?", true},
		{"how I can see this in the app", true},
		{"Category: How do I...?", true},
		{"Where should we send the forms?", true},
		{"which is how we run our weekend orders", false},
		{"the desk where we'd want the screen", false},
		{"Hi, this is Sam from the help desk, how can I help?", false},
		{"Can you tell me how it is calculated?", false},
		{"The page does not load since this morning.", false},
	} {
		if got := howToAsked(tokens(c.text, nil)); got != c.want {
			t.Errorf("howToAsked(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
