package analysis

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestNoteOvertaken: staff's check before any step ("Inlet filter clean.",
// styles64 06; "Insulation-tested the e-stop chain, all good.", styles115
// 14) is quoted as the restoration where nothing else is, unless a step was
// read after it; a restoration after the step is quoted as before, and a note
// with no step after it stands ("Spot-checked TRG-004 on the CCTV feed - live
// departures showing.", styles33 06).
func TestNoteOvertaken(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 12, 1, h, 0, 0, 0, time.UTC) }
	note := &Quote{At: at(10), Text: "Inlet filter clean."}
	for _, c := range []struct {
		fixes []Quote
		want  bool
	}{
		{[]Quote{{At: at(11), Text: "Replaced the split diaphragm in the sample pump."}}, true},
		{[]Quote{{At: at(10), Text: "Swapped the sample pump in the same visit."}}, true},
		{nil, false},
	} {
		if got := noteOvertaken(note, c.fixes); got != c.want {
			t.Errorf("noteOvertaken(%q, %v) = %v, want %v", note.Text, c.fixes, got, c.want)
		}
	}

	for _, c := range []struct {
		name, check, step, confirm, want string
	}{
		{"a check, then a step, nothing after", "Inlet filter clean.", "Replaced the split diaphragm in the sample pump.", "", ""},
		{"a check, then a step, then the service back", "Inlet filter clean.", "Replaced the split diaphragm in the sample pump.",
			"Data capture back above 75% now, thanks.", "Data capture back above 75% now, thanks."},
		// near miss: no step after the check
		{"a check, no step", "Spot-checked TRG-004 on the CCTV feed - live departures showing.", "", "",
			"Spot-checked TRG-004 on the CCTV feed - live departures showing."},
	} {
		tk := &ticket.Ticket{ID: "T1", Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, At: at(9), Body: "NO2 data capture at RM4 fell below 75%."},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: false, At: at(10), Body: c.check},
		}}
		rd := &reader.Reading{Opening: 0, Messages: []reader.Message{
			{Event: 0, Sentences: []reader.Sentence{{Acts: reader.Problem, Span: reader.Span{Text: tk.Events[0].Body}}}},
			{Event: 1, Sentences: []reader.Sentence{{Acts: reader.Restored, Span: reader.Span{Text: c.check}}}},
		}}
		if c.step != "" {
			tk.Events = append(tk.Events, ticket.Event{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: false, At: at(11), Body: c.step})
			rd.Messages = append(rd.Messages, reader.Message{Event: 2, Sentences: []reader.Sentence{{Acts: reader.Fix, Span: reader.Span{Text: c.step}}}})
		}
		if c.confirm != "" {
			tk.Events = append(tk.Events, ticket.Event{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, At: at(12), Body: c.confirm})
			rd.Messages = append(rd.Messages, reader.Message{Event: len(tk.Events) - 1, Sentences: []reader.Sentence{{Acts: reader.Restored, Span: reader.Span{Text: c.confirm}}}})
		}
		var f Facts
		f.read(tk, rd, &sla.Stats{})
		got := ""
		if f.Restored != nil {
			got = f.Restored.Text
		}
		if got != c.want || f.Impact.Restored != (c.want != "") {
			t.Errorf("%s: restored %q (impact restored %v), want %q", c.name, got, f.Impact.Restored, c.want)
		}
	}
}
