package analysis_test

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestStaffRanChange: where staff opened a change or a request, ran it and no
// customer wrote, the fault staff note after the work is the later problem
// (styles101 05, styles110 03, styles49 05 in other words). Near misses: a
// customer wrote in the ticket (styles79 08, where staff's "Sorry - that's
// down to our update." answers them), staff's opening states a fault
// already, no work was done before the note, and a decision told in short
// ("Not waiting for that.", styles105 09).
func TestStaffRanChange(t *testing.T) {
	const (
		plan  = "Standard click-tracking template with UTM parameters on every active placement, Tuesday 07:00."
		done  = "Template applied to 1,184 placements across 31 advertisers, 07:12."
		fault = "Castlereagh Opticians on the phone: all their ads land on \"Page not found\" since this morning, three customers rang to say the link is broken."
	)
	for _, c := range []struct {
		name, typ string
		msgs      []msg
		want      string
	}{
		{"change, staff's plan, the work, the fault noted", ticket.TypeChange, []msg{note(plan), note(done), note(fault)}, fault},
		{"request, staff's public ask, the work, the fault noted", ticket.TypeServiceRequest, []msg{
			staff("Guest Care would like arrival emails (directions, key safe code, wifi) to go out 7 days before arrival instead of 3. Can Booking Systems change the schedule from the start of April please?"),
			note("Send offset changed from -3 to -7 days. Preview run lists 318 arrival emails for 2-8 April."),
			staff("Dan, we've had four calls today from guests arriving this week who never got an arrival email at all. All four booked in the last week. Is this the change?")},
			"Dan, we've had four calls today from guests arriving this week who never got an arrival email at all."},
		// near misses
		{"a customer wrote in the ticket", ticket.TypeChange, []msg{note(plan), customer("Tuesday night is fine for us."), note(done), staff("Sorry - that's down to our update.")}, ""},
		{"staff's opening states the fault", ticket.TypeChange, []msg{note("Booking site down for all users since 09:00, failing over to the new load balancer."), note(done), note(fault)}, ""},
		{"no work before the note", ticket.TypeChange, []msg{note(plan), note(fault)}, ""},
		{"a decision told in short", ticket.TypeChange, []msg{note(plan), note(done), note("Not waiting for that.")}, ""},
	} {
		if got := laterProblemText(invented(t, c.typ, c.msgs...)); got != c.want {
			t.Errorf("%s: later problem %q, want %q", c.name, got, c.want)
		}
	}
}
