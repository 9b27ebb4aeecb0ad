package reader

import "testing"

// TestBestWayAsked: an ask for the best or right way to do a thing asks to
// know the way (round 178); the way for someone else, a way told and not
// asked, and "is there a way" (a question already) are not this shape. The
// sentences are written for the test.
func TestBestWayAsked(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"What's the best way to get the logs out of the portal?", true},
		{"Whats the best way to set these up?", true},
		{"What is the right way to move a booking?", true},
		{"Best way to send big files to a client?", true},
		{"What's the best way for them to send the files to us?", false},
		{"The best way to reach us is by phone.", false},
		{"We found the quickest way to fix it was a restart.", false},
		{"Is there a way to export the list?", false},
		{"What's the best price you can do?", false},
	} {
		if got := bestWayAsked(tokens(c.text, nil)); got != c.want {
			t.Errorf("bestWayAsked(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
