package store

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQueryTerms bounds the distinct terms taken from one search query:
// matching and ranking costs grow with them.
const maxQueryTerms = 32

// queryGroup is a conjunction: every phrase of pos must match and none of
// neg. A phrase is words separated by single spaces.
type queryGroup struct {
	pos, neg []string
}

// parseQuery reads a web-search style query, the syntax PostgreSQL's
// websearch_to_tsquery reads:
//
//	words         all must match
//	"a phrase"    words in sequence (an unbalanced quote runs to the end)
//	-word         must not match (also -"a phrase")
//	a OR b        either side
//
// into groups joined by OR. Anything else is text: punctuation separates
// words, as in the index tokenizers, so operators of the underlying engines
// typed by the user (NEAR, *, :, &, ...) mean nothing. Repeated terms are
// dropped; groups of exclusions alone, which match nothing searchable, too.
func parseQuery(s string) []queryGroup {
	var (
		groups = []queryGroup{{}}
		terms  int
		rs     = []rune(s)
	)
	add := func(phrase string, negate bool) {
		if phrase == "" || terms >= maxQueryTerms {
			return
		}
		g := &groups[len(groups)-1]
		list := &g.pos
		if negate {
			list = &g.neg
		}
		if slices.Contains(*list, phrase) {
			return
		}
		terms++
		*list = append(*list, phrase)
	}
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		negate := false
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			negate = true
			i++
		}
		if rs[i] == '"' {
			end := i + 1
			for end < len(rs) && rs[end] != '"' {
				end++
			}
			add(phrase(rs[i+1:end]), negate)
			i = end + 1
			continue
		}
		end := i
		for end < len(rs) && !unicode.IsSpace(rs[end]) && rs[end] != '"' {
			end++
		}
		word := rs[i:end]
		i = end
		if !negate && strings.EqualFold(string(word), "or") {
			if g := groups[len(groups)-1]; len(g.pos) > 0 || len(g.neg) > 0 {
				groups = append(groups, queryGroup{})
			}
			continue
		}
		add(phrase(word), negate)
	}
	return slices.DeleteFunc(groups, func(g queryGroup) bool { return len(g.pos) == 0 })
}

// phrase returns the words of rs separated by single spaces ("" if none).
func phrase(rs []rune) string {
	return strings.Join(strings.FieldsFunc(string(rs), func(r rune) bool { return !isWordRune(r) }), " ")
}

// isWordRune tells whether r belongs in a word, as the index's unicode61
// tokenizer sees it: ASCII letters and digits, and any other character
// that is not a space, punctuation or control character. '"' is not one,
// so words never need escaping inside quotes.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsControl(r) && r != utf8.RuneError
}
