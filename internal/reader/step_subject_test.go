package reader

import (
	"strings"
	"testing"
)

func TestStepLeadEnd(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		bare     bool
		adverbs  []string
		want     int
	}{
		{"we've restored the feed", false, nil, 1},
		{"i have also checked the others", false, []string{"also"}, 3},
		{"we restored the feed", false, nil, 0}, // a bare subject only when asked
		{"we just restored the feed", true, []string{"also", "just"}, 2},
		{"restored the feed", true, []string{"also"}, 0},
		{"also restored the feed", true, []string{"also"}, 1}, // the adverb with no subject
		{"we have", false, []string{"also"}, 2},
		{"", true, []string{"also"}, 0},
	} {
		if got := stepLeadEnd(strings.Fields(tc.sentence), tc.bare, tc.adverbs...); got != tc.want {
			t.Errorf("stepLeadEnd(%q, %v, %q) = %d, want %d", tc.sentence, tc.bare, tc.adverbs, got, tc.want)
		}
	}
}
