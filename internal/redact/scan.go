package redact

import (
	"strings"
	"unicode/utf8"
)

// matcher finds identifiers in text: literal terms (two tries) and shapes (detect).
type matcher struct {
	word     *trie // whole-word terms, and the Keep terms
	any      *trie // distinctive terms matched even inside a longer word
	shapes   []shape
	shapeSep [256]bool // separator bytes of the shapes
	quiet    [256]bool // bytes at which nothing can start: most spaces and punctuation
	// custWords are the folded words of the customer's name and legal suffixes: a
	// match of the customer runs on over those that follow it, so that no half of
	// the name is left ("[CUSTOMER] & Sons").
	custWords map[string]bool
}

// setQuiet fills m.quiet once the tries are complete: ASCII bytes that neither are
// word characters nor begin a shape, a placeholder or a term.
func (m *matcher) setQuiet() {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		m.quiet[c] = !wordASCII[c] && !startByte[c] && b != '[' && !m.word.canStart(b) && !m.any.canStart(b)
	}
}

// hit is one identifier found in text: a literal term (e) or a shape (k).
type hit struct {
	start, end int
	e          *entry
	k          kind
}

// startByte marks bytes at which an identifier may begin.
var startByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = wordASCII[c] || c >= utf8.RuneSelf || c == '+' || c == '(' || c == ':'
	}
	return
}()

// bestAt returns the longest identifier or Keep term starting at s[i]. A literal term
// wins a tie with a shape, and a Keep term a tie with anything.
func (m *matcher) bestAt(s string, i int, wordStart bool, lr *longRuns) hit {
	var h hit
	if wordStart && m.word.mayMatch(s, i) {
		if end, e := m.word.longest(s, i, true); e != nil {
			h = hit{i, end, e, kindNone}
		}
	}
	if m.any.mayMatch(s, i) {
		if end, e := m.any.longest(s, i, wordStart); e != nil && end > h.end {
			h = hit{i, end, e, kindNone}
		}
	}
	if h.e != nil && h.e.ph == customerPH {
		h.end = m.extendCustomer(s, h.end)
	}
	if wordStart && startByte[s[i]] {
		if end, k := m.detect(s, i, lr); k != kindNone && end > h.end {
			h = hit{i, end, nil, k}
		}
	}
	return h
}

// scan calls visit, in order, for each identifier in s that is to be replaced. Keep
// terms and existing placeholders are stepped over. It reports whether it cut a Keep
// term short (an identifier started inside it), which String's next pass may see
// differently.
func (m *matcher) scan(s string, visit func(hit)) (cutKeep bool) {
	pendStart, pendEnd := -1, 0 // a machine name announced by a keyword
	var lr longRuns
	for i := 0; i < len(s); {
		c := s[i]
		if m.quiet[c] {
			i++ // white space or punctuation at which nothing starts
			continue
		}
		if c == '[' {
			if e := placeholderEnd(s, i); e > 0 {
				i = e
				continue
			}
		}
		if i > pendStart {
			pendStart = -1
		}
		wordStart := !isWordBefore(s, i)
		if wordStart && (startByte[c] || m.word.canStart(c) || m.any.canStart(c)) {
			h := m.bestAt(s, i, true, &lr)
			switch {
			case h.e != nil && h.e.keep:
				k := m.keepEnd(s, i, h.end, &lr)
				cutKeep = cutKeep || k < h.end
				i = k
				continue
			case h.end > 0:
				visit(h)
				i = h.end
				continue
			case i == pendStart:
				visit(hit{i, pendEnd, nil, kindHost})
				i = pendEnd
				continue
			case i+1 < len(s) && kwPrefix(lowerASCII[c], lowerASCII[s[i+1]]):
				if k, e := keywordHost(s, i); e > 0 {
					pendStart, pendEnd = k, e
				}
			}
			i = m.next(s, i)
			continue
		}
		if !wordStart && m.any.mayMatch(s, i) {
			if end, e := m.any.longest(s, i, false); e != nil {
				visit(hit{i, end, e, kindNone})
				i = end
				continue
			}
		}
		i = m.next(s, i)
	}
	return cutKeep
}

