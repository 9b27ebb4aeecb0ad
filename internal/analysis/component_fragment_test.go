package analysis

import "testing"

// TestNameFragments: a dash and the start of a range of days are no part
// of a name (component_fragment.go); a figure after a noun is. Written for
// the test in the shapes of styles11 and styles24 10.
func TestNameFragments(t *testing.T) {
	checkComponents(t, []componentCase{
		{"They had a problem with their callbacks between 4 and 6 May.", "their callbacks"},
		{"It turned out there was a bug in the licence-check routine - it fails if the server is slow.", "the licence-check routine"},
		// kept
		{"The storage volume on node 3 has failed.", "the storage volume on node 3"},
	})
}
