package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// changeReason reports whether f.Problem, in a change, is the value of the
// opening form's reason field ("Reason: SMS cost and guests abroad not
// receiving texts."): why the change is wanted, a fault it is to cure, not
// one the work met. A fault staff note after the work is then the ticket's
// later problem, as where the opening states none: "Galway reception
// reports four guests this evening who never got a code, ..." (styles118
// 03). The labellers of changes opened with a reason that states a fault
// mark the fault met after the work, where one was (styles15 17, 25 03, 64
// 17, 72 05, 84 13, 87 05, 93 05: the customer's, which laterProblem takes);
// workProblem stopped at the reason's fault words.
func (f *Facts) changeReason(t *ticket.Ticket, rd *reader.Reading) bool {
	p := f.Problem
	if f.Type != ticket.TypeChange || p == nil || rd.Opening < 0 || rd.Opening >= len(rd.Messages) {
		return false
	}
	m := &rd.Messages[rd.Opening]
	if EventID(m.Event) != p.Event {
		return false
	}
	for _, sn := range m.Sentences {
		label, value, ok := field(strings.TrimSpace(sn.Text))
		if ok && reasonFields[strings.TrimRight(lower(label), "?")] && strings.HasPrefix(strings.TrimSpace(value), strings.TrimSuffix(p.Text, " …")) {
			return true
		}
	}
	return false
}
