package analysis

import "testing"

// TestBareIdentifier: a path or a machine's name stands without "the"
// (component_ident.go); a word, a version and a product's name keep it.
// Written for the test in the shapes of styles26 01, styles109 12,
// styles112 11 and styles129 08.
func TestBareIdentifier(t *testing.T) {
	checkComponents(t, []componentCase{
		{"east-3 stopped replicating from the primary on 28/03.", "east-3"},
		{"/srv is full: 1.9 of 2.0 TB.", "/srv"},
		{"tls: bad certificate (client cert chain: gw-client-2024 expired)", "gw-client-2024"},
		// kept with "the"
		{"PLC-03 stopped responding at 02:10.", "the PLC-03"},
		{"The e-mail relay stopped at noon.", "the e-mail relay"},
		{"Backup stopped.", ""},
	})
	for _, c := range []struct {
		in   string
		want bool
	}{{"/data", true}, {`C:\logs`, true}, {"north-2", true}, {"svc_web01", true}, {"4.2.1", false},
		{"check-in", false}, {"PLC-03", false}, {"/", false}} {
		if got := machineName(c.in); got != c.want {
			t.Errorf("machineName(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
