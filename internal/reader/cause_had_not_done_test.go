package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseHadNotDone: after a cause read earlier in the ticket, staff's
// step not taken before ("... CaseLink hadn't caught up.") carries the cause
// on (round 137); a state not reached ("had not been paid"), a condition, a
// wish, "hadn't yet" and a fix are refused.
func TestCauseHadNotDone(t *testing.T) {
	rule := func(_ string, ts []string) bool { return causeHadNotDone(ts) }
	checkRuleItself(t, "had not done, after a cause", rule, []wordingCase{
		{text: "The courier changed how their booking system works and CaseLink hadn't\ncaught up."},
		{text: "When I saved the new price, ClubRoll also re-priced every booking that already existed, because I hadn't ticked the option to apply it to new bookings only."},
		{text: "Your ticket should have been updated to match, which we had not done."},
		{text: "The supplier had never sent us the new codes."},
	}, []wordingCase{
		{text: "We have looked into it and you are right: your ticket had not been paid to you."},
		{text: "If we hadn't caught it, the run would have failed."},
		{text: "I wish we had not changed it."},
		{text: "The other branches hadn't yet taken the update."},
		{text: "The update had finished by 9."},
	})
	after := Context{Role: ticket.RoleAgent, Public: true, CauseBefore: true}
	for _, c := range []struct {
		text string
		c    Context
		want bool
	}{
		{"The courier changed how their booking system works and CaseLink hadn't caught up.", after, true},
		{"The courier changed how their booking system works and CaseLink hadn't caught up.", Context{Role: ticket.RoleAgent, Public: true}, false},
		{"Window 2 hadn't been used yet, so I've re-paired that one from here too.", after, false},
	} {
		ts := tokens(c.text, nil)
		a, _ := carryCause(Classify(c.text, c.c), 0, c.c, c.text, ts)
		if got := a&Cause != 0; got != c.want {
			t.Errorf("%q (%+v): cause %v, want %v", c.text, c.c, got, c.want)
		}
	}
}
