package reader

import "testing"

// TestStaleShown: a subject telling a thing shows or charges an old value
// states a fault (round 178); a gerund heading the subject, "old" after a
// noun or "and", and an ask to replace old things are not one. The
// subjects are written for the test.
func TestStaleShown(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Price labels printing old prices", true},
		{"Booking page showing old opening hours", true},
		{"App still shows old timetable", true},
		{"Members still under old branches", true},
		{"Till charges old VAT rate", true},
		{"Moving old data to the archive", false},
		{"Refund deposit and old card", false},
		{"Replace old laptops in the office", false},
		{"Old reports to delete", false},
	} {
		if got := staleShown(tokens(c.text, nil)); got != c.want {
			t.Errorf("staleShown(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
