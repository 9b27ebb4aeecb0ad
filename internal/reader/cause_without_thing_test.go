package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseWithoutThing: after a cause read earlier in the ticket, staff's
// "Without <thing>, <what its lack does>" carries the cause on (round 137);
// a clean run, a request, the writer's own limit or plan is refused, and
// nothing is read with no cause before.
func TestCauseWithoutThing(t *testing.T) {
	rule := func(_ string, ts []string) bool { return causeWithoutThing(ts) }
	checkRuleItself(t, "without it, after a cause", rule, []wordingCase{
		{text: "Without that piece, Ledgerly closes itself straight after starting."},
		{text: "Without it, Gmail and Outlook refuse the emails outright."},
		{text: "Without new readings, the automatic top-up never saw your tank getting\nlow."},
	}, []wordingCase{
		{text: "Without any issues since the restart."},
		{text: "Without more detail we can't tell which printer it is."},
		{text: "Without the logs I'm not sure what happened."},
		{text: "Without delay, the order went out."},
		{text: "Without restarting, please open the app again and try."},
		{text: "Without you doing anything, it will update tonight."},
		{text: "The job ran without the key file."},
	})
	staff := Context{Role: ticket.RoleAgent, Public: true}
	after := staff
	after.CauseBefore = true
	for _, c := range []struct {
		text string
		c    Context
		want bool
	}{
		{"Without it, Gmail and Outlook refuse the emails outright.", after, true},
		{"Without it, Gmail and Outlook refuse the emails outright.", staff, false},
		{"Without it, Gmail and Outlook refuse the emails outright.", Context{Role: ticket.RoleCustomer, Public: true, CauseBefore: true}, false},
		{"Without it, do Gmail and Outlook refuse the emails?", after, false},
	} {
		ts := tokens(c.text, nil)
		a, _ := carryCause(Classify(c.text, c.c), 0, c.c, c.text, ts)
		if got := a&Cause != 0; got != c.want {
			t.Errorf("%q (%+v): cause %v, want %v", c.text, c.c, got, c.want)
		}
	}
}
