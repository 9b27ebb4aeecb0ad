package reader

// foldWords is a cheap gate on raw text: whether it holds one of a few
// lowercase ASCII fragments anywhere, ignoring ASCII case, in one pass with
// no allocation. The fragments are kept by their first byte, so each byte of
// the text costs one table lookup (rounds 248 and 257 wrote this pass out by
// hand for three gates; one table serves them all).
type foldWords [256][]string

// newFoldWords indexes fragments (lowercase ASCII, non-empty) by first byte.
func newFoldWords(fragments ...string) *foldWords {
	var f foldWords
	for _, w := range fragments {
		f[w[0]] = append(f[w[0]], w)
	}
	return &f
}

// in reports whether text holds one of the fragments, ASCII case folded:
// strings.Contains(strings.ToLower(text), w) for some w, for ASCII text.
func (f *foldWords) in(text string) bool {
	for i := 0; i < len(text); i++ {
		for _, w := range f[lowerByte(text[i])] {
			if hasPrefixFold(text[i:], w) {
				return true
			}
		}
	}
	return false
}
