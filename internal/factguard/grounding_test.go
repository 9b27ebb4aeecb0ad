package factguard

import "testing"

// TestContainsWhole: a customer's name is found in a claim's subject as whole
// words only; a contact named Olu is not in "resolution".
func TestContainsWhole(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{"an estimate of resolution time was given", "olu", false},
		{"olu confirmed", "olu", true},
		{"then olu, the manager, confirmed", "olu", true},
		{"little ferns cafe confirmed", "little ferns cafe", true},
		{"the café's owner", "café", true},
		{"cafés", "café", false},
	} {
		if got := containsWhole(tc.s, tc.w); got != tc.want {
			t.Errorf("containsWhole(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}
