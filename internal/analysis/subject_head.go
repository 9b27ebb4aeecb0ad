package analysis

import (
	"strings"
	"unicode"
)

// headsSubject reports whether s is a form's field whose value is the head
// of the ticket's subject, the subject adding only the place or the time
// after it ("Issue: All sensors offline" of "All sensors offline - St
// Aldhelm's Chapel", styles98; "Summary: Eastholme Alerts warning emails
// bouncing" of "... bouncing since Monday", styles95; "Summary: Automatic
// captions are nonsense" of "... nonsense - HIS1120", styles47): like
// echoes, the form copied the subject, which is quoted already, and the
// description the writer filled in below it says what is wrong. Only a
// form's headline field (Issue, Summary, Subject, Title) counts; the value
// must hold two words or more, and it ends where a word of the subject ends.
func headsSubject(s, subject string) bool {
	label, value, ok := field(strings.TrimSpace(s))
	if !ok {
		return false
	}
	switch lower(label) {
	case "issue", "summary", "subject", "title":
	default:
		// a request's field says what to do, and a description's first
		// sentence is the writer's own ("Description: Export limit not
		// working.", styles25 07, is labelled the problem)
		return false
	}
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(lower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	v, sub := norm(value), norm(subject)
	return strings.Count(v, " ") >= 1 && len(v) < len(sub) && strings.HasPrefix(sub, v+" ")
}
