package analysis

import "testing"

// TestTidyComponent: a name that is no component is dropped; a component
// and a supplier's part stay.
func TestTidyComponent(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// a sentence's opening word taken for a name
		{"the Backup", ""},
		{"the Invoices", ""},
		// an event, a state or a figure
		{"the delay", ""},
		{"the timeout", ""},
		{"the quarterly payment on the contract", ""},
		{"your registration form (VAT-1)", ""},
		// kept
		{"the outage at our hosting provider", "the outage at our hosting provider"},
		{"the reporting server's data disk", "the reporting server's data disk"},
		{"the infrared light on camera 3", "the infrared light on camera 3"},
		{"the NVR", "the NVR"},
		{"the PassGate controller", "the PassGate controller"},
		{"PLC-07's comms module", "PLC-07's comms module"},
		{"", ""},
	} {
		if got := tidyComponent(c.in); got != c.want {
			t.Errorf("tidyComponent(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
