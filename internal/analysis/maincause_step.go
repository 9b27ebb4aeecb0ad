package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

// stepWithCause reports whether q, a cause sentence, is a public reply that
// reports staff's step with the fault it mended in passing, and tells no why:
// read as a fix too (its Match), with no "so" or "because" clause, and not a
// cause told in a clause of its own before a semicolon that the step follows.
// MainCause ranks such a sentence two lower, the rank a public sentence gains
// in the summary (customerFacing), so that the explanation given before it,
// public or staff's own note, is the summary's cause where it ranks as high.
// Seen quoted as the executive summary's cause on three tuning writers where
// an earlier sentence was the labelled explanation: styles4 04 ("I've re-sent
// yesterday's six results from the analyser queue; they should all be
// attached to their patients now."), styles92 15 ("The service that stamps
// your orchestra's name on the parts had stopped moving, and I've restarted
// it this morning.") and styles97 03 ("Tomasz, the machine's disk was full,
// I've cleared old files and the new instruction is saved on it now.", which
// still outranks the note before it by one: the note names no causation). Two
// more writers' replies of the kind (styles9 11, "(One cardiac rule had a typo
// which I corrected and retested.)", styles85 06, "… - sorted now, but it
// stopped Block C this morning.") are not read as a fix and keep their rank.
// A reply that states the cause first and then the step after a
// semicolon keeps its rank ("Our SMS provider had blocked our sender name
// after its registration lapsed; that's sorted now and I've re-sent …",
// styles46 15), as does one that says why ("…, so it applied to every order
// instead of only age-restricted ones", styles126 07).
func stepWithCause(q *Quote) bool {
	if !q.Public || !strings.Contains(q.Match, "fix") {
		return false
	}
	acts, err := reader.ParseActs(q.Match)
	if err != nil || acts&reader.Fix == 0 {
		return false
	}
	t := q.Text
	if strings.Contains(t, " so ") || strings.Contains(t, " because ") {
		return false
	}
	if head, _, ok := strings.Cut(t, "; "); ok && !staffFirst(head) {
		return false // the cause in a clause of its own, the step after it
	}
	return true
}

// staffSubjects open a clause whose subject is staff: "I've re-sent …", "we
// have restarted …".
var staffSubjects = []string{"i ", "i've ", "i have ", "i'd ", "we ", "we've ", "we have ", "i'm ", "we're "}

// staffFirst reports whether clause opens with staff as its subject.
func staffFirst(clause string) bool {
	l := strings.ToLower(strings.TrimLeft(clause, " ("))
	for _, p := range staffSubjects {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}
