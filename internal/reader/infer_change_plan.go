package reader

import "strings"

// Staff who lay out the ticket's work under the fields of a change record
// ("Plan: set up the centre and its hours on Friday but keep it hidden,
// ...", "Plan: new body CSP, members from list; move meetings ...",
// "Rollback: re-apply STD-LED. Risk low.", "Back-out: ...") plan a change of
// how the service works, with the way back should it fail: the ticket is a
// change, as one staff close as a change is (changeClosed). A plan named
// with a word before it is no such field ("query plan: full scan on
// pledge_events", an incident's finding; "test plan: ..."), so the field
// must open a line of the sentence; and a field with nothing after it on
// its line heads a script ("fix:" ... "rollback:" over SQL, a Mendeley
// incident's fix, fresh 1004440), so it must say something.
//
// Round 260: of the tuning tickets (styles..styles134) whose staff write
// such a field, in 31 sets, all are labelled changes; 4 more are read so
// (styles33 10, styles53 08 and styles91 13 were read as service requests,
// styles115 18 as a question: four writers), and none labelled otherwise
// has one. styles102 15 keeps its misreading: its plan is in staff's note
// that opened the ticket, read as the opening, not as staff's reply.

// changePlanFields open a line of a change record's plan.
var changePlanFields = []string{"plan:", "rollback:", "back-out:", "backout:"}

// changePlanned reports whether a line of the staff sentence text opens with
// a field of a change record's plan (changePlanFields).
func changePlanned(text string) bool {
	for line := range strings.Lines(text) {
		line = strings.TrimLeft(line, " \t")
		for _, f := range changePlanFields {
			if hasPrefixFold(line, f) && strings.TrimSpace(line[len(f):]) != "" {
				return true
			}
		}
	}
	return false
}
