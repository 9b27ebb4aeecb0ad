package reader

import (
	"slices"
	"strings"
)

// reasonForRemedy reports whether a sentence opens with a reason clause
// ("Because ...") whose main clause, after the first
// comma, is a remedy asked or recommended: "Because the new version needs an
// extra permission, you'll need to sign in again", "Because the water is
// hard, I'd recommend a softener". The reason is there to justify the step:
// such a sentence is the fix, not the ticket's cause (round 32; false causes
// in three sets by three writers, no true one; a reason whose main clause is
// the fault, "Because the domain has a strict policy, mail servers reject the
// messages", stays a cause). Openers "As ..." and "Since ..." were tried and
// dropped: they refused a true cause on a Mendeley part.
func reasonForRemedy(text string) bool {
	if t := strings.TrimSpace(text); len(t) < len("because ") || isASCII(t[:len("because ")]) && !hasPrefixFold(t, "because ") {
		// round 245: no lower-cased copy of a sentence that does not open with
		// "because" in ASCII (no other rune lowers to one of its letters)
		return false
	}
	low := strings.ToLower(strings.TrimSpace(text))
	opened := false
	for _, w := range []string{"because "} {
		if strings.HasPrefix(low, w) {
			opened = true
			break
		}
	}
	if !opened {
		return false
	}
	c := strings.IndexByte(low, ',')
	if c < 0 {
		return false
	}
	main := tokens(low[c+1:], nil)
	if len(main) < 2 {
		return false
	}
	for _, p := range remedyMainOpeners {
		if len(main) >= len(p) && slices.Equal(main[:len(p)], p) {
			return true
		}
	}
	return false
}

// remedyMainOpeners open a main clause that asks or recommends a step.
var remedyMainOpeners = [][]string{
	{"you'll", "need"}, {"you", "will", "need"}, {"you", "need", "to"}, {"you'd", "need"},
	{"you", "should"}, {"you'll", "want"}, {"you", "may", "want"}, {"you", "might", "want"},
	{"i'd", "recommend"}, {"i", "recommend"}, {"we'd", "recommend"}, {"we", "recommend"},
	{"i'd", "suggest"}, {"i", "suggest"}, {"we'd", "suggest"}, {"we", "suggest"},
	{"please"}, {"just"},
}
