package reader

import (
	"regexp"
	"strings"
)

// An error message that a screen, a log or a user is shown, quoted after the
// verb that shows it, is the symptom seen, not its cause: its words ("session
// expired", "Timeout expired", "Access denied") read as a cause phrase, or
// the model reads them so, but the writer tells only what came up. A shape of
// staff sentences seen in four writers' sets (tuning, styles to styles74) and
// labelled no cause there:
//
//   - "Tablet app shows 'session expired' in its settings screen." and "Same
//     'session expired'." (styles72, 07-waiver-tablet)
//   - "Rachel gets 'MFA enrolment expired'." (styles10, 15-immingham-branch)
//   - "App servers up, app pool throwing \"Timeout expired." (styles62,
//     12-pensionview-down-alert)
//   - "App pool shows 'Timeout expired obtaining connection from pool' - all
//     100 DB connections in use." and "Collector log on HIST01 shows 'Access
//     denied writing to archive' starting each time at shift change ..."
//     (styles3, 22-field-app-workorders and 06-historian-gaps)
//
// Refused in notCause, so the model is bound by it too (modelVeto). The quote
// must follow the verb at once ("gets the 'invalid user' reply", styles24,
// and "is getting an \"invalid API key\" answer", styles53, are labelled
// causes and stay out), and the sentence without its quotation must tell no
// cause of its own by the rules, nor a reason or a consequence ("so",
// "because", a colon's finding): "GHCR is returning 'denied' on every pull"
// after "that token expired today" stays a cause (styles13).
//
// Written in round 67 (docs/quality.md, "Round 67").

// shownQuote finds a verb of showing followed at once by a quotation mark.
var shownQuote = regexp.MustCompile(`(?i)\b(shows|showing|show|gets|getting|throwing|throws|says|saying|displays|displaying|same)\s+["“']`)

// shownCauseWords tell a reason or a consequence beside the quotation.
var shownCauseWords = newWordSet(map[string]bool{"because": true, "so": true, "due": true, "caused": true,
	"since": true, "after": true, "which": true, "why": true})

// shownError reports whether a staff sentence quotes an error right after a
// verb of showing and, without the quotation, has no colon, semicolon,
// word of reason and no cause that the rules read.
func shownError(text string) bool {
	if !hasQuoteMark(text) {
		return false // shownQuote needs an opening quote: most sentences are spared the regexp
	}
	loc := shownQuote.FindStringIndex(text)
	if loc == nil {
		return false
	}
	bare := withoutOpenQuotes(text)
	if strings.ContainsAny(bare, ":;") {
		return false
	}
	var sc scan
	v := sentenceView{text: bare, sc: newScan(tokens(bare, nil), &sc), staff: true}
	for _, t := range v.sc.ts {
		if shownCauseWords.has(t) {
			return false
		}
	}
	return firstCauseBy(&v) == ""
}

// withoutOpenQuotes is withoutQuotes, with a quotation still open at the
// sentence's end (the splitter cut it) left out to the end.
func withoutOpenQuotes(s string) string {
	if bare, ok := withoutQuotes(s); ok {
		return bare
	}
	if i := strings.LastIndexAny(s, "\"“"); i >= 0 {
		if bare, ok := withoutQuotes(s[:i]); ok || !hasQuoteMark(s[:i]) {
			return bare
		}
	}
	return s
}
