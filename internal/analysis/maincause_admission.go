package analysis

import (
	"regexp"
	"unicode"
)

// admissionClause is staff owning the fault without saying what it was:
// "that was my change", "it's our upgrade", "this was caused by our change",
// "this was our overnight update", "that was the change", "that was us", "it
// is on our side", "the problem was on our side".
var admissionClause = regexp.MustCompile(`(?i)\b(?:(?:it|this|that) (?:was|is)|it's|that's) (?:(?:caused by|down to) )?(?:(?:my|our) (?:[a-z]+ )?|the )(?:change|mistake|fault|upgrade|update|error|release|doing)\b|\bthat was (?:us|me)\b|\b(?:it(?: is|'s)|(?:problem|issue|fault) (?:was|is)) on our (?:side|end)\b`)

// admitsOnly reports whether text, a cause sentence, is an admission and
// no more: staff own the fault in a short sentence ("Sorry, that was my
// change.") and state what went wrong in the next one. Seen quoted as the
// executive summary's cause (a public sentence that comes first) where the
// ticket's labelled cause is another sentence: styles43 04 ("Apologies -
// that was my change."), styles7 07 ("We found the problem, and it is on
// our side."), styles82 17 ("Sorry, this was caused by our change."),
// styles88 05 ("Sorry, that was my change."), styles91 04 ("Sorry about
// this - you're right, it's our upgrade."); and with a word before the
// change or "the change", or the problem placed on our side: styles102 11
// ("The problem was on our side.", before "Saturday's upgrade to Doseline
// 7.2 changed who receives missed-dose alerts: ..."), styles106 05 ("Yes,
// that was the change, sorry."), styles115 04 ("Yes, and I'm sorry: this
// was our overnight update."). Where the admission was labelled cause too
// (styles35 03 "Yes, it was the change, I'm sorry.", styles50 08 "You were
// right, it was the upgrade.") the quote moves to the ticket's explanation,
// labelled cause as well. An admission that goes on to say
// what was done wrong ("My mistake - I typed Michal's address as
// michal.novak, with a v.") names no clause here and keeps its rank.
func admitsOnly(text string) bool {
	return fieldsAtMost(text, 10) && admissionClause.MatchString(text)
}

// fieldsAtMost reports whether text has at most n words (runs of non-space),
// counted in place: MainCause ranks every cause sentence this way, several
// times per analysis, so it must not allocate.
func fieldsAtMost(text string, n int) bool {
	count, in := 0, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if count++; count > n {
				return false
			}
			in = true
		}
	}
	return true
}
