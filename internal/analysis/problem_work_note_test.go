package analysis_test

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestWorkNoteProblem: in a request or a change, staff's internal note of the
// work done is the remedy the customer's next fault answers (styles104 12,
// styles84 13, styles71 05 in other words); in an incident an internal note
// does not count, and a customer's reply with no fault stated stays no later
// problem.
func TestWorkNoteProblem(t *testing.T) {
	const fault = "Since this morning people cannot book appointments on the portal."
	for _, c := range []struct {
		name, typ string
		msgs      []msg
		want      string
	}{
		{"change, note of the work, then the fault", ticket.TypeChange, []msg{
			customer("Change request: add a passport number field to the booking form."),
			note("Release 7.14 deployed to production: passport number field added."),
			customer(fault)}, fault},
		{"request, note of the work, then the fault", ticket.TypeServiceRequest, []msg{
			customer("Please switch the evening calls to the duty desk from 1 March."),
			note("Diverted the evening calls to the duty desk."),
			customer("Since this morning every call is going to the duty desk, my handset isn't ringing at all.")},
			"Since this morning every call is going to the duty desk, my handset isn't ringing at all."},
		// near misses
		{"incident, internal note only", ticket.TypeIncident, []msg{
			customer("The booking portal is slow today."),
			note("Restarted the app pool."),
			customer(fault)}, ""},
		{"change, no note of the work", ticket.TypeChange, []msg{
			customer("Change request: add a passport number field to the booking form."),
			note("Approved at CAB."),
			customer(fault)}, ""},
		{"change, the reply states no fault", ticket.TypeChange, []msg{
			customer("Change request: add a passport number field to the booking form."),
			note("Release 7.14 deployed to production: passport number field added."),
			customer("Thanks, looks good from here.")}, ""},
	} {
		if got := laterProblemText(invented(t, c.typ, c.msgs...)); got != c.want {
			t.Errorf("%s: later problem %q, want %q", c.name, got, c.want)
		}
	}
}
