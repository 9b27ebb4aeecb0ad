package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// entry is one literal term of a trie.
type entry struct {
	text  string // the term as registered (for Terms and case-sensitive comparison)
	ph    string // its placeholder; empty for a Keep term
	keep  bool   // a Keep term: copied verbatim
	exact bool   // case-sensitive: the input must equal text byte for byte
	// common marks a name part that is also an ordinary word (Will, Grace, Bond): it
	// matches only where it reads as the name (commonNameAt).
	common bool
	// cue marks a ticket's bare number: it matches only after a word that announces
	// a ticket ("ticket #88123", "case 88123", "#88123").
	cue   bool
	bound bool // whole word: no letter or digit may touch either end
	// derived marks a spelling generated from another term that it contains (a legal
	// suffix, an obfuscated e-mail); Terms leaves it out.
	derived bool
}

// tnode is a trie node, kept small for the walk. Edges are lower-cased UTF-8 bytes of
// the terms, with any run of white space folded to a single ' '.
type tnode struct {
	kid0  int32 // the first child, inline (most nodes have one); 0 none
	key0  byte  // its edge
	final bool  // entries end here
	extra int32 // 1 + index in trie.extra of further children and the entries; 0 none
}

// nodeExtra holds what does not fit in a tnode.
type nodeExtra struct {
	keys []byte
	kids []int32
	ents []int32 // entries ending at the node, in priority order
}

// trie matches literal terms case- and diacritic-insensitively (per rune, as foldRune folds),
// letting one space in a term stand for any run of spaces, tabs and no-break spaces.
type trie struct {
	root [256]int32 // the root's children by byte; 0 means none (node 0 is the root)
	// pairs has a bit for the first two (folded, ASCII) bytes of each key, and single
	// marks one-byte keys: a cheap test that rules out most positions before a walk.
	pairs   [1 << 16 / 64]uint64
	single  [128]bool
	nodes   []tnode
	extra   []nodeExtra
	entries []entry
}

func newTrie() *trie { return &trie{nodes: make([]tnode, 1, 1024)} }

// add inserts e; it returns false if the folded key is empty.
func (t *trie) add(e entry) bool {
	key := foldKey(e.text)
	if key == "" {
		return false
	}
	n := int32(0)
	for i := 0; i < len(key); i++ {
		n = t.child(n, key[i], true)
	}
	switch {
	case len(key) == 1 && key[0] < utf8.RuneSelf:
		t.single[key[0]] = true
	case len(key) >= 2 && key[0] < utf8.RuneSelf && key[1] < utf8.RuneSelf:
		p := uint16(key[0])<<8 | uint16(key[1])
		t.pairs[p/64] |= 1 << (p % 64)
	}
	t.entries = append(t.entries, e)
	x := t.extraOf(n)
	x.ents = append(x.ents, int32(len(t.entries)-1))
	t.nodes[n].final = true
	return true
}

// child follows the edge b from n, creating it if create is set; it returns -1 if absent.
func (t *trie) child(n int32, b byte, create bool) int32 {
	if n == 0 {
		if c := t.root[b]; c != 0 {
			return c
		}
	} else {
		nd := &t.nodes[n]
		if nd.kid0 != 0 && nd.key0 == b {
			return nd.kid0
		}
		if nd.extra != 0 {
			x := &t.extra[nd.extra-1]
			for k, kb := range x.keys {
				if kb == b {
					return x.kids[k]
				}
			}
		}
	}
	if !create {
		return -1
	}
	t.nodes = append(t.nodes, tnode{})
	c := int32(len(t.nodes) - 1)
	switch nd := &t.nodes[n]; {
	case n == 0:
		t.root[b] = c
	case nd.kid0 == 0:
		nd.key0, nd.kid0 = b, c
	default:
		x := t.extraOf(n)
		x.keys = append(x.keys, b)
		x.kids = append(x.kids, c)
	}
	return c
}

// extraOf returns node n's extra record, making it if need be.
func (t *trie) extraOf(n int32) *nodeExtra {
	if t.nodes[n].extra == 0 {
		t.extra = append(t.extra, nodeExtra{})
		t.nodes[n].extra = int32(len(t.extra))
	}
	return &t.extra[t.nodes[n].extra-1]
}

// foldKey folds s rune by rune (foldRune: lower case, no diacritics, typographic
// variants as ASCII) and white-space runs to one space, trimmed.
func foldKey(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for _, r := range s {
		if isSpaceRune(r) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, foldRune(r))
	}
	return string(b)
}

func isSpaceRune(r rune) bool { return r == ' ' || r == '\t' || r == 0xA0 }

// spaceRun returns the length of the run of spaces, tabs and no-break spaces at s[j:].
func spaceRun(s string, j int) int {
	k := j
	for k < len(s) {
		switch {
		case s[k] == ' ' || s[k] == '\t':
			k++
		case s[k] == 0xC2 && k+1 < len(s) && s[k+1] == 0xA0:
			k += 2
		default:
			return k - j
		}
	}
	return k - j
}

