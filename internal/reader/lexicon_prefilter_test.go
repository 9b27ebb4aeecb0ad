package reader

import (
	"slices"
	"testing"
)

// TestWordSetAnyIn checks wordSetOf's anyIn, which passes over words whose
// length, first and last byte no asked word has, against a plain search.
func TestWordSetAnyIn(t *testing.T) {
	sentences := [][]string{
		nil, {""}, {"a"}, {"the", "job", "ran", "fine"}, {"no", "errors", "since", "0"},
		{"the", "restart", "was", "straightaway", "ok"}, {"x", "", "y"},
		{"supercalifragilisticexpialidocious-and-then-some-more-letters-to-pass-63", "ok"},
	}
	asks := [][]string{
		nil, {""}, {"no"}, {"zero", "0"}, {"ran", "run"}, {"first", "away", "straightaway"}, {"", "ok"},
		{"supercalifragilisticexpialidocious-and-then-some-more-letters-to-pass-63"},
		{"supercalifragilisticexpialidocious-and-then-some-more-letters-to-pass-64"},
	}
	for _, ts := range sentences {
		for _, words := range asks {
			want := slices.ContainsFunc(ts, func(w string) bool { return slices.Contains(words, w) })
			set := wordSetOf(words...)
			if got := set.anyIn(ts); got != want {
				t.Errorf("wordSetOf(%q).anyIn(%q) = %v, want %v", words, ts, got, want)
			}
		}
	}
}

// TestLexiconMayBegin checks find and at, which pass over a word whose first
// byte or length begins no phrase, against matchAt over every phrase.
func TestLexiconMayBegin(t *testing.T) {
	l := newLocalLexicon("not", "no longer", "never", "hasn't", "fail*", "a b c")
	for _, s := range []string{"", "it did not work", "no longer failing", "it has never", "it hasn’t", "NOT", "a b c d", "failures", "nothing now", "in May no"} {
		ts := tokens(s, nil)
		want := -1
		for i := range ts {
			hit := false
			for _, ps := range l.byFirst {
				for _, p := range ps {
					hit = hit || matchAt(ts, i, p)
				}
			}
			for _, p := range l.prefix {
				hit = hit || matchAt(ts, i, p)
			}
			hit = hit && !monthMay(ts, i)
			if got := l.at(ts, i); got != hit {
				t.Errorf("%q at %d = %v, want %v", s, i, got, hit)
			}
			if hit && want < 0 {
				want = i
			}
		}
		if got, _ := l.find(ts); got != want {
			t.Errorf("%q find = %d, want %d", s, got, want)
		}
	}
}
