package analysis

import "testing"

// TestHeadsSubject: a form's field that copies the head of the subject, and
// near misses that must be refused. Written for the test.
func TestHeadsSubject(t *testing.T) {
	for _, c := range []struct {
		line, subject string
		want          bool
	}{
		{"Issue: All sensors offline", "All sensors offline - St Aldhelm's Chapel", true},
		{"Summary: Warning emails bouncing", "Warning emails bouncing since Monday", true},
		{"Title: Database plan change", "Database plan change: main to medium", true},
		{"Request: Database plan change", "Database plan change: main to medium", false},     // a request's field
		{"Description: Export limit not working.", "Export limit not working - SV5K", false}, // the writer's own
		{"Issue: All sensors offline", "All sensors offline", false},                         // echoes' case
		{"Issue: Offline", "Offline - chapel", false},                                        // one word
		{"Issue: All sensors off", "All sensors offline - chapel", false},                    // not at a word's end
		{"All sensors offline", "All sensors offline - chapel", false},                       // not a field
		{"Description: All sensors offline since Saturday", "All sensors offline", false},    // longer than the subject
		{"Issue: Sensors offline", "All sensors offline - chapel", false},                    // not its head
	} {
		if got := headsSubject(c.line, c.subject); got != c.want {
			t.Errorf("headsSubject(%q, %q) = %v, want %v", c.line, c.subject, got, c.want)
		}
	}
}
