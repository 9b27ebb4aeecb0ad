package store

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Snippet size: words shown before the first match, words in all, and a cap
// in bytes for texts without spaces.
const (
	snippetBefore   = 8
	snippetWords    = 30
	snippetMaxBytes = 400
)

// snippet makes a hit's excerpt and its matches from highlighted texts: a window of words
// around the first match of the first text that has one (or the start of
// the first non-empty text).
func snippet(texts ...string) (string, []Span) {
	pick := ""
	for _, t := range texts {
		if strings.IndexByte(t, hlOpen) >= 0 {
			pick = t
			break
		}
		if pick == "" {
			pick = t
		}
	}
	return excerpt(pick)
}

// excerpt cuts the window out of one highlighted text.
func excerpt(text string) (string, []Span) {
	i := max(strings.IndexByte(text, hlOpen), 0)
	// Look only at the neighbourhood of the match: texts can be huge.
	lo, hi := max(0, i-2000), min(len(text), i+4000)
	fields := strings.Fields(text[lo:hi])
	cutStart, cutEnd := lo > 0, hi < len(text)
	if cutStart && len(fields) > 1 {
		fields = fields[1:] // maybe a partial word
	}
	if cutEnd && len(fields) > 1 {
		fields = fields[:len(fields)-1]
	}
	m := 0
	for k, f := range fields {
		if strings.IndexByte(f, hlOpen) >= 0 {
			m = k
			break
		}
	}
	s := max(0, m-snippetBefore)
	e := min(len(fields), s+snippetWords)
	cutStart, cutEnd = cutStart || s > 0, cutEnd || e < len(fields)
	win := strings.Join(fields[s:e], " ")
	if len(win) > snippetMaxBytes {
		cut := snippetMaxBytes
		for cut > 0 && !utf8.RuneStart(win[cut]) {
			cut--
		}
		win, cutEnd = win[:cut], true
	}
	// The markers become spans: a close whose open was cut off is
	// dropped, an open whose close was runs to the end of the window.
	text, spans := unmark(win)
	if cutStart {
		const ellipsis = "… "
		text = ellipsis + text
		for i := range spans {
			spans[i].Start += len(ellipsis)
			spans[i].End += len(ellipsis)
		}
	}
	if cutEnd {
		text += " …"
	}
	return text, spans
}

// queryTerms lists the stems of the words the query looks for.
func queryTerms(groups []queryGroup) []string {
	var out []string
	for _, g := range groups {
		for _, p := range g.pos {
			for _, w := range strings.Fields(p) {
				out = append(out, stem(w))
			}
		}
	}
	return out
}

// markTerms puts highlight markers around the words of text whose stems
// are among terms, near the first one only (where excerpt will cut). It
// approximates the index's porter stemmer, which only matters for which
// words of a snippet are marked.
func markTerms(text string, terms []string) string {
	first := -1
	forWords(text, 0, len(text), func(start, end int) bool {
		if slices.Contains(terms, stem(text[start:end])) {
			first = start
			return false
		}
		return true
	})
	if first < 0 {
		return text
	}
	lo, hi := max(0, first-2000), min(len(text), first+4000)
	var b strings.Builder
	b.Grow(len(text) + 64)
	b.WriteString(text[:lo])
	last := lo
	forWords(text, lo, hi, func(start, end int) bool {
		if slices.Contains(terms, stem(text[start:end])) {
			b.WriteString(text[last:start])
			b.WriteRune(hlOpen)
			b.WriteString(text[start:end])
			b.WriteRune(hlClose)
			last = end
		}
		return true
	})
	b.WriteString(text[last:])
	return b.String()
}

// forWords calls fn with the bounds of each word of text[lo:hi] until fn
// returns false.
func forWords(text string, lo, hi int, fn func(start, end int) bool) {
	start := -1
	for i, r := range text[lo:hi] {
		i += lo
		switch {
		case isWordRune(r) && start < 0:
			start = i
		case !isWordRune(r) && start >= 0:
			if !fn(start, i) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		fn(start, hi)
	}
}

// stem lowercases a word and strips a common English suffix.
func stem(w string) string {
	w = strings.ToLower(w)
	for _, suf := range []string{"ing", "ed", "es", "s", "ly"} {
		if rest, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return w
}
