package factguard

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// fastRE is a regular expression that finds the same matches as the standard
// one, faster on long text. An unanchored search tries the pattern at every
// position of the text, and most of the guard's patterns ("(?i)\b(?:one|two|
// ...)\s+...") are long alternations that cost much at each: fastRE tries the
// pattern, anchored, only at the positions a match can start at (where the
// text's next four bytes, or two, can open a match, at a word start when the
// pattern opens with \b), with the rune before the position as context, so \b,
// ^ and the leftmost-first choice among matches behave as in a search of the
// whole text. TestFastSameMatches holds every pattern to the standard search.
//
// Methods not defined here are those of the standard expression.
type fastRE struct {
	*regexp.Regexp
	// first holds the bytes a non-empty match can open with; wordStart is set
	// when every match opens with \b, so that one opening with a word byte
	// follows none.
	first     [256]bool
	wordStart bool
	// nullable is set when the pattern may match the empty string: then only
	// the non-empty matches are found fast (findNonEmpty).
	nullable bool
	// pairs and singles, when pairs is not nil, hold the two bytes every match
	// of two bytes or more opens with, and the matches of one byte.
	pairs   *[1024]uint64
	singles [256]bool
	// opening holds the first openN bytes (openLen, or 2 where those are too
	// many) of the matches, or the whole of shorter ones, which short tells
	// there are, or the bytes before a rune outside ASCII.
	opening map[string]bool
	short   bool
	openN   int
	// fast is false when the pattern could not be analysed: every method is
	// then the standard one. once guards the analysis.
	fast bool
	once sync.Once
	// atStart and afterRune are the pattern anchored at the start of the
	// text, and anchored after one rune of context.
	atStart, afterRune *regexp.Regexp
}

// fastREs are all the package's patterns, for the test that compares them with
// the standard search.
var (
	fastREsMu sync.Mutex
	fastREs   []*fastRE
)

// minFastLen is the length of text under which the standard search is as fast.
const minFastLen = 48

// maxOpenings is the share of a text's bytes (one in maxOpenings) where
// matches can open above which the standard search is used.
const maxOpenings = 4

// mustFast compiles a package pattern; it panics, like regexp.MustCompile, on
// a bad one.
func mustFast(expr string) *fastRE {
	r := newFast(regexp.MustCompile(expr))
	fastREsMu.Lock()
	fastREs = append(fastREs, r)
	fastREsMu.Unlock()
	return r
}

// newFast wraps a compiled pattern. It is analysed when first searched, so
// that a program that does not check text does not pay for it.
func newFast(re *regexp.Regexp) *fastRE {
	return &fastRE{Regexp: re}
}

// prepare analyses the pattern and compiles its anchored forms, once.
func (r *fastRE) prepare() {
	r.once.Do(r.analyse)
}

func (r *fastRE) analyse() {
	tree, err := syntax.Parse(r.String(), syntax.Perl)
	if err != nil {
		return
	}
	ok := true
	r.nullable = firstBytes(tree, &r.first, &ok)
	if !ok || opensWith(tree, syntax.OpBeginText) {
		return // the standard search tries a pattern opening with ^ at the start alone
	}
	r.wordStart = opensWith(tree, syntax.OpWordBoundary)
	r.openN = openLen
	set, ok := openings(tree, r.openN)
	if !ok {
		r.openN = 2
		set, ok = openings(tree, r.openN)
	}
	if ok && !set[""] && !set[closed] {
		r.pairs = new([1024]uint64)
		r.opening = map[string]bool{}
		for k := range set {
			if len(k) <= r.openN && strings.HasSuffix(k, closed) {
				k = k[:len(k)-1]
			}
			r.opening[k] = true
			if len(k) == 1 {
				r.singles[k[0]] = true
			} else {
				i := int(k[0])<<8 | int(k[1])
				r.pairs[i/64] |= 1 << (i % 64)
			}
			if len(k) < r.openN {
				r.short = true
			}
		}
	}
	r.atStart = regexp.MustCompile(`^(?:` + r.String() + `)`)
	r.afterRune = regexp.MustCompile(`^(?s:.)(?:` + r.String() + `)`)
	r.fast = true
}

