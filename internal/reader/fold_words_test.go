package reader

import (
	"strings"
	"testing"
)

func TestFoldWords(t *testing.T) {
	f := newFoldWords("log", " so", "to avoid")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Gateway LOG: session rejected", true},
		{"the catalogue", true}, // a fragment, not a word: the gates' callers tokenise after
		{"Restarted it, SO it's back", true},
		{"also", false},
		{"To Avoid a repeat", true},
		{"to avoi", false},
		{"", false},
		{"nothing here", false},
	} {
		if got := f.in(c.text); got != c.want {
			t.Errorf("in(%q) = %v, want %v", c.text, got, c.want)
		}
		want := false
		for _, w := range []string{"log", " so", "to avoid"} {
			want = want || strings.Contains(strings.ToLower(c.text), w)
		}
		if got := f.in(c.text); got != want {
			t.Errorf("in(%q) = %v, strings.Contains on the lower-cased text says %v", c.text, got, want)
		}
	}
}
