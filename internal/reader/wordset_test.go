package reader

import "testing"

// TestWordSet: a wordSet answers as its map does, for its words, a word
// false in the map, the empty word and words that share a length and first
// and last bytes with one of its words.
func TestWordSet(t *testing.T) {
	m := map[string]bool{"fine": true, "ok": true, "": true, "down": false, "i've": true}
	s := newWordSet(m)
	for _, w := range []string{"fine", "ok", "", "down", "i've", "fire", "file", "oak", "o", "done", "dawn", "i'd", "Fine", "fines"} {
		if got := s.has(w); got != m[w] {
			t.Errorf("has(%q) = %v, the map says %v", w, got, m[w])
		}
	}
	empty := newWordSet(map[string]bool{"x": true})
	if empty.has("") {
		t.Error(`has("") true in a set without the empty word`)
	}
	var zero wordSet
	if zero.has("x") || zero.has("") {
		t.Error("the zero set has a word")
	}
}
