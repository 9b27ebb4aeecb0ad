package reader

import "testing"

// TestInferTypeNewAsked: a subject opening "New" and a thing asks for it
// beside an opening that tells its reason in fault words (round 131); a
// subject stating a fault or asking a question does not, nor does a
// change's head naming a new thing. Written for the test.
func TestInferTypeNewAsked(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"New treasurer - access to the accounts", "Hello, I am the new treasurer since March. The old treasurer has no more access and cannot log in, so I need the account statements.", "service_request"},
		{"New starters - badges and radios", "Badge: none\nRadio: none\nStart: Monday", "service_request"},
		// near misses
		{"New badges not working", "The new badges do not open the doors and are broken since Monday.", "incident"},
		{"New badges - do they work at night?", "Can the badges open the doors after 22:00?", "question"},
		{"Change: new badge format for starters from 1 June", "Please set up the new badge format for all starters from Monday 1 June.", "change"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
