package analysis

import (
	"regexp"
	"strings"
)

// ruledOutHead is staff setting a candidate aside: "turned out not to be the
// real problem", "so the match was not the problem", "it wasn't the app data
// after all".
var ruledOutHead = regexp.MustCompile(`(?i)\b(?:turned out not to be|(?:was|is|were|are)(?:n't| not)) (?:the (?:real )?(?:problem|cause|issue|culprit|fault)\b|it\b|[^,;:.]{1,40}? after all\b)`)

// rulesOutOnly reports whether text, a cause sentence, only rules a
// candidate out and ends there, naming no cause in its place. Seen quoted as
// the executive summary's cause where the cause that held is told beside
// it: styles115 02 ("The dirty sensor turned out not to be the real
// problem.", which "the real problem" also ranked as the cause that held),
// styles118 13 ("That explains it, and it wasn't the app data after all.");
// and read as a cause, unlabelled, beside the labelled one in styles107 10
// ("..., so the match was not the problem."). A sentence that goes on to the
// cause after a colon, a semicolon or a dash ("The switch was not the cause
// after all: Arcwell have confirmed a fault in ...", "It wasn't your phone
// after all - a lock update went out ...", "The TOML parser isn't the
// problem; v2.3.0 stopped ...") states that cause and keeps its rank.
func rulesOutOnly(text string) bool {
	if !containsFoldASCII(text, "not") && !containsFoldASCII(text, "n't") {
		return false // every match of ruledOutHead holds one
	}
	loc := ruledOutHead.FindStringIndex(text)
	if loc == nil {
		return false
	}
	rest := strings.Trim(text[loc[1]:], " .!)")
	return len(strings.Fields(rest)) <= 2 && !strings.ContainsAny(rest, ":;-–")
}
