package reader

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestLowerTokensFastPath checks lowerTokens, which reads ASCII byte by byte,
// against lowerTokensUTF8, which reads runes, on random strings of the bytes
// that matter to tokenising (letters, digits, underscores, apostrophes, hyphens, spaces,
// punctuation, a typographic apostrophe and other runes).
func TestLowerTokensFastPath(t *testing.T) {
	pieces := []string{"a", "z", "0", "9", "_", "'", "-", " ", ".", ",", "Q", "\u2019", "é", "ß", "--", "''", "\t", "ab", "x-y", "don't"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var s string
		for range rng.IntN(12) {
			s += pieces[rng.IntN(len(pieces))]
		}
		if got, want := lowerTokens(s, nil), lowerTokensUTF8(s, nil); !slices.Equal(got, want) {
			t.Fatalf("lowerTokens(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestActStringJoins checks Act.String against the names joined by '+' for
// every set of acts.
func TestActStringJoins(t *testing.T) {
	for a := Act(0); a < 1<<len(Acts); a++ {
		var parts []string
		for _, x := range Acts {
			if a&x != 0 {
				parts = append(parts, actNames[x])
			}
		}
		if got, want := a.String(), strings.Join(parts, "+"); got != want {
			t.Fatalf("Act(%d).String() = %q, want %q", a, got, want)
		}
	}
}

// TestIsASCII checks isASCII, which tests eight bytes at a time, with a byte
// beyond ASCII at every position of strings of every length up to 40.
func TestIsASCII(t *testing.T) {
	for n := 0; n <= 40; n++ {
		s := []byte(strings.Repeat("a", n))
		if !isASCII(string(s)) {
			t.Fatalf("isASCII(%q) = false", s)
		}
		for i := range s {
			s[i] = 0x80
			if isASCII(string(s)) {
				t.Fatalf("isASCII(%q) = true", s)
			}
			s[i] = 'a'
		}
	}
}

// TestTokenEnd checks tokenEnd, the offset in a sentence just past one of
// its words, on sentences where the word's letters also occur earlier
// inside another word, with a typographic apostrophe, and out of range.
func TestTokenEnd(t *testing.T) {
	for _, c := range []struct {
		text string
		k    int
		want string // text[:end], or "" for -1
	}{
		{"Done, they've got the code.", 0, "Done"},
		{"great, done, exported and emailed", 1, "great, done"},
		{"Abandoned? no - DONE that, all gone", 2, "Abandoned? no - DONE"},
		{"ok it\u2019s done now", 2, "ok it\u2019s done"},
		{"ok it\u2019s done now", 1, "ok it\u2019s"},
		{"ok done", 2, ""},
		{"ok done", -1, ""},
	} {
		var buf [16]string
		ts := tokens(c.text, buf[:0])
		end := tokenEnd(c.text, ts, c.k)
		got := ""
		if end >= 0 {
			got = c.text[:end]
		}
		if got != c.want {
			t.Errorf("tokenEnd(%q, %d) = %d (%q), want %q", c.text, c.k, end, got, c.want)
		}
	}
}
