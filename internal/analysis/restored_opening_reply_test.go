package analysis

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOpeningPassed: in a ticket staff opened, the customer's first message
// after staff's step is a reply, and its restoration is quoted ("Reconnected,
// and all nine are in Xero now", styles98 09; "Heating's on and the kids are
// warm again.", styles114 10); with no step before it, or where the
// customer opened the ticket, their first message is the opening and is
// passed over as before.
func TestOpeningPassed(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 12, 1, h, 0, 0, 0, time.UTC) }
	reply := "Reconnected, and all nine are in Xero now - Ruth's checked them against her list."
	for _, c := range []struct {
		name        string
		firstRole   ticket.Role
		first       string
		firstActs   reader.Act
		second      string
		secondActs  reader.Act
		customer    string // the customer's first public message, read as a restoration
		wantQuoted  bool
		openingLast bool // the customer's message is the reading's opening
	}{
		{"staff's call note, staff's step, the customer's reply", ticket.RoleAgent,
			"Call from Jess: nine invoices stuck, not reaching Xero.", reader.Problem,
			"I've renewed the Xero connection on our side, please reconnect from Settings.", reader.Fix,
			reply, true, true},
		// near misses
		{"staff's call note, no step, the customer's reply", ticket.RoleAgent,
			"Call from Jess: nine invoices stuck, not reaching Xero.", reader.Problem,
			"Can you tell me when the invoices were raised?", reader.Question,
			reply, false, true},
		{"the customer opened the ticket", ticket.RoleCustomer,
			"Nine invoices are stuck and not reaching Xero, though it was fine again this morning.", reader.Problem | reader.Restored,
			"I've renewed the Xero connection on our side, please reconnect from Settings.", reader.Fix,
			"", false, false},
	} {
		tk := &ticket.Ticket{ID: "T1", Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: c.firstRole, Public: c.firstRole == ticket.RoleCustomer, At: at(9), Body: c.first},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, At: at(10), Body: c.second},
		}}
		rd := &reader.Reading{Opening: -1, Messages: []reader.Message{
			{Event: 0, Sentences: []reader.Sentence{{Acts: c.firstActs, Span: reader.Span{Text: c.first}}}},
			{Event: 1, Sentences: []reader.Sentence{{Acts: c.secondActs, Span: reader.Span{Text: c.second}}}},
		}}
		if c.firstRole == ticket.RoleCustomer {
			rd.Opening = 0
		}
		if c.customer != "" {
			tk.Events = append(tk.Events, ticket.Event{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, At: at(11), Body: c.customer})
			rd.Messages = append(rd.Messages, reader.Message{Event: 2, Sentences: []reader.Sentence{{Acts: reader.Restored, Span: reader.Span{Text: c.customer}}}})
			if c.openingLast {
				rd.Opening = 2
			}
		}
		var f Facts
		f.read(tk, rd, &sla.Stats{})
		if got := f.Restored != nil; got != c.wantQuoted {
			t.Errorf("%s: restored = %+v, want quoted %v", c.name, f.Restored, c.wantQuoted)
		}
		if c.wantQuoted && f.Restored != nil && (f.Restored.Text != c.customer || !f.Impact.End.Equal(at(11))) {
			t.Errorf("%s: restored %q at %v, want the customer's reply at 11:00", c.name, f.Restored.Text, f.Impact.End)
		}
	}
}
