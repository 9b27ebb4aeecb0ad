package analysis

import "regexp"

// realCauseWords are staff's words for the cause that held after a first
// one did not: "The real problem is ...", "the real cause was ...", "the
// real reason the log kept growing is ...", "it turned out to be ...".
var realCauseWords = regexp.MustCompile(`(?i)\b(?:the real (?:problem|cause|reason|issue|fault)|turned out to be)\b`)

// realCause reports whether text, a cause sentence, states the cause that
// held after a first explanation (docs/labelling.md: a cause staff state and
// later prove wrong gets no act; the one that held is the cause). Seen as
// the labelled cause beside the executive summary's quoted first one:
// styles21 07, styles50 06, styles58 06, styles59 13, styles88 18.
func realCause(text string) bool {
	if !containsFoldASCII(text, "real") && !containsFoldASCII(text, "turned") {
		return false // every match holds one: MainCause asks of every cause, often
	}
	return realCauseWords.MatchString(text)
}

// containsFoldASCII reports whether s holds word, a lower-case ASCII word,
// in any case of its ASCII letters: a prefilter for a (?i) regexp whose
// every match holds word. It is sound only for a word without 'k' and 's',
// which (?i) also matches as the Kelvin sign and the long s.
func containsFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		k := 0
		for k < len(word) && s[i+k]|0x20 == word[k] {
			k++
		}
		if k == len(word) {
			return true
		}
	}
	return false
}
