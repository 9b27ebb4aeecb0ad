package analysis

import "strings"

// straightApostrophes returns l with its typographic apostrophes (’, ‘) made
// straight, so that the negations and fault words, which are written with
// "'", are found in a sentence typed with the other: "kindly note that
// outward ... didn’t appear on ... as confirmed by compliance team"
// (Mendeley 1009052, labelled the problem) read as no fault, and the
// "pending" of the next sentence was quoted instead. faultRank uses it on
// its own lowered copy only; the quoted text is left as written.
func straightApostrophes(l string) string {
	if !strings.ContainsAny(l, "’‘") {
		return l
	}
	return apostrophes.Replace(l)
}

// apostrophes makes typographic apostrophes straight; built once, as
// faultRank runs on every sentence of a ticket.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")
