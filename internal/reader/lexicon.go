package reader

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tokens splits a sentence into lowercase words: letters, digits and the
// apostrophes, hyphens and underscores inside them. Typographic apostrophes
// read as ASCII ones. The words are substrings of one lowered copy of s.
func tokens(s string, buf []string) []string { return lowerTokens(strings.ToLower(s), buf) }

// tokenEnd returns the offset in text just past its k-th word, ts being
// tokens(text), or -1 when it cannot tell (k out of range, or a rune whose
// lower case has another length, so that the lowered copy's offsets are not
// text's). The words are found in order, each at the first place it occurs
// after the last one's end: tokens leaves between two words only bytes that
// begin none, so that place is where the word begins. A word's apostrophe
// may be a typographic one in text.
func tokenEnd(text string, ts []string, k int) int {
	if k < 0 || k >= len(ts) {
		return -1
	}
	low := strings.ToLower(text)
	if len(low) != len(text) {
		return -1
	}
	i := 0
	for _, t := range ts[:k+1] {
		at, n := strings.Index(low[i:], t), len(t)
		if strings.Contains(t, "'") && strings.ContainsRune(low[i:], '\u2019') {
			typo := strings.ReplaceAll(t, "'", "\u2019")
			if at2 := strings.Index(low[i:], typo); at2 >= 0 && (at < 0 || at2 < at) {
				at, n = at2, len(typo)
			}
		}
		if at < 0 {
			return -1
		}
		i += at + n
	}
	return i
}

// lowerTokens is tokens of a string already lower-cased. An ASCII string is
// read with byteClass, a run of word bytes at a time; one that is not is read
// by lowerTokensUTF8.
func lowerTokens(s string, buf []string) []string {
	out := buf[:0]
	for i, n := 0, len(s); i < n; {
		for i < n && byteClass[s[i]] == classOther {
			i++
		}
		if i == n {
			break
		}
		if byteClass[s[i]] == classWide {
			return lowerTokensUTF8(s, buf)
		}
		start := i
		for {
			for i < n && byteClass[s[i]] == classWord {
				i++
			}
			if i == n {
				break
			}
			c := s[i]
			if c >= utf8.RuneSelf {
				return lowerTokensUTF8(s, buf)
			}
			// An apostrophe or a hyphen followed by a word byte joins.
			if (c == '\'' || c == '-') && i+1 < n {
				if next := byteClass[s[i+1]]; next == classWide {
					return lowerTokensUTF8(s, buf)
				} else if next == classWord {
					i++
					continue
				}
			}
			break
		}
		out = append(out, s[start:i])
	}
	return out
}

// The classes of bytes for lowerTokens: isWord's ASCII bytes, the bytes of
// runes beyond ASCII, and the others.
const (
	classOther = iota
	classWord
	classWide
)

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classWide
		case isWord(rune(c)):
			t[c] = classWord
		}
	}
	return t
}()

