package figures

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Recurring themes are found with MinHash and locality-sensitive hashing: each
// ticket's root-cause statement and subject become a set of terms, summarised
// by a signature of SignatureSize minimum hashes; tickets whose signatures
// share a band (BandRows consecutive minimums) are candidates, and a candidate
// joins a theme when its estimated Jaccard similarity to the ticket that
// opened the band is at least Similarity. No pair of tickets is compared
// unless they share a band, so a month of 100,000 tickets costs a pass over
// them, never all pairs. Everything is deterministic: the same tickets in the
// same order give the same themes.
const (
	SignatureSize = 24
	BandRows      = 2
	Bands         = SignatureSize / BandRows
	// Similarity is the estimated Jaccard similarity a ticket needs with a
	// theme's first ticket to join it.
	Similarity = 0.5
)

// Signature is a MinHash signature; the zero value means "no terms".
type Signature [SignatureSize]uint32

// Empty reports whether the signature was made from no terms.
func (s Signature) Empty() bool { return s == Signature{} }

// Bytes encodes the signature for storage.
func (s Signature) Bytes() []byte {
	b := make([]byte, 4*SignatureSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SignatureFromBytes decodes a stored signature; a wrong length gives the empty one.
func SignatureFromBytes(b []byte) Signature {
	var s Signature
	if len(b) != 4*SignatureSize {
		return s
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s
}

// Similar estimates the Jaccard similarity of the two term sets.
func (s Signature) Similar(o Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / SignatureSize
}

// BandKeys are the keys of the signature's bands, for finding candidates in
// an index; nil for the empty signature.
func (s Signature) BandKeys() []int64 {
	if s.Empty() {
		return nil
	}
	keys := make([]int64, Bands)
	for b := range Bands {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for r := range BandRows {
			h = mix(h ^ uint64(s[b*BandRows+r]))
		}
		keys[b] = int64(h >> 1) // non-negative, for every database's integers
	}
	return keys
}

// ThemeText is the text a ticket's theme is judged on.
func ThemeText(f *Figures) string { return f.Cause + "\n" + f.Subject }

// SignatureOf is the MinHash signature of the terms of text.
func SignatureOf(text string) Signature {
	var s Signature
	terms := Terms(text)
	if len(terms) < 2 {
		return s
	}
	for i := range s {
		s[i] = math.MaxUint32
	}
	for _, t := range terms {
		h := termHash(t)
		for i := range s {
			v := uint32(mix(h^seeds[i]) >> 32)
			if v < s[i] {
				s[i] = v
			}
		}
	}
	return s
}

var seeds = func() (s [SignatureSize]uint64) {
	x := uint64(0x243f6a8885a308d3)
	for i := range s {
		x = mix(x + 0x9e3779b97f4a7c15)
		s[i] = x
	}
	return s
}()

// mix is SplitMix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func termHash(t string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(t))
	return h.Sum64()
}

// Terms are the distinct content words of text, lower-cased and with a plural
// "s" removed, in order of first appearance.
func Terms(text string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 3 || stopwords[w] || isNumber(w) {
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// stopwords are words that say nothing about what broke.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`the and for are was were been being has have had not but with from this that these those
		its into onto our your their they them there then than when what which who whom why how all any can could
		would should will shall may might must did does doing done due because caused cause causes root issue issues
		problem problems ticket tickets please thanks thank you hello dear regards team customer customers service
		after before again also just only some such very more most other out off over under about above below
		while during per via one two three new old now still yet here where each both few own same too
		found identified seems seemed appear appears reported report error errors failed failure fail failing not
		working work works unable cannot can't isn't wasn't request requested need needs needed`) {
		m[w] = true
	}
	return m
}()
