package analysis

import "testing"

// TestFaultDenied: a fault denied names no location (component_denied.go).
// Written for the test in the shape of styles132 11.
func TestFaultDenied(t *testing.T) {
	checkComponents(t, []componentCase{
		{"It lost its mains supply, so it's power rather than a fault in the unit.", ""},
		{"There is no fault in the controller; the feed was cut upstream.", ""},
		{"It was not a bug in the billing module.", ""},
		// kept
		{"We found a bug in the billing module.", "the billing module"},
		{"There was a fault in the unit's power board.", "the unit's power board"},
	})
}
