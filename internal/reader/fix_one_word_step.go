package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 145: a step reported in one word, the participle alone as the
// sentence ("Restarted.", "Added.", "Unlocked."). Classify's main test wants
// three words, and the passive note (fix_passive_note.go) a thing before its
// participle, so the writers' tersest note of a step went unread. Rows the
// writers label fix and the rules missed:
//
//   - "Activated." (styles19, staff, after "Price change scheduled ...");
//   - "Restarted." (styles37, staff, after "I'm going to restart it
//     remotely");
//   - "Added." (styles67, staff, after the cause "nobody added him");
//   - "Unlocked." (styles77, staff).
//
// The word must be a remedy's participle (doneSteps, fix_done.go, with
// "activated" and "reactivated"); refused: "Done." (labelled fix and not
// alike, and read by the customer's reply rule where it is one), "Sent." and
// the other participles of a message ("Sent." is a reply sent in styles79
// and styles59), a step of the investigation or a visit ("Connected.",
// "Visited.", "Confirmed.", "Checked."), a bare state ("Closed.",
// "Reopened.", "Approved.", "Booked."), a question, an automatic notice, and
// the customer's word: "Updated." (styles31, after staff's "If you update the
// app ...") is labelled fix, but reading it made the customer's next sentence
// ("Thanks Marcus - and nice that you refunded everyone.") a false
// restoration, so the form is staff's only. Over every tuning sentence it
// reads one row labelled otherwise: "Enabled." (styles12, staff enabling a
// vendor's diagnostic statistics). The word must open the sentence with a
// capital: on the Mendeley splits a list item's tail ("– deleted", dev,
// twice) and the end of a sentence wrapped onto its own line ("uploaded.",
// fresh) are one word too, labelled nothing.

// oneWordStepWord reports a participle a one-word note of a step may be: the
// remedies of doneSteps less those of a message, with "activated".
func oneWordStepWord(w string) bool {
	switch w {
	case "sent", "resent", "re-sent", "submitted", "resubmitted", "re-submitted", "ordered", "made", "put", "set",
		"ran", "turned", "rolled", "opened", "given", "registered", "subscribed":
		return false // a message, or a verb that needs its object or particle to tell a step
	case "activated", "reactivated", "re-activated":
		return true
	}
	return doneSteps.has(w)
}

// oneWordStep reports a step reported in one word (see above) by an agent.
func oneWordStep(text string, sc *scan, c Context) bool {
	ts := sc.ts
	if len(ts) != 1 || c.Opening || c.Role != ticket.RoleAgent || endsQuestion(text) {
		return false
	}
	if t := strings.TrimSpace(text); t == "" || t[0] < 'A' || t[0] > 'Z' {
		return false // "– deleted", "uploaded.": a list item's tail or a wrapped sentence's end (Mendeley dev, fresh)
	}
	return oneWordStepWord(ts[0])
}
