package factguard

import (
	"slices"
	"testing"
)

// TestNegationScopes: what a negation covers. A claim's negation covers its
// own clause, so that the severity sentence's "not set" does not reach into
// the customer's words after the semicolon; a source's covers the words
// around it, across clauses.
func TestNegationScopes(t *testing.T) {
	for _, tc := range []struct {
		text      string
		before, n int
		clause    bool
		want      [][]string
	}{
		{"severity: not set; the customer described the situation as", 0, 3, true, [][]string{{"set"}}},
		{"severity: not set; the customer described the situation as", 0, 3, false, [][]string{{"set", "customer", "describ"}}},
		{"no update was sent to the customer; the team replied", 0, 3, true, [][]string{{"updat", "sent", "customer"}}},
		{"the ticket records no update; it was closed", 2, 6, false, [][]string{{"updat", "clos", "ticket", "record"}}},
	} {
		got := negationScopes(tc.text, tc.before, tc.n, tc.clause)
		if !slices.EqualFunc(got, tc.want, slices.Equal[[]string]) {
			t.Errorf("negationScopes(%q, %d, %d, %v) = %q, want %q", tc.text, tc.before, tc.n, tc.clause, got, tc.want)
		}
	}
}
