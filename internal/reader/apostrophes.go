package reader

import "strings"

// StraightApostrophes returns s with its typographic apostrophes (’, and ‘
// typed for one) made straight, so that words written with "'" are found in
// text typed with the others: "didn’t" as "didn't". The analysis ranks a
// sentence's fault on it and the fact guard compares quotations with it.
//
// The reader's own words (lowerTokensUTF8) fold ’ only, on purpose: tokenEnd
// finds a word back in the text by trying ’ for its "'", and ‘ is mostly an
// opening quote, which folded would join "x‘y" into one word and change the
// words every rule sees.
func StraightApostrophes(s string) string {
	if !strings.ContainsAny(s, "’‘") {
		return s
	}
	return apostrophes.Replace(s)
}

// apostrophes makes typographic apostrophes straight; built once, as the
// analysis runs StraightApostrophes on every sentence of a ticket.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")