// next returns the next position to look at after s[i]: the next rune (a stray byte
// of broken UTF-8 counts as one), or, after a letter or digit, past the rest of the
// ASCII word, which needs no look unless a distinctive term may start inside it.
func (m *matcher) next(s string, i int) int {
	if c := s[i]; c >= utf8.RuneSelf {
		_, size := utf8.DecodeRuneInString(s[i:])
		return i + size
	} else if !wordASCII[c] {
		return i + 1
	}
	t := m.any
	for i++; i < len(s); i++ {
		c := s[i]
		if !wordASCII[c] {
			break
		}
		if c = lowerASCII[c]; t.root[c] != 0 {
			if t.single[c] || i+1 >= len(s) {
				break
			}
			d := s[i+1]
			if d >= utf8.RuneSelf {
				break
			}
			if d == '\t' {
				d = ' '
			}
			if p := uint16(c)<<8 | uint16(lowerASCII[d]); t.pairs[p/64]&(1<<(p%64)) != 0 {
				break
			}
		}
	}
	return i
}

// kwPrefix reports whether a and b (lower-cased) begin a keyword that announces a
// machine name, so that most words are ruled out before keywordHost reads them.
func kwPrefix(a, b byte) bool {
	switch uint16(a)<<8 | uint16(b) {
	case 'n'<<8 | 'o', 'h'<<8 | 'o', 's'<<8 | 'e', 'l'<<8 | 'a', 'p'<<8 | 'c', 'v'<<8 | 'm', 'w'<<8 | 'o', 'd'<<8 | 'e':
		return true
	}
	return false
}

// keepEnd returns where copying a Keep term s[i:end] verbatim stops: at its end, or
// earlier where an identifier starts inside it and runs past it (a Keep term never
// shields part of an identifier).
func (m *matcher) keepEnd(s string, i, end int, lr *longRuns) int {
	for p := i + 1; p < end; p++ {
		if s[p] >= 0x80 && s[p] < 0xC0 {
			continue
		}
		h := m.bestAt(s, p, !isWordBefore(s, p), lr)
		if h.end > end && (h.e == nil || !h.e.keep) {
			return p
		}
	}
	return end
}

// placeholderEnd returns the end of the placeholder that starts at s[i] ("[HOST-3]",
// "[CUSTOMER]", "[EMAIL-?]"), or 0.
func placeholderEnd(s string, i int) int {
	j := i + 1
	for j < len(s) && 'A' <= s[j] && s[j] <= 'Z' {
		j++
	}
	name := s[i+1 : j]
	ok := false
	for _, n := range kindNames[1:] {
		if n == name {
			ok = true
			break
		}
	}
	if !ok || j >= len(s) {
		return 0
	}
	if s[j] == '-' {
		j++
		switch {
		case j < len(s) && s[j] == '?':
			j++
		case j < len(s) && isDigit(s[j]):
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		default:
			return 0
		}
	}
	if j >= len(s) || s[j] != ']' {
		return 0
	}
	return j + 1
}