// opens reports whether a match can open at p, by its first bytes.
func (r *fastRE) opens(s string, p int) bool {
	if r.pairs == nil || r.singles[s[p]] {
		return true
	}
	if p+1 >= len(s) {
		return false
	}
	i := int(s[p])<<8 | int(s[p+1])
	if r.pairs[i/64]&(1<<(i%64)) == 0 {
		return false
	}
	if r.short {
		for k := 2; k < r.openN && p+k <= len(s); k++ {
			if r.opening[s[p:p+k]] {
				return true
			}
		}
	}
	return p+r.openN <= len(s) && r.opening[s[p:p+r.openN]]
}

// firstBytes adds to set the bytes a non-empty match of re can open with and
// reports whether re matches the empty string. It clears ok for what it does
// not know.
func firstBytes(re *syntax.Regexp, set *[256]bool, ok *bool) bool {
	switch re.Op {
	case syntax.OpNoMatch:
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for c := lo; c <= min(hi, utf8.RuneSelf-1); c++ {
				set[c] = true
			}
			if hi >= utf8.RuneSelf {
				addHigh(set)
			}
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for b := range set {
			set[b] = true
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0], set, ok)
	case syntax.OpStar, syntax.OpQuest:
		firstBytes(re.Sub[0], set, ok)
		return true
	case syntax.OpRepeat:
		return firstBytes(re.Sub[0], set, ok) || re.Min == 0
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !firstBytes(s, set, ok) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		empty := false
		for _, s := range re.Sub {
			if firstBytes(s, set, ok) {
				empty = true
			}
		}
		return empty
	}
	*ok = false
	return true
}

func addRune(set *[256]bool, r rune, fold bool) {
	add := func(r rune) {
		if r < utf8.RuneSelf {
			set[r] = true
		} else {
			addHigh(set)
		}
	}
	add(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			add(f)
		}
	}
}

// addHigh adds every byte that can open a multi-byte rune, or an invalid one.
func addHigh(set *[256]bool) {
	for b := utf8.RuneSelf; b < 256; b++ {
		set[b] = true
	}
}

// opensWith reports whether every match of re opens with the empty-width op.
func opensWith(re *syntax.Regexp, op syntax.Op) bool {
	switch re.Op {
	case op:
		return true
	case syntax.OpCapture:
		return opensWith(re.Sub[0], op)
	case syntax.OpConcat:
		return len(re.Sub) > 0 && opensWith(re.Sub[0], op)
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !opensWith(s, op) {
				return false
			}
		}
		return true
	}
	return false
}

func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// next returns the first position from p on, at the start of a rune, where a
// match can open, or -1.
func (r *fastRE) next(s string, p int) int {
	for p < len(s) {
		b := s[p]
		w := 1
		if b >= utf8.RuneSelf {
			_, w = utf8.DecodeRuneInString(s[p:])
		}
		if r.first[b] && (!r.wordStart || p == 0 || !isWordByte(b) || !isWordByte(s[p-1])) && r.opens(s, p) {
			return p
		}
		p += w
	}
	return -1
}

// at returns the submatches of the match opening at p, nil if there is none;
// ok is false when the context before p cannot be read back as one rune.
func (r *fastRE) at(s string, p int, rd *strings.Reader, whole bool) (loc []int, ok bool) {
	find := (*regexp.Regexp).FindReaderSubmatchIndex
	if whole {
		find = (*regexp.Regexp).FindReaderIndex // cheaper: no groups to track
	}
	if p == 0 {
		rd.Reset(s)
		return find(r.atStart, rd), true
	}
	_, w := utf8.DecodeLastRuneInString(s[:p])
	q := p - w
	if _, w2 := utf8.DecodeRuneInString(s[q:]); w2 != w {
		return nil, false
	}
	rd.Reset(s[q:])
	loc = find(r.afterRune, rd)
	if loc == nil {
		return nil, true
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += q
		}
	}
	loc[0] = p
	return loc, true
}

// all returns the non-empty matches, as FindAllStringSubmatchIndex(s, -1)
// does (only the whole matches if whole is set), with ok false when the fast
// search cannot be used.
func (r *fastRE) all(s string, limit int, whole bool) (out [][]int, ok bool) {
	if len(s) < minFastLen {
		return nil, false
	}
	if r.prepare(); !r.fast {
		return nil, false
	}
	// Where a match can open at most positions, the standard search is faster.
	var opens []int
	for p := r.next(s, 0); p >= 0; {
		if opens = append(opens, p); len(opens) > len(s)/maxOpenings {
			return nil, false
		}
		_, w := utf8.DecodeRuneInString(s[p:])
		p = r.next(s, p+w)
	}
	var rd strings.Reader
	end := 0
	for _, p := range opens {
		if limit >= 0 && len(out) >= limit {
			break
		}
		if p < end {
			continue // inside the last match
		}
		loc, ok := r.at(s, p, &rd, whole)
		if !ok {
			return nil, false
		}
		if loc == nil || loc[1] == p {
			continue
		}
		out = append(out, loc)
		end = loc[1]
	}
	return out, true
}

