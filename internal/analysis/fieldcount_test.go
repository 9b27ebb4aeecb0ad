package analysis

import (
	"strings"
	"testing"
)

// TestFieldCount checks fieldCount against strings.Fields, which the
// prefilters of greetingOnly, courtesy and introduction stand in for.
func TestFieldCount(t *testing.T) {
	for _, s := range []string{
		"", " ", "Morning", "  good  day  ", "Thanks Rob!", "a\tb\nc\vd\fe\rf",
		"x\u00a0y", "x\u0085y", "x\u2003y z", "it’s Priya", "\xff\xfe a", "Thank you very much Hannah today",
	} {
		want := len(strings.Fields(s))
		for limit := 1; limit <= 7; limit++ {
			if got := fieldCount(s, limit); got != min(want, limit) {
				t.Errorf("fieldCount(%q, %d) = %d, want %d", s, limit, got, min(want, limit))
			}
		}
	}
}
