package reader

import "strings"

// A subject that asks why, as a question ("Why DBS expired?", "Why were we
// charged a late cancellation fee?"), asks to know the reason for what it
// names, even where what it names is a fault word ("expired", "charged"):
// the writer frames the ticket as an ask to know, as subjectAsks does for a
// question naming no fault. Round 131: the 7 tuning subjects (styles to
// styles98) so put are questions, in 7 sets (styles2 27, styles7 09,
// styles18 16, styles80 09, styles81 08, styles88 03, styles90 13); 1 was
// read as an incident (styles90 13, "Why DBS expired?", whose fault word voted the
// subject a fault). Only in InferTicketType: Read's Context.AskedToKnow
// keeps the subject's own votes. A "why" later in the subject, or one
// without the question mark ("Why is the portal down" would be the same
// shape, but none is labelled), is left to the votes.

// whyAsks reports whether subject opens with "why" and ends with a question
// mark.
func whyAsks(subject string, buf []string) bool {
	s := strings.TrimSpace(subject)
	if !strings.HasSuffix(s, "?") {
		return false
	}
	ts := tokens(s, buf)
	return len(ts) > 1 && ts[0] == "why"
}
