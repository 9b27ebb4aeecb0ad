package analysis

import (
	"regexp"
	"strings"
)

// noCauseFoundHead is staff saying they have not found, cannot find or do
// not have the cause, the reason or an explanation ("we haven't found a
// definite cause", "we don't have a firm explanation", "we have not been
// able to ... find anything ... that explains it", "couldn't find out
// why"), or are still looking into why; within one clause (no comma), so
// that "couldn't find the file, which is why ..." tells a cause.
var noCauseFoundHead = regexp.MustCompile(`(?i)\b(?:(?:(?:have|has|had)(?:n't|n’t| not)(?: yet)?(?: been able to)?|(?:could|can|do|did)(?:n't|n’t| not)|cannot|not been able to)\b[^.;:,]{0,60}?\b(?:found|find|identified|identify|pinpointed|pin down|determined|determine|established|establish|have|got)\b(?:[^.;:,]{0,60}?\b(?:cause|reason|explanation|explains?)\b| (?:out )?why\b)|still (?:looking into|looking at|investigating|trying to (?:find|work) out|working out|checking)\b[^.;:]{0,30}?\bwhy\b)`)

// findsNoCause reports whether text, a sentence read as a cause, says the
// cause was not found: the summary's "The team identified the cause: ..."
// of it would assert what it denies. Seen quoted as the executive summary's
// cause, no sentence of the ticket labelled cause, in four writers:
// styles15 16 ("..., so we don't have a firm explanation."), styles89 04
// ("... and we have not been able to reproduce the problem from our side or
// find anything in the search service logs that explains it."), styles101
// 14 ("..., so I'm afraid we haven't found a definite cause."), styles122 09
// ("We're still looking into why their pledges weren't recorded."). No
// other sentence read as a cause on the tuning sets has the shape (round
// 231). A check that found nothing wrong ("found no fault") is not of it:
// that rules a place out.
func findsNoCause(text string) bool {
	// The regexp runs only where its words can be: MainCause asks of every
	// cause sentence of every ticket.
	if !containsFoldASCII(text, "not") && !strings.Contains(text, "n't") && !strings.Contains(text, "n’t") && !containsFoldASCII(text, "still") {
		return false
	}
	return noCauseFoundHead.MatchString(text)
}

// NoCauseFound reports whether q, a cause quote, says the cause was not
// found (findsNoCause): the executive summary quotes it as what the team
// wrote on the cause, not as the cause identified.
func (q Quote) NoCauseFound() bool { return findsNoCause(q.Text) }
