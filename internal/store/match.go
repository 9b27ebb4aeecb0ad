package store

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Matches reports whether query (the syntax Search reads) matches text,
// word by word: a surface uses it to keep only the hits whose match lies in
// text its reader may see. Words are compared by their forms without common
// suffixes, lighter than the index's stemmer, so it can miss a match the index makes (a hit is then dropped,
// never wrongly kept), and a query with no searchable word matches nothing.
func Matches(query, text string) bool {
	groups := parseQuery(query)
	if len(groups) == 0 {
		return false
	}
	var words [][]string
	forWords(text, 0, len(text), func(start, end int) bool {
		words = append(words, wordForms(text[start:end]))
		return true
	})
	has := func(p string) bool {
		ph := strings.Fields(p)
		forms := make([][]string, len(ph))
		for i, w := range ph {
			forms[i] = wordForms(w)
		}
	next:
		for i := 0; i+len(ph) <= len(words); i++ {
			for k := range ph {
				if !slices.ContainsFunc(forms[k], func(f string) bool { return slices.Contains(words[i+k], f) }) {
					continue next
				}
			}
			return true
		}
		return false
	}
	for _, g := range groups {
		if !slices.ContainsFunc(g.pos, func(p string) bool { return !has(p) }) &&
			!slices.ContainsFunc(g.neg, has) {
			return true
		}
	}
	return false
}

// wordForms is a word in lower case and without each common English
// suffix: two words are taken as the same when their forms meet ("node" and
// "nodes", "rebooted" and "rebooting").
func wordForms(w string) []string {
	w = strings.ToLower(w)
	forms := []string{w}
	for _, suf := range []string{"ing", "ed", "es", "s", "ly"} {
		if rest, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(rest) >= 3 {
			forms = append(forms, rest)
		}
	}
	return forms
}

// WithoutExclusions returns query without its -excluded words and phrases,
// in the syntax Search reads. A surface that keeps hits by Matches over the
// text its reader may see searches with it, so that text the reader may not
// see can neither find a hit nor exclude one.
func WithoutExclusions(query string) string {
	groups := parseQuery(query)
	for i := range groups {
		groups[i].neg = nil
	}
	return webQuery(groups)
}
