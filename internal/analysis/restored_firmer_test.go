package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFirmerRestoration: where the first sentence taken as the restoration is
// a step, a cause read through a result word or a cry of a few words, a later
// sentence of the same message that states the service at work is quoted;
// a plan, a contrast, a fault or a "should" to come is not (a step read
// through a result word that states a state is, since round 127),
// and the first stands. The messages are the tuning sets' (styles39 12,
// styles13 05, styles50 13, styles57 11) and written for the test.
func TestFirmerRestoration(t *testing.T) {
	const (
		step  = reader.Fix | reader.Restored
		state = reader.Restored
	)
	type sent struct {
		text string
		acts reader.Act
	}
	cases := []struct {
		role  ticket.Role
		sents []sent
		want  int
	}{
		{ticket.RoleAgent, []sent{{"Regenerated INV-26-04117, line 14 now |AS|.", step}, {"Ran it through CorvaneLink's test validator: passes.", state}}, 1},
		{ticket.RoleCustomer, []sent{{"It works!", state}, {"Dr. Sousa has the agenda in his phone now.", state}}, 1},
		{ticket.RoleAgent, []sent{{"That is the nightly sync - their feed now lists the old SKUs as discontinued.", reader.Cause | reader.Fix | reader.Restored}, {"Door back to full automatic both ways.", state}}, 1},
		// near misses: the first stands
		{ticket.RoleAgent, []sent{{"The new fan is in and the projector is running normally.", state}, {"Temperature normal after 45 minutes.", state}}, 0},
		{ticket.RoleAgent, []sent{{"Lowenna and Mia are set up: accounts created.", step}, {"Jacob's account is created, but I couldn't give him a desktop licence.", state}}, 0},
		{ticket.RoleAgent, []sent{{"It's been cleared and restarted and the queue is coming down.", step}, {"Your uploads should all have previews within half an hour.", state}}, 0},
		{ticket.RoleAgent, []sent{{"I've re-run the sync.", step}, {"I'll keep this open until tonight's run has gone through.", state}}, 0},
		{ticket.RoleAgent, []sent{{"Added the page to the playlist.", step}, {"Test bets accepted on the test meeting.", reader.Fix | reader.Restored}}, 1},
		{ticket.RoleAgent, []sent{{"Restored gpio_map.xml onto all three clients.", step}, {"Fader open in S1 lights mic live and door light now.", step}}, 1},
		{ticket.RoleAgent, []sent{{"Repointed opt 2 to the support queue.", step}, {"Other 11 terminals settled fine.", state}}, 0},
		{ticket.RoleAgent, []sent{{"Unlocked the account.", step}, {"I'll re-run the export tonight.", step}}, 0},
		{ticket.RoleCustomer, []sent{{"yes!!", state}, {"AGAIN.", state}}, 0},
		// Round 185: a state told before a step of the same message gives way to
		// a firm state after the step (styles59 04, styles6 20); a state still
		// to come, or a wish, is not firm (styles57 15, 91 02, 66 11).
		{ticket.RoleAgent, []sent{{"On site, ribbon fine.", state}, {"Rolled back to ZDesigner 8.6.", reader.Fix}, {"Printed 10 tags, all scan fine on the stores scanner.", state}}, 2},
		{ticket.RoleCustomer, []sent{{"Ah ok, it was my colleague testing.", state}, {"I changed both back to continuous.", reader.Fix}, {"Now the values are coming, 2.1 and 2.4 mm/s.", state}}, 2},
		{ticket.RoleAgent, []sent{{"Now that the desk has joined session 1 everything is talking.", state}, {"I've put the rack back.", reader.Fix}, {"Have a great show tonight.", state}}, 0},
		{ticket.RoleAgent, []sent{{"The 28 stuck runs are moving now.", step}, {"They're corrected now and the runs restarted at 08:38, so they should all be done by 15:00 today.", step}}, 0},
		{ticket.RoleAgent, []sent{{"Tomi's account is created now.", step}, {"All six can log in to the app from Monday.", state}}, 0},
	}
	for _, c := range cases {
		m := reader.Message{Event: 1}
		for _, s := range c.sents {
			m.Sentences = append(m.Sentences, reader.Sentence{Acts: s.acts, Span: reader.Span{Text: s.text}})
		}
		rd := &reader.Reading{Opening: 0, Messages: []reader.Message{{Event: 0}, m}}
		e := &ticket.Event{Role: c.role, Public: true}
		if got := firmerRestoration(e, &rd.Messages[1], 0, 1, rd, true); got != c.want {
			t.Errorf("firmerRestoration(%q) = %d, want %d", c.sents[0].text, got, c.want)
		}
	}
}
