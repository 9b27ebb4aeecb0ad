package analysis

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestStepWaits: staff's step read as a restoration too waits for a later
// restoration; a step told with its result checked, a sentence read as a
// restoration alone, or the customer's words do not. The texts are the
// tuning sets' (styles2 12, 3 24, 9 14, 93 03, 105 03; near misses the
// goldens' G205-344 and G207-005, styles86 14, 2 12, 16 08).
func TestStepWaits(t *testing.T) {
	fr := reader.Fix | reader.Restored
	cases := []struct {
		role ticket.Role
		acts reader.Act
		text string
		want bool
	}{
		{ticket.RoleAgent, fr, "I've added the 1200 gems to your account manually, plus 100 bonus gems for the trouble.", true},
		{ticket.RoleAgent, fr, "I've created network and email accounts for Kayla, Ben and Tariq and added them to the East Meter Crew group, which gives them FieldPro access.", true},
		{ticket.RoleAgent, fr, "The suspension has been lifted.", true},
		{ticket.RoleAgent, fr, "I've set up Ravi's HydroNet account with read and station-visit rights and added him to OutstationConfig (field profile).", true},
		{ticket.RoleAgent, fr | reader.Investigation, "I have set up Nadia and Lewis as bookers and Priti as an approver on the Housing Options account, under cost centre HO-2210.", true},
		// near misses: the result checked, no step, the customer's
		{ticket.RoleAgent, fr, "We rolled back to the vendor driver and a test invoice printed.", false},
		{ticket.RoleAgent, fr, "The corrected template passed the bank's validator and your payroll file has been accepted.", false},
		{ticket.RoleAgent, fr, "Removed the bad mapping rule; test order for x180 now sends the right SKU.", false},
		{ticket.RoleAgent, reader.Restored, "They're all in the account now.", false},
		{ticket.RoleCustomer, fr, "updated, works.", false},
	}
	for _, c := range cases {
		sn := reader.Sentence{Acts: c.acts, Span: reader.Span{Text: c.text}}
		if got := stepWaits(c.role == ticket.RoleAgent, sn, Quote{Text: c.text, Match: c.acts.String()}); got != c.want {
			t.Errorf("stepWaits(%s, %q) = %v, want %v", c.role, c.text, got, c.want)
		}
	}
}

// TestRestoredStepWaits: in Facts.read, staff's step read as a restoration
// gives way to a restoration in a later message (the customer's "They're
// there now"), not to one of its own message, and is quoted where none
// follows; the impact ends with the quote.
func TestRestoredStepWaits(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 12, 1, h, m, 0, 0, time.UTC) }
	step := "I've added the 1200 gems to your account manually."
	for _, c := range []struct {
		same, later, want string
		end               time.Time
	}{
		{"", "They're there now, thank you so much!", "They're there now, thank you so much!", at(9, 30)},
		{"They should show within the hour.", "", step, at(9, 10)},
	} {
		tk := &ticket.Ticket{ID: "T1", Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, At: at(9, 0), Body: "My gems never arrived."},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, At: at(9, 10), Body: step + " " + c.same},
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, At: at(9, 30), Body: c.later},
		}}
		staff := []reader.Sentence{{Acts: reader.Fix | reader.Restored, Span: reader.Span{Text: step}}}
		if c.same != "" {
			staff = append(staff, reader.Sentence{Acts: reader.Restored, Span: reader.Span{Text: c.same}})
		}
		rd := &reader.Reading{Opening: 0, Messages: []reader.Message{
			{Event: 0, Sentences: []reader.Sentence{{Acts: reader.Problem, Span: reader.Span{Text: tk.Events[0].Body}}}},
			{Event: 1, Sentences: staff},
		}}
		if c.later != "" {
			rd.Messages = append(rd.Messages, reader.Message{Event: 2, Sentences: []reader.Sentence{{Acts: reader.Restored, Span: reader.Span{Text: c.later}}}})
		}
		var f Facts
		f.read(tk, rd, &sla.Stats{})
		if f.Restored == nil || f.Restored.Text != c.want || !f.Impact.End.Equal(c.end) {
			t.Errorf("later %q: restored = %+v, end %v, want %q at %v", c.later, f.Restored, f.Impact.End, c.want, c.end)
		}
	}
}
