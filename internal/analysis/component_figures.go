package analysis

import "strings"

// A name that opens on a number in figures after its article is a count or
// a code, not a component, as a count in words is (nounPhrase): "Her test
// bounced at the recipient: 550 5.7.23 SPF check failed for …" gave
// "Verify the permanent fix for the 550 5.7.23 SPF check" (styles129
// 129-01), the reply code of the refusing server; a count reads the same
// ("41 renewals failed"). A version keeps its dots and stays: "the 3.8.0
// update", "the 4.2.1 firmware" (round 259). The name is dropped in
// tidyComponent, so a technical statement whose only name it was is quoted
// as one that names nothing (actions_fallback.go).

// figuresName reports whether words, a name, open on a number in figures
// after a determiner.
func figuresName(words []string) bool {
	return len(words) > 1 && isDeterminer(strings.ToLower(words[0])) && strings.Trim(words[1], "0123456789") == ""
}

// dropPredeterminer drops "all" or "both" before an article or a
// possessive: "we found all the user's password was expired" (Mendeley
// heldout 1009034) names the user's password, and "all the" after "the
// permanent fix for" is no English.
func dropPredeterminer(words []string) []string {
	if len(words) > 1 && (strings.EqualFold(words[0], "all") || strings.EqualFold(words[0], "both")) &&
		(isDeterminer(strings.ToLower(words[1])) && !strings.EqualFold(words[1], "all") || possessive(words[1])) {
		return words[1:]
	}
	return words
}