// lowerTokensUTF8 is lowerTokens of any string.
func lowerTokensUTF8(s string, buf []string) []string {
	out := buf[:0]
	// ’ only, not StraightApostrophes: see its comment (tokenEnd maps ’ back).
	if strings.ContainsRune(s, '\u2019') {
		s = strings.ReplaceAll(s, "\u2019", "'")
	}
	start := -1
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		ok := isWord(r)
		if !ok && start >= 0 && (r == '\'' || r == '-') && i+1 < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			ok = isWord(next)
		}
		switch {
		case ok && start < 0:
			start = i
		case !ok && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lexicon matches phrases, each a sequence of words, against a token list. A
// phrase word ending in '*' matches any word it begins ("misconfigur*").
type lexicon struct {
	id      int
	byFirst map[string][][]string
	prefix  [][]string // phrases whose first word is a prefix
	// keys marks byFirst's keys: a word it rules out begins no phrase of
	// byFirst, and find and at pass it over without a map lookup.
	keys wordBits
}

// mayBegin reports whether t may be a key of l.byFirst.
func (l *lexicon) mayBegin(t string) bool { return t == "" || l.keys.may(t) }

// registry holds every lexicon, so that one pass over a sentence's words can
// find the phrases of all of them (see scan).
var registry []*lexicon

// indexed is what the index knows of a word: the phrases it begins and its
// word classes (wordClass), found with one lookup.
type indexed struct {
	es   []entry
	cls  uint16
	trig uint16 // the rules this word can trigger (triggers)
	key  uint64 // the rules whose one word it is (ruleKeys)
	// For a word that begins many phrases: the indexes in es of the phrases
	// whose second word is a given word, and of the others (one word long, or
	// a prefix second word); each list in es order. nil for a word of few.
	bySecond *wordTable[[]int32]
	others   []int32
}

// manyPhrases is how many phrases a word must begin to index them by their second word.
const manyPhrases = 8

func (x *indexed) split() {
	if len(x.es) < manyPhrases {
		return
	}
	bySecond := map[string][]int32{}
	for k := range x.es {
		e := &x.es[k]
		if len(e.words) < 2 || e.star&2 != 0 {
			x.others = append(x.others, int32(k))
			continue
		}
		bySecond[e.words[1]] = append(bySecond[e.words[1]], int32(k))
	}
	x.bySecond = newWordTable(bySecond)
}

// candidates tries (scan.try) every phrase of x that may start at word i of
// the scanned sentence, in es order.
func (x *indexed) candidates(sc *scan, i int) {
	if x.bySecond == nil {
		for k := range x.es {
			sc.try(&x.es[k], i)
		}
		return
	}
	var second []int32
	if i+1 < len(sc.ts) {
		second = x.bySecond.get(sc.ts[i+1], sc.hs[i+1])
	}
	a, b := x.others, second
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0] < b[0] {
			sc.try(&x.es[a[0]], i)
			a = a[1:]
		} else {
			sc.try(&x.es[b[0]], i)
			b = b[1:]
		}
	}
}

var none indexed

// entry is one phrase of the combined index, with the lexicon it belongs to,
// compiled for matchAt: its words without the '*' of a prefix word, which
// words are prefixes (bit k for word k), and the first word to compare (1 when
// the index found it by the whole first word).
type entry struct {
	lex   int
	words []string
	star  uint64
	from  int
}

func newEntry(lex int, phrase []string, from int) entry {
	e := entry{lex: lex, words: make([]string, len(phrase)), from: from}
	for k, w := range phrase {
		if strings.HasSuffix(w, "*") && k < 64 {
			e.star |= 1 << k
			w = w[:len(w)-1]
		}
		e.words[k] = w
	}
	if e.star&1 != 0 {
		e.from = 0
	}
	return e
}

// match is matchAt(ts, i, phrase) for the entry's phrase, its first word
// skipped when the index matched it already.
func (e *entry) match(ts []string, i int) bool {
	if i+len(e.words) > len(ts) {
		return false
	}
	for k := e.from; k < len(e.words); k++ {
		t, w := ts[i+k], e.words[k]
		if e.star&(1<<k) != 0 {
			if !strings.HasPrefix(t, w) {
				return false
			}
			continue
		}
		if t != w {
			return false
		}
	}
	return true
}

var (
	indexOnce   sync.Once
	indexFirst  *wordTable[*indexed]
	indexPrefix *wordTable[[]entry] // by the first 3 bytes of the prefix
	// prefixPair marks the first two bytes of indexPrefix's keys: most
	// words begin no prefix phrase, and are passed over without a lookup.
	prefixPair []bool
	// unfound is a scan's pos before it: -1 for every lexicon of the
	// registry, copied rather than set one by one (round 215).
	unfound []int16
)

// wordTable maps words to values: a hash table with open addressing, looked
// up by a word and its wordHash, which newScan computes for a sentence's words
// in one pass (the prefix key's hash on the way). Built once, read only.
type wordTable[V any] struct {
	mask  uint32
	slots []wordSlot[V]
}

type wordSlot[V any] struct {
	key  string
	used bool
	val  V
}

// wordHash is FNV-1a of s.
func wordHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// newWordTable makes the table of m, at most half full.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	t := &wordTable[V]{mask: uint32(n - 1), slots: make([]wordSlot[V], n)}
	for k, v := range m {
		i := wordHash(k) & t.mask
		for t.slots[i].used {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot[V]{key: k, used: true, val: v}
	}
	return t
}

// get returns the value of w, whose wordHash is h; the zero value when w is absent.
func (t *wordTable[V]) get(w string, h uint32) V {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if !s.used || s.key == w {
			return s.val
		}
	}
}

