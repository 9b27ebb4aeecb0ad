package analysis

import "testing"

// TestRefusalNamesNoComponent: the party that refused is no component
// (component_refusal.go); a failure beside it still names one. Written for
// the test in the shapes of styles6 02 and the refusals round 254 listed.
func TestRefusalNamesNoComponent(t *testing.T) {
	checkComponents(t, []componentCase{
		{"Bank gateway rejected PR-0700 at 09:10 with 'signature verification failed'.", ""},
		{"The return was late, so HMRC rejected the monthly report.", ""},
		// kept
		{"The signing service failed after the key was renewed.", "the signing service"},
	})
}
