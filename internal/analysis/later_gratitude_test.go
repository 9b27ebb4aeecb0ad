package analysis

import "testing"

// TestGratitude: a customer's thanks for staff's help, or relief at their
// news, is no fault come back whatever its words; thanks with a fault set
// against it, or followed by a function failing now, is one. The sentences
// are written for the test.
func TestGratitude(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Thanks so much for staying late with us.", true},
		{"Thank you very much for the quick help, the driver did not have to wait another day.", true},
		{"Good to hear it won't cost the club anything.", true},
		{"Glad to hear nothing was lost.", true},
		{"Hi Sam, thanks for getting back so late on a Friday.", true},
		// near misses
		{"Thanks for the fix, the same error came back at noon.", false},
		{"Thanks for that, but the tills are down again.", false},
		{"Thanks for looking, it still crashes on the phone.", false},
		{"Thanks for the update, the scanner won't connect.", false},
		{"Good to hear, but it is still slow on the second floor.", false},
		{"Thanks for the fix, another till failed at noon.", false},
		{"The tills won't connect, thanks for checking.", false},
		{"Thanks for checking - is it down again?", false},
	}
	for _, c := range cases {
		if got := gratitude(lower(c.s)); got != c.want {
			t.Errorf("gratitude(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