// findNonEmpty returns the non-empty matches of s, for a pattern that may
// match the empty string where only the others count.
func (r *fastRE) findNonEmpty(s string) [][]int {
	if out, ok := r.all(s, -1, false); ok {
		return out
	}
	var out [][]int
	for _, m := range r.Regexp.FindAllStringSubmatchIndex(s, -1) {
		if m[1] > m[0] {
			out = append(out, m)
		}
	}
	return out
}

// FindAllStringSubmatchIndex is regexp's.
func (r *fastRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	r.prepare()
	if !r.nullable && n < 0 {
		if out, ok := r.all(s, -1, false); ok {
			return out
		}
	}
	return r.Regexp.FindAllStringSubmatchIndex(s, n)
}

// FindAllStringIndex is regexp's.
func (r *fastRE) FindAllStringIndex(s string, n int) [][]int {
	r.prepare()
	if !r.nullable && n < 0 {
		if out, ok := r.all(s, -1, true); ok {
			for i := range out {
				out[i] = out[i][:2]
			}
			return out
		}
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

// FindAllString is regexp's.
func (r *fastRE) FindAllString(s string, n int) []string {
	r.prepare()
	if !r.nullable && n < 0 {
		if out, ok := r.all(s, -1, true); ok {
			var strs []string
			for _, m := range out {
				strs = append(strs, s[m[0]:m[1]])
			}
			return strs
		}
	}
	return r.Regexp.FindAllString(s, n)
}

// FindAllStringSubmatch is regexp's.
func (r *fastRE) FindAllStringSubmatch(s string, n int) [][]string {
	r.prepare()
	if !r.nullable && n < 0 {
		if out, ok := r.all(s, -1, false); ok {
			var strs [][]string
			for _, m := range out {
				strs = append(strs, matchStrings(s, m))
			}
			return strs
		}
	}
	return r.Regexp.FindAllStringSubmatch(s, n)
}

func matchStrings(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// first returns the leftmost match, ok false when the fast search cannot be used.
func (r *fastRE) firstMatch(s string, whole bool) (m []int, ok bool) {
	r.prepare()
	if r.nullable {
		return nil, false
	}
	out, ok := r.all(s, 1, whole)
	if !ok || len(out) == 0 {
		return nil, ok
	}
	return out[0], true
}

// MatchString is regexp's.
func (r *fastRE) MatchString(s string) bool {
	if m, ok := r.firstMatch(s, true); ok {
		return m != nil
	}
	return r.Regexp.MatchString(s)
}

// FindStringSubmatchIndex is regexp's.
func (r *fastRE) FindStringSubmatchIndex(s string) []int {
	if m, ok := r.firstMatch(s, false); ok {
		return m
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

// FindStringIndex is regexp's.
func (r *fastRE) FindStringIndex(s string) []int {
	if m, ok := r.firstMatch(s, true); ok {
		if m == nil {
			return nil
		}
		return m[:2]
	}
	return r.Regexp.FindStringIndex(s)
}

// FindString is regexp's.
func (r *fastRE) FindString(s string) string {
	if m, ok := r.firstMatch(s, true); ok {
		if m == nil {
			return ""
		}
		return s[m[0]:m[1]]
	}
	return r.Regexp.FindString(s)
}

// FindStringSubmatch is regexp's.
func (r *fastRE) FindStringSubmatch(s string) []string {
	if m, ok := r.firstMatch(s, false); ok {
		if m == nil {
			return nil
		}
		return matchStrings(s, m)
	}
	return r.Regexp.FindStringSubmatch(s)
}

// closed ends an opening after which any byte may follow: the opening of a
// rune outside ASCII, whose bytes a class does not tell.
const closed = "\xff"

// highOpenings are the openings of any rune outside ASCII, or of a byte that is
// not UTF-8.
var highOpenings = func() []string {
	var out []string
	for b := utf8.RuneSelf; b < 256; b++ {
		out = append(out, string([]byte{byte(b)})+closed)
	}
	return out
}()

// openLen is the length of the openings of a pattern, when they are not too many.
const openLen = 4

// pairLimit bounds the set of openings a pattern is analysed into.
const pairLimit = 1024

// openings returns the set of the first n bytes of the matches of re
// (the whole match when it is shorter), or ok false when it cannot tell.
func openings(re *syntax.Regexp, n int) (set map[string]bool, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return map[string]bool{}, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return map[string]bool{"": true}, true
	case syntax.OpLiteral:
		set = map[string]bool{"": true}
		for i, r := range re.Rune {
			if i == n {
				break
			}
			variants := []rune{r}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					variants = append(variants, f)
				}
			}
			var strs []string
			for _, v := range variants {
				strs = append(strs, string(v))
			}
			set = product(set, strs, n)
		}
		return set, true
	case syntax.OpCharClass:
		var strs []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for c := re.Rune[i]; c <= min(re.Rune[i+1], utf8.RuneSelf-1); c++ {
				strs = append(strs, string(c))
			}
		}
		if len(re.Rune) > 0 && re.Rune[len(re.Rune)-1] >= utf8.RuneSelf {
			strs = append(strs, highOpenings...)
		}
		return product(map[string]bool{"": true}, strs, n), true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		var strs []string
		for c := range utf8.RuneSelf {
			if c != '\n' || re.Op == syntax.OpAnyChar {
				strs = append(strs, string(rune(c)))
			}
		}
		return product(map[string]bool{"": true}, append(strs, highOpenings...), n), true
	case syntax.OpCapture:
		return openings(re.Sub[0], n)
	case syntax.OpQuest:
		set, ok = openings(re.Sub[0], n)
		if ok {
			set[""] = true
		}
		return set, ok
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		// X* opens as "", X, X followed by X, and so on: each copy of X
		// adds a byte or more, so n copies cover the openings.
		set, frontier := map[string]bool{"": true}, map[string]bool{"": true}
		for i := range n {
			if frontier = extend(frontier, re.Sub[0], n); frontier == nil {
				return nil, false
			}
			for k := range frontier {
				set[k] = true
			}
			if i == 0 && (re.Op == syntax.OpPlus || re.Op == syntax.OpRepeat && re.Min > 0) {
				delete(set, "")
			}
			if len(set) > pairLimit {
				return nil, false
			}
		}
		return set, true
	case syntax.OpConcat:
		set = map[string]bool{"": true}
		for _, s := range re.Sub {
			if set = extend(set, s, n); set == nil {
				return nil, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		set = map[string]bool{}
		for _, s := range re.Sub {
			next, ok := openings(s, n)
			if !ok {
				return nil, false
			}
			for k := range next {
				set[k] = true
			}
			if len(set) > pairLimit {
				return nil, false
			}
		}
		return set, true
	}
	return nil, false
}

// full reports whether an opening is complete: n bytes long, or closed.
func full(x string, n int) bool {
	return len(x) >= n || strings.HasSuffix(x, closed)
}

// extend returns the openings of what opens as one of set and continues with
// re, nil when too many or unknown.
func extend(set map[string]bool, re *syntax.Regexp, n int) map[string]bool {
	out := map[string]bool{}
	next := map[int]map[string]bool{}
	for x := range set {
		if full(x, n) {
			out[x] = true
			continue
		}
		m := n - len(x)
		ys, seen := next[m]
		if !seen {
			var ok bool
			if ys, ok = openings(re, m); !ok {
				return nil
			}
			next[m] = ys
		}
		for y := range ys {
			z := x + y
			if !strings.HasSuffix(z, closed) {
				z = z[:min(n, len(z))]
			}
			out[z] = true
		}
		if len(out) > pairLimit {
			return nil
		}
	}
	return out
}

func product(set map[string]bool, strs []string, n int) map[string]bool {
	next := map[string]bool{}
	for _, s := range strs {
		next[s] = true
	}
	return concat(set, next, n)
}

// concat returns the openings of a followed by b, nil when too many.
func concat(a, b map[string]bool, n int) map[string]bool {
	out := map[string]bool{}
	for x := range a {
		if len(x) >= n || strings.HasSuffix(x, closed) {
			out[x[:min(n, len(x))]] = true
			continue
		}
		for y := range b {
			z := x + y
			out[z[:min(n, len(z))]] = true
		}
		if len(out) > pairLimit {
			return nil
		}
	}
	return out
}
