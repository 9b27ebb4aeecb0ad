package reader

// wordSet is a rule's set of words, looked up once for each word of each
// sentence a rule reads: most of those words are not in it. A bit for each
// word's length, first and last byte (wordSetBit, 512 bits) tells most of
// them apart without hashing the word, and only a word whose bit is set is
// looked up in the map. Its answers are the map's.
type wordSet struct {
	bits wordBits
	m    map[string]bool
}

// newWordSet makes the set of m's words, which it keeps: m is not to be
// changed after.
func newWordSet(m map[string]bool) wordSet {
	s := wordSet{m: m}
	for w := range m {
		s.bits.add(w)
	}
	return s
}

// wordSetOf makes the set of words, for a rule that asks whether a
// sentence has any of them (anyIn).
func wordSetOf(words ...string) wordSet {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return newWordSet(m)
}

// anyIn reports whether any word of ts is in the set.
func (s *wordSet) anyIn(ts []string) bool {
	for _, t := range ts {
		if s.has(t) {
			return true
		}
	}
	return false
}

// has reports m[w] of the map the set was made of.
func (s *wordSet) has(w string) bool {
	return s.bits.may(w) && s.m[w]
}

// wordBits marks a set of words by their bits (wordSetBit): a word whose bit
// is unmarked is none of them. Sharper than the wordMask it replaced (one
// bit of 512 for a word's length, first and last bytes together, against a
// bit for each), and the same cost to test.
type wordBits [8]uint64

// add marks w.
func (b *wordBits) add(w string) {
	k := wordSetBit(w)
	b[k>>6] |= 1 << (k & 63)
}

// may reports whether w may be one of the words marked.
func (b *wordBits) may(w string) bool {
	k := wordSetBit(w)
	return b[k>>6]&(1<<(k&63)) != 0
}

// wordSetBit is w's bit, 0-511, from its length and its first and last bytes.
func wordSetBit(w string) uint32 {
	if w == "" {
		return 0
	}
	x := uint32(len(w))<<16 | uint32(w[0])<<8 | uint32(w[len(w)-1])
	return (x * 0x9E3779B1) >> 23
}
