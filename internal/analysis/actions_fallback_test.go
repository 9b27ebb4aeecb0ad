package analysis

import (
	"strings"
	"testing"
)

// TestTechnicalRef: where the technical statement names no component, the
// technical action quotes the main cause if that statement's own name was
// judged none (the party that refused in the active, a sentence's opening
// word), else the technical statement (actions_fallback.go). Written for the
// test in the shapes of styles6 02, styles57 05 and styles47 16.
func TestTechnicalRef(t *testing.T) {
	cause := "The cause was a configuration slip on our side: when we renewed the key that signs payment files, the file builder kept using the old one."
	for _, c := range []struct{ symptom, want string }{
		{"Bank gateway rejected PR-0700 at 09:10 with 'signature verification failed'.", "The cause was a configuration slip"},
		{"Upload failed again, different error: connection timed out after 30s.", "The cause was a configuration slip"},
		// kept: a passive tells what was refused; a named failure's statement
		{"All 12 deposits were rejected by the registry with a login error.", "All 12 deposits were rejected"},
		{"The nightly export failed at 02:10 with a login error.", "The nightly export failed"},
	} {
		f := &Facts{Causes: []Quote{{Public: true, Text: c.symptom}, {Public: true, Text: cause}}}
		f.Factors = classify(f.Causes, DefaultSettings().Keywords.Factors)
		if m := f.Causes[f.MainCause(false)].Text; m != cause {
			t.Fatalf("main cause %q, want the configuration slip", m)
		}
		if got := technicalRef(f); !strings.HasPrefix(got, "\u201c"+c.want) {
			t.Errorf("technicalRef(%q) = %s, want it to open %q", c.symptom, got, c.want)
		}
	}
}