func buildIndex() {
	unfound = make([]int16, len(registry))
	for i := range unfound {
		unfound[i] = -1
	}
	first := map[string]*indexed{}
	at := func(w string) *indexed {
		x := first[w]
		if x == nil {
			x = &indexed{}
			first[w] = x
		}
		return x
	}
	for w, c := range wordClass {
		at(w).cls = c
	}
	for w, b := range triggers {
		at(w).trig |= b
	}
	for w, b := range ruleKeys {
		at(w).key |= b
	}
	prefix := map[string][]entry{}
	for _, l := range registry {
		for first, ps := range l.byFirst {
			for _, p := range ps {
				x := at(first)
				x.es = append(x.es, newEntry(l.id, p, 1))
			}
		}
		for _, p := range l.prefix {
			k := p[0][:min(3, len(p[0])-1)]
			prefix[k] = append(prefix[k], newEntry(l.id, p, 0))
		}
	}
	for _, x := range first {
		x.split()
	}
	indexFirst, indexPrefix = newWordTable(first), newWordTable(prefix)
	prefixPair = make([]bool, 1<<16)
	for k := range prefix {
		if len(k) >= 2 {
			prefixPair[uint16(k[0])<<8|uint16(k[1])] = true
		}
	}
}

// scan is a sentence's words with, for every lexicon, where its first phrase
// starts and how long it is: one pass answers every lexicon's question.
type scan struct {
	ts   []string
	hs   []uint32 // the words' wordHash
	h3   []uint32 // the wordHash of their first 3 bytes
	pos  []int16
	n    []uint8
	cls  []uint16 // the word classes of each word (wordClass)
	all  uint16   // the classes of any of its words: a rule whose class is absent is skipped
	trig uint16   // the triggers of any of its words (triggers)
	keys uint64   // the rule keys of any of its words (ruleKeys)
}

func newScan(ts []string, sc *scan) *scan {
	indexOnce.Do(buildIndex)
	if cap(sc.pos) < len(registry) {
		sc.pos = make([]int16, len(registry))
		sc.n = make([]uint8, len(registry))
	}
	sc.ts, sc.pos, sc.n = ts, sc.pos[:len(registry)], sc.n[:len(registry)]
	for i := copy(sc.pos, unfound); i < len(sc.pos); i++ {
		sc.pos[i] = -1 // a lexicon registered after the index was built
	}
	sc.cls = sc.cls[:0]
	sc.all, sc.trig, sc.keys = 0, 0, 0
	// The hashes of every word, and of the first 3 bytes of each (the
	// prefix index's key), in one pass.
	sc.hs, sc.h3 = sc.hs[:0], sc.h3[:0]
	for _, t := range ts {
		h, h3 := uint32(2166136261), uint32(0)
		for k := 0; k < len(t); k++ {
			h = (h ^ uint32(t[k])) * 16777619
			if k == 2 {
				h3 = h
			}
		}
		sc.hs, sc.h3 = append(sc.hs, h), append(sc.h3, h3)
	}
	for i, t := range ts {
		x := indexFirst.get(t, sc.hs[i])
		if x == nil {
			x = &none
		}
		sc.cls = append(sc.cls, x.cls)
		sc.all |= x.cls
		sc.trig |= x.trig
		sc.keys |= x.key
		x.candidates(sc, i)
		if len(t) < 3 || !prefixPair[uint16(t[0])<<8|uint16(t[1])] {
			continue
		}
		es := indexPrefix.get(t[:3], sc.h3[i])
		for k := range es {
			sc.try(&es[k], i)
		}
	}
	return sc
}

// try records e's phrase for its lexicon when it starts at word i and the
// lexicon has none before.
func (sc *scan) try(e *entry, i int) {
	if sc.pos[e.lex] < 0 && e.match(sc.ts, i) && !monthMay(sc.ts, i) {
		sc.pos[e.lex], sc.n[e.lex] = int16(min(i, 1<<14)), uint8(len(e.words))
	}
}

