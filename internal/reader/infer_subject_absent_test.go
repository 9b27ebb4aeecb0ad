package reader

import "testing"

// TestSubjectNegates: a subject that states a fault by a negation alone
// ("not arrived", "no manifest") counts as a fault, unless it asks (round 59).
func TestSubjectNegates(t *testing.T) {
	var sc scan
	for _, c := range []struct {
		subject string
		want    bool
	}{
		{"ISA transfer not arrived", true},
		{"Driver tablet - no manifest for RD-2291", true},
		{"Sub-master SM-F does not open door 2.14", true},
		{"How to substitute when order says no substitutions", false},
		{"No race pack email?", false},
		{"New starter account", false},
		{"", false},
	} {
		if got := subjectNegates(c.subject, nil, &sc); got != c.want {
			t.Errorf("subjectNegates(%q) = %v, want %v", c.subject, got, c.want)
		}
	}
}