// settled reports whether replacing s[start:end] leaves every other match in s as it
// was: the characters on either side are white space or punctuation that no matcher
// reads across. Only then can String skip its checking pass. A letter, digit or
// address character next to the identifier (pbs01.lab, Hale-Smith) changes the word
// boundaries and runs its neighbours see once it is a placeholder.
func (m *matcher) settled(s string, start, end int) bool {
	if start > 0 {
		switch x := s[start-1]; {
		case x == ' ' || x == '\t' || x == '\n' || x == '\r':
		case strings.IndexByte("([{<|*`~\"=;!?>", x) >= 0:
		case x == '/' || x == ',':
			if start >= 2 && isDigit(s[start-2]) {
				return false // 020 7946 0321/10.20.0.13: a phone's end check reads across
			}
		default:
			return false
		}
	}
	if end < len(s) {
		y := s[end]
		if m.word.canStart(y) || m.any.canStart(y) || startByte[y] && y != ':' {
			return false
		}
		switch {
		case y == ' ' || y == '\t' || y == '\n' || y == '\r':
		case strings.IndexByte(")]}>|*`~\"';!?/", y) >= 0:
		case y == '.' || y == ',' || y == ':':
			if end+1 < len(s) && s[end+1] != ' ' && s[end+1] != '\n' && s[end+1] != '\r' && s[end+1] != '\t' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// needsEscape reports whether a placeholder written over s[start:end] would read as
// Markdown link syntax: followed by "(" or "[", or, at the start of a line, by ":" and
// what could be a link reference definition ("[PERSON-1]: thanks" would vanish from
// the rendered page). Such a placeholder is written as "\[...]".
func needsEscape(s string, start, end int) bool {
	if end >= len(s) {
		return false
	}
	switch s[end] {
	case '(', '[':
		return true
	case ':':
		for j := start - 1; j >= 0 && s[j] != '\n'; j-- {
			switch c := s[j]; {
			case c == ' ' || c == '\t' || c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')' || isDigit(c):
			default:
				return false
			}
		}
		return looksLikeDefinition(s[end+1:])
	}
	return false
}

// looksLikeDefinition reports whether rest, the text after "[label]:", could complete a
// link reference definition: a destination, then the end of the line or a title.
func looksLikeDefinition(rest string) bool {
	i := spaceRun(rest, 0)
	if i < len(rest) && rest[i] == '\n' {
		i++
		i += spaceRun(rest, i)
	}
	d := i
	for i < len(rest) && rest[i] != ' ' && rest[i] != '\t' && rest[i] != '\n' {
		i++
	}
	if i == d {
		return false
	}
	i += spaceRun(rest, i)
	return i >= len(rest) || rest[i] == '\n' || rest[i] == '"' || rest[i] == '\'' || rest[i] == '('
}

// codeTracker tells whether a position is inside Markdown code (a fenced block, or an
// inline code span on the same line), where a backslash would show. Queries must come
// in increasing order; it works in a single forward sweep.
type codeTracker struct {
	line     int  // start of the current line
	fence    byte // '`' or '~' inside a fenced block, else 0
	fenceLen int
	pos      int // how far the current line has been swept for inline code
	open     int // length of the backtick run that opened an inline code span, or 0
}

func (c *codeTracker) inCode(s string, i int) bool {
	for {
		eol := strings.IndexByte(s[c.line:], '\n')
		if eol < 0 || c.line+eol >= i {
			break
		}
		c.fenceLine(s[c.line : c.line+eol])
		c.line += eol + 1
		c.pos, c.open = c.line, 0
	}
	if c.fence != 0 {
		return true
	}
	for c.pos < i {
		if s[c.pos] != '`' {
			c.pos++
			continue
		}
		n := 0
		for c.pos < len(s) && s[c.pos] == '`' {
			c.pos++
			n++
		}
		switch {
		case c.open == 0:
			c.open = n
		case c.open == n:
			c.open = 0
		}
	}
	return c.open != 0
}

// fenceLine updates the fenced-block state with one line.
func (c *codeTracker) fenceLine(line string) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || t == "" || (t[0] != '`' && t[0] != '~') {
		return
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 {
		return
	}
	switch {
	case c.fence == 0:
		c.fence, c.fenceLen = t[0], n
	case c.fence == t[0] && n >= c.fenceLen && strings.TrimSpace(t[n:]) == "":
		c.fence = 0
	}
}

// extendCustomer returns where a match of the customer's name that ends at end
// stops once it has taken in the words of the name (or legal suffixes) that follow
// it, joined by spaces, "&", "and", "+" or a comma: "Fenwick & Sons", "FENWICK AND
// SONS LTD", "Fenwick, Sons & Co".
func (m *matcher) extendCustomer(s string, end int) int {
	if len(m.custWords) == 0 {
		return end
	}
	for {
		k := end
		if k < len(s) && s[k] == ',' {
			k++
		}
		k += spaceRun(s, k)
		if k+1 < len(s) && s[k] == '\\' && (s[k+1] == '&' || s[k+1] == '+') {
			k++ // "\&" in Markdown
		}
		switch {
		case k < len(s) && (s[k] == '&' || s[k] == '+'):
			k++
			k += spaceRun(s, k)
		case k+3 < len(s) && strings.EqualFold(s[k:k+3], "and") && (s[k+3] == ' ' || s[k+3] == '\t'):
			k += 3
			k += spaceRun(s, k)
		}
		if k == end {
			return end
		}
		e := k
		for e < len(s) && (isLetter(s[e]) || s[e] == '.' && e > k) {
			e++
		}
		for e > k && s[e-1] == '.' && !m.custWords[foldKey(s[k:e])] {
			e--
		}
		if e == k || isWordAt(s, e) || !m.custWords[foldKey(s[k:e])] {
			return end
		}
		end = e
	}
}