// monthMay reports whether ts[i] is "May" the month, next to a number ("on
// 11 May", "May 2026", "Fri 16 May") or after a word no modal follows ("the
// May release", "in May", "from May"), which no phrase beginning with the modal "may"
// ("may", "may explain") matches: a date is no hedge (round 29). Asked of
// every word a lexicon's find or at passes over, it is small enough to be
// inlined: only "may" calls monthMayAt.
func monthMay(ts []string, i int) bool { return ts[i] == "may" && monthMayAt(ts, i) }

// monthMayAt is monthMay of a word that is "may".
func monthMayAt(ts []string, i int) bool {
	if i > 0 {
		switch ts[i-1] {
		case "the", "in", "since", "of", "until", "last", "next", "early", "late", "mid", "from", "by", "before",
			"after", "during", "till", "through":
			return true
		}
	}
	return i > 0 && digitLed(ts[i-1]) || i+1 < len(ts) && digitLed(ts[i+1])
}

// digitLed reports whether a word opens with a digit.
func digitLed(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// findIn is find on a scanned sentence.
func (l *lexicon) findIn(sc *scan) (int, int) {
	return int(sc.pos[l.id]), int(sc.n[l.id])
}

// hasIn is has on a scanned sentence.
func (l *lexicon) hasIn(sc *scan) bool { return sc.pos[l.id] >= 0 }

func newLexicon(phrases ...string) *lexicon {
	l := &lexicon{id: len(registry), byFirst: map[string][][]string{}}
	registry = append(registry, l)
	l.add(phrases, func(p string) []string { return strings.Fields(strings.ToLower(p)) })
	return l
}

// newLocalLexicon is a lexicon outside the combined index (no scan finds it,
// and it has no id: only find, has and at work), for words read once per
// ticket rather than in every sentence. Its phrases are split into words as
// tokens splits text ("go-live", "doesn't"), a final '*' kept.
func newLocalLexicon(phrases ...string) *lexicon {
	l := &lexicon{id: -1, byFirst: map[string][][]string{}}
	l.add(phrases, func(p string) []string {
		ws := tokens(p, nil)
		if len(ws) > 0 && strings.HasSuffix(p, "*") {
			ws[len(ws)-1] += "*"
		}
		return ws
	})
	return l
}

func (l *lexicon) add(phrases []string, words func(string) []string) {
	for _, p := range phrases {
		ws := words(p)
		if len(ws) == 0 {
			continue
		}
		if strings.HasSuffix(ws[0], "*") {
			l.prefix = append(l.prefix, ws)
			continue
		}
		l.byFirst[ws[0]] = append(l.byFirst[ws[0]], ws)
		if w := ws[0]; w != "" {
			l.keys.add(w)
		}
	}
}

// find returns the index of the first token that starts a phrase of l, and
// the phrase's length; -1 when none does.
func (l *lexicon) find(ts []string) (int, int) {
	for i, t := range ts {
		if monthMay(ts, i) {
			continue
		}
		if l.mayBegin(t) {
			for _, p := range l.byFirst[t] {
				if matchAt(ts, i, p) {
					return i, len(p)
				}
			}
		}
		for _, p := range l.prefix {
			if matchAt(ts, i, p) {
				return i, len(p)
			}
		}
	}
	return -1, 0
}

// has reports whether any phrase of l occurs in ts.
func (l *lexicon) has(ts []string) bool {
	i, _ := l.find(ts)
	return i >= 0
}

// at reports whether a phrase of l starts at token i.
func (l *lexicon) at(ts []string, i int) bool {
	if monthMay(ts, i) {
		return false
	}
	if l.mayBegin(ts[i]) {
		for _, p := range l.byFirst[ts[i]] {
			if matchAt(ts, i, p) {
				return true
			}
		}
	}
	for _, p := range l.prefix {
		if matchAt(ts, i, p) {
			return true
		}
	}
	return false
}

func matchAt(ts []string, i int, p []string) bool {
	if i+len(p) > len(ts) {
		return false
	}
	for k, w := range p {
		t := ts[i+k]
		if strings.HasSuffix(w, "*") {
			if !strings.HasPrefix(t, w[:len(w)-1]) {
				return false
			}
			continue
		}
		if t != w {
			return false
		}
	}
	return true
}

// nextToken returns the word after ts[i], or "" at the end.
func nextToken(ts []string, i int) string {
	if i+1 < len(ts) {
		return ts[i+1]
	}
	return ""
}
