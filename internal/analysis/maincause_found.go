package analysis

import (
	"regexp"
	"strings"
)

// foundHead opens a sentence in which staff announce the cause they found:
// "Found it: ...", "Gary found the problem: ...", "We have found the cause:
// ...", "What happened: ...", "Here is what happened: ...", "It was the
// airtime provider's account migration: ...".
var foundHead = regexp.MustCompile(`(?i)^(?:(?:[\w']+,?\s+){0,3}?found (?:it|the (?:real )?(?:problem|cause|fault|issue|reason|culprit)|what(?:'s| is| was)? (?:happened|going on|wrong))\b|(?:here is |here's )?what (?:happened|went wrong)\s*[:-]|it was [^:.,]{3,60}: )`)

// foundCause reports whether text, a cause sentence, opens by announcing
// the cause found. Staff's first reply often states context or the symptom
// in a public sentence read as a cause ("The mower is showing that it has
// lost the signal from the boundary wire ...", "That one never became a
// booking, so the £46.80 is a pending hold ..."), and the first of equal
// rank is quoted; the later sentence that announces the finding is the
// cause: styles97 15 ("Gary found the problem: the boundary wire had been
// cut ..."), styles42 06 ("What happened: your bank approved the first
// payment, but ..."), styles58 15 ("It was the airtime provider's account
// migration: ..."), styles70 15 ("Found it: the tablet logs you out after 8
// hours ..." before "That's a fault in the app and I've reported it").
// An announcement denied ("We haven't found the cause yet") is none.
func foundCause(text string) bool {
	if !containsFoldASCII(text, "found") && !containsFoldASCII(text, "what") && !containsFoldASCII(text, "it wa") {
		return false // every match of foundHead holds one
	}
	m := foundHead.FindString(text)
	if m == "" {
		return false
	}
	l := strings.ToLower(m)
	return !strings.Contains(l, "n't ") && !strings.Contains(l, "not ") && !strings.Contains(l, "never ")
}
