package reader

import "testing"

// TestChangeRefOpens: a subject or line opening with a change record's
// number (round 113); a number told later, a car model or a word that
// begins with the same letters are not. Written for the test.
func TestChangeRefOpens(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"CR-2026-014 gearbox bearing temperature thresholds", true},
		{"CHG-1207: LIMS upgrade 8.2.3 -> 8.4.1", true},
		{"chg0008812 database upgrade", true},
		// near misses
		{"Slow quotes since the upgrade (CHG0008812)", false},
		{"CR-V service booking moved", false},
		{"Crq form attached", false},
		{"Changes to the rota", false},
	} {
		if got := changeRefOpens(c.text); got != c.want {
			t.Errorf("changeRefOpens(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeChangeRef: a ticket whose subject opens with a change
// number is a change beside the writer's asks; an incident citing the
// change behind it stays an incident.
func TestInferTypeChangeRef(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"CR-2026-014 bearing temperature thresholds", "Please change the warning threshold on all turbines. We would also like the warning by SMS. Can this be done before the end of the month?", "change"},
		{"Quote API slow", "Since the database upgrade over the weekend (CHG0008812) the quote API is very slow.", "incident"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
