package analysis

import "testing"

// TestFaultDenied: a fault denied names no location (component_denied.go).
// Written for the test in the shape of styles132 11.
func TestFaultDenied(t *testing.T) {
	for _, c := range []struct{ cause, want string }{
		{"It lost its mains supply, so it's power rather than a fault in the unit.", ""},
		{"There is no fault in the controller; the feed was cut upstream.", ""},
		{"It was not a bug in the billing module.", ""},
		// kept
		{"We found a bug in the billing module.", "the billing module"},
		{"There was a fault in the unit's power board.", "the unit's power board"},
	} {
		if got := component(&Facts{Causes: []Quote{{Text: c.cause}}}); got != c.want {
			t.Errorf("component(%q) = %q, want %q", c.cause, got, c.want)
		}
	}
}
