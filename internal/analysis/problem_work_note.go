package analysis

import (
	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// workNoteProblem sets f.LaterProblem, where none was read, in a service
// request or a change: there staff's internal note of the requested work done
// ("Release 7.14 deployed to ConsulBook production", "v5.3 library deployed
// to AOI-1, AOI-2 and AOI-3") is the remedy the customer answers, though they
// were not told of it, since they see the work itself ("Since this morning
// people cannot book emergency travel document appointments", styles104;
// "AOI on line 2 is stopping every board since 6 this morning", styles107).
// In an incident a note may record a check that passed, so laterProblem
// counts only what the customer was told; here it runs once f.Type is known.
func (f *Facts) workNoteProblem(t *ticket.Ticket, rd *reader.Reading) {
	if f.LaterProblem != nil || f.Type != ticket.TypeServiceRequest && f.Type != ticket.TypeChange {
		return
	}
	f.laterProblemAfter(t, rd, true)
}
