package analysis

import "strings"

// Two names ended in a fragment of what followed them (round 250 counted
// them, round 254 cut them): "the update-check routine -" (styles24 10: a
// dash that opened an aside, now trimmed as a comma is, nounPhrase) and
// "their webhooks between 1" (styles11: "they had a problem with their
// webhooks between 1 and 3 March", cut at "and"), whose "between 1" is the
// start of a range of days.

// trimRangeStart drops a preposition and a figure of one or two digits that
// end words: the start of a range cut at its "and" or "to" ("between | 1",
// "from | 14"). A figure after a noun stays ("on node 3").
func trimRangeStart(words []string) []string {
	n := len(words)
	if n < 3 {
		return words
	}
	last := strings.Trim(words[n-1], ".,;:()")
	if len(last) == 0 || len(last) > 2 || strings.Trim(last, "0123456789") != "" || !prepositions[strings.ToLower(words[n-2])] {
		return words
	}
	return words[:n-2]
}
