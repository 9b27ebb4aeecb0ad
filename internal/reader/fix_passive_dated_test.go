package reader

import "testing"

// TestPassiveDatedNoFix checks the refusal of a thing done to, told in the
// passive with a calendar date (fix_passive_dated.go); sentences written for
// the test. The writer's own step, a place after "on" and a weekday stay.
func TestPassiveDatedNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The pump was serviced on 12 March.", true},
		{"Unit 4 was replaced in Feb after the flood.", true},
		{"Her balance was fully repaid on 3 June, and the mandate closed the same day.", true},
		{"Space ran out until the old logs were deleted on the 9th.", true},
		{"We replaced the pump on 12 March and it runs again.", false},             // near miss: the writer's step
		{"The new access point was fitted on 2nd floor west this morning.", false}, // near miss: a place, not a date
		{"The van was archived on Friday, so its runs dropped off.", false},        // near miss: a weekday
		{"The update was released in version 4.2.", false},                         // near miss: no date
		{"was", false},
	} {
		if got := passiveDated(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("passiveDated(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"The pump was repaired on 12 March.", staffAfter, 0, Fix},
		{"I've repaired the pump and it runs again.", staffAfter, Fix, 0}, // near miss
	})
}
