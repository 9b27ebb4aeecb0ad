package analysis

import "testing"

// componentCase is a cause statement and the name component reads from it.
type componentCase struct{ cause, want string }

// checkComponents checks the name component reads from each case's cause,
// told alone.
func checkComponents(t *testing.T, cases []componentCase) {
	t.Helper()
	for _, c := range cases {
		if got := component(&Facts{Causes: []Quote{{Text: c.cause}}}); got != c.want {
			t.Errorf("component(%q) = %q, want %q", c.cause, got, c.want)
		}
	}
}
