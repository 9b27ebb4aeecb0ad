package reader

import "strings"

// hasQuoteMark reports strings.ContainsAny(text, "\"“'"): a straight double
// or single quote or an opening curly double quote. ContainsAny decodes text
// rune by rune when one of its characters is not ASCII; two byte searches
// and one of the curly quote's bytes are the same answer for less (round
// 215: it is asked of most sentences).
func hasQuoteMark(text string) bool {
	return strings.IndexByte(text, '"') >= 0 || strings.IndexByte(text, '\'') >= 0 || strings.Contains(text, "“")
}
