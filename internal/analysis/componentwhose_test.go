package analysis

import "testing"

// TestComponentWhose: a cause told with a relative "whose" names the thing
// that failed after it, not "the whose …" (styles59 KAE-24117). Invented;
// the near miss has no "whose".
func TestComponentWhose(t *testing.T) {
	for _, c := range []struct{ cause, want string }{
		{"Bay 3 scanners authenticate against rad-02, whose server cert expired at 05:58 today.", "the server cert"},
		{"The server cert on rad-02 expired at 05:58 today.", "the server cert on rad-02"},
	} {
		f := &Facts{Causes: []Quote{{Text: c.cause}}}
		if got := component(f); got != c.want {
			t.Errorf("%q: component %q, want %q", c.cause, got, c.want)
		}
	}
}