// canStart reports whether some term may begin with the byte c (after folding).
// It is a cheap pre-filter: non-ASCII bytes always say yes.
func (t *trie) canStart(c byte) bool {
	if c >= utf8.RuneSelf {
		return true
	}
	return t.root[lowerASCII[c]] != 0
}

// mayMatch reports whether a term could start at s[i]; false rules it out for sure.
func (t *trie) mayMatch(s string, i int) bool {
	c := s[i]
	if c >= utf8.RuneSelf {
		return true
	}
	c = lowerASCII[c]
	if t.root[c] == 0 {
		return false
	}
	if t.single[c] || i+1 >= len(s) {
		return true
	}
	d := s[i+1]
	if d >= utf8.RuneSelf {
		return true
	}
	if d == '\t' {
		d = ' '
	}
	p := uint16(c)<<8 | uint16(lowerASCII[d])
	return t.pairs[p/64]&(1<<(p%64)) != 0
}

// longest returns the end and entry of the longest term matching s at i, or (0, nil).
// wordStart says whether i is at a word boundary (for whole-word terms).
func (t *trie) longest(s string, i int, wordStart bool) (int, *entry) {
	n := int32(0)
	j := i
	bestEnd, best := 0, (*entry)(nil)
	var buf [utf8.UTFMax]byte
	for j < len(s) {
		c := s[j]
		if c == '\\' && n > 0 && j+1 < len(s) && mdEscapable[s[j+1]] && t.child(n, '\\', false) < 0 {
			j++ // a Markdown escape inside a term: "Fenwick \& Sons", "anna\_kowalczyk"
			continue
		}
		switch {
		case c < utf8.RuneSelf && c != ' ' && c != '\t':
			// The common case, inline: one ASCII byte, one edge.
			b := lowerASCII[c]
			if n == 0 {
				n = t.root[b]
			} else if nd := &t.nodes[n]; nd.kid0 != 0 && nd.key0 == b {
				n = nd.kid0
			} else {
				n = t.child(n, b, false)
			}
			if n <= 0 {
				return bestEnd, best
			}
			j++
		case c == ' ' || c == '\t' || c == 0xC2 && j+1 < len(s) && s[j+1] == 0xA0:
			if n = t.child(n, ' ', false); n < 0 {
				return bestEnd, best
			}
			j += spaceRun(s, j)
		default:
			r, size := utf8.DecodeRuneInString(s[j:])
			for _, b := range utf8.AppendRune(buf[:0], foldRune(r)) {
				if n = t.child(n, b, false); n < 0 {
					return bestEnd, best
				}
			}
			j += size
		}
		if !t.nodes[n].final {
			continue
		}
		for _, ei := range t.extra[t.nodes[n].extra-1].ents {
			e := &t.entries[ei]
			if e.exact && !sameText(s[i:j], e.text) || e.common && !commonNameAt(s, i, j) || e.cue && !afterTicketCue(s, i) {
				continue
			}
			if e.bound && (!wordStart && isWordByte(e.text[0]) || isWordAt(s, j) && endsWithWord(e.text)) {
				continue
			}
			bestEnd, best = j, e
			break
		}
	}
	return bestEnd, best
}

// endsWithWord reports whether the last rune of s is a letter or digit.
func endsWithWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isWordRune(r)
}

// isWordByte reports whether the byte c begins a word character: an ASCII letter or
// digit, or any non-ASCII byte (whose rune is checked where it matters).
func isWordByte(c byte) bool { return c >= utf8.RuneSelf || wordASCII[c] }

var lowerASCII, wordASCII = func() (l [256]byte, w [256]bool) {
	for i := range l {
		l[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		l[c] = byte(c + 'a' - 'A')
		w[c], w[c+'a'-'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		w[c] = true
	}
	return
}()

// isWordRune reports whether r is part of a word: a letter, digit or combining mark.
// Han and kana are not: Japanese and Chinese run words together without spaces, so a
// name written next to them ("Birchwoodの") is still a word of its own.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return wordASCII[r]
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) &&
		!unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// isWordAt reports whether a word character starts at s[j].
func isWordAt(s string, j int) bool {
	if j >= len(s) {
		return false
	}
	if c := s[j]; c < utf8.RuneSelf {
		return wordASCII[c]
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return isWordRune(r)
}

// isWordBefore reports whether a word character ends just before s[i].
func isWordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return wordASCII[c]
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// mdEscapable marks the ASCII punctuation that Markdown lets a backslash escape.
var mdEscapable = func() (t [256]bool) {
	for _, c := range "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" {
		t[c] = true
	}
	return
}()

// sameText reports whether the input got equals a case-sensitive term want, read
// through Markdown's backslash escapes ("MAPLE \\& BIRCH").
func sameText(got, want string) bool {
	if got == want {
		return true
	}
	if strings.IndexByte(got, '\\') < 0 {
		return false
	}
	var b strings.Builder
	for i := 0; i < len(got); i++ {
		if got[i] == '\\' && i+1 < len(got) && mdEscapable[got[i+1]] {
			continue
		}
		b.WriteByte(got[i])
	}
	return b.String() == want
}
