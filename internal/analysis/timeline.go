package analysis

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/timefmt"
)

// maxTimeline is the most rows a timeline keeps; beyond it routine updates are
// folded into one "further updates" row so the table stays readable.
const maxTimeline = 40

func timeline(t *ticket.Ticket, st *sla.Stats, f *Facts, rd *reading) []Entry {
	out := make([]Entry, 0, len(t.Events)+2)
	first := ""
	if len(t.Events) > 0 {
		first = EventID(0)
	}
	open := openingMessage(t)
	out = append(out, Entry{At: t.CreatedAt, Kind: EntryCreated, Summary: createdSummary(t, rd, open), Event: first})
	pause := st.Policy.Pauses
	chaseAt := map[int64]bool{}
	for _, c := range f.Chases {
		chaseAt[c.Quote.At.UnixNano()] = true
	}
	causeAt, fixAt := map[int64]bool{}, map[int64]bool{}
	for _, q := range f.Causes {
		causeAt[q.At.UnixNano()] = true
	}
	for _, q := range f.Fixes {
		fixAt[q.At.UnixNano()] = true
	}
	firstResponse := st.FirstResponse.At
	for i := range t.Events {
		e := &t.Events[i]
		if t.Closed() && e.At.After(t.ClosedAt) {
			break
		}
		switch e.Kind {
		case ticket.KindState:
			what := "State changed to " + e.State
			if pause(e.State) {
				what += " (SLA clocks paused)"
			}
			out = append(out, Entry{At: e.At, Kind: EntryState, Summary: what, Event: EventID(i)})
			continue
		case ticket.KindPriority:
			out = append(out, Entry{At: e.At, Kind: EntryPriority, Summary: "Priority set to " + e.Priority, Event: EventID(i)})
			continue
		}
		switch {
		case e.Role == ticket.RoleSystem:
			continue
		case e.IsPublicCustomerMessage():
			if i == open {
				continue // the creation row already quotes it
			}
			kind, label := EntryCustomer, "Customer wrote"
			if chaseAt[e.At.UnixNano()] {
				kind, label = EntryChase, "Customer asked for an update"
			}
			out = append(out, Entry{At: e.At, Kind: kind, Summary: labelled(label, rd.firstSentence(i, e.Body)), Event: EventID(i)})
		case e.IsPublicAgentMessage():
			kind, label, text := EntryUpdate, "Update to the customer", keySentence(i, e, f, rd)
			switch {
			case !firstResponse.IsZero() && e.At.Before(firstResponse), firstResponse.IsZero():
				kind, label = EntryUpdate, "Automatic message (not a response)"
				if e.At.Equal(t.CreatedAt) && staffOpening(rd, i) {
					// A person wrote it (staff's note of the call that opened
					// the ticket: "Call from Joana (LIS airport, desk 3)"),
					// though it is not counted as the response: every one of
					// the 16 rows of the styles sets labelled an automatic
					// message was such a note.
					label = "Staff note opening the ticket (not counted as a response)"
				}
			case e.At.Equal(firstResponse):
				kind, label = EntryFirstResponse, "First response"
			case f.Restored != nil && e.At.Equal(f.Restored.At):
				kind, label, text = EntryRestored, "Service reported restored", f.Restored.Text
			case causeAt[e.At.UnixNano()]:
				kind, label = EntryFinding, "Cause explained to the customer"
			case fixAt[e.At.UnixNano()]:
				kind, label = EntryFinding, "Remedial step reported"
			}
			out = append(out, Entry{At: e.At, Kind: kind, Summary: labelled(label, text), Event: EventID(i)})
		case e.Role == ticket.RoleAgent && !e.Public:
			if text := keySentence(i, e, f, rd); text != "" {
				out = append(out, Entry{At: e.At, Kind: EntryInternal, Summary: labelled("Internal note", text), Event: EventID(i)})
			}
		}
	}
	if t.Closed() {
		what := "Ticket closed"
		if t.CloseReason != "" {
			what += " (" + t.CloseReason + ")"
		}
		if f.AutoClosed {
			what += ", automatically"
		}
		out = append(out, Entry{At: t.ClosedAt, Kind: EntryClosed, Summary: what})
	}
	return condense(out)
}

// staffOpening reports whether the staff message at event i, at the
// creation instant, is the ticket's opening text, which the reader counts as
// automatic only for its timing, not for its words.
func staffOpening(rd *reading, i int) bool {
	m := rd.message(i)
	return m == nil || !m.Automatic || m.Why == "timing"
}

// labelled is label + ": " + quote(s), built at once.
func labelled(label, s string) string {
	return label + ": \u201c" + strings.TrimSuffix(strings.TrimSpace(s), ".") + "\u201d"
}

// openingMessage returns the index of the customer's message that opened
// the ticket, -1 for none: the first public customer message, when no staff
// message came before it. A ticket staff opened from a call or an alert has
// none: its first customer message is a later one ("All 312 scanned and the
// list sent to the mart no bother", "Thanks Neil", "It's done it again"),
// which the creation row quoted as if the ticket had been opened with it.
func openingMessage(t *ticket.Ticket) int {
	for i := range t.Events {
		e := &t.Events[i]
		if e.Kind != ticket.KindMessage {
			continue
		}
		if e.IsPublicCustomerMessage() {
			return i
		}
		switch {
		case e.At.Equal(t.CreatedAt) && customerAt(t, t.CreatedAt):
			// the customer's message came at the same instant
		case e.Role == ticket.RoleSystem && customerWithinQueue(t):
			// a chat's queue notice just before the customer's first words
		default:
			return -1 // staff or an alert wrote first
		}
	}
	return -1
}

// chatQueue is how soon after a system's notice at the creation the
// customer's first message still opens the ticket ("Chat started. You are
// number 2 in the queue.", then the customer's words 17 seconds later).
const chatQueue = 2 * time.Minute

// customerAt reports whether a public customer message came at instant at.
func customerAt(t *ticket.Ticket, at time.Time) bool {
	for i := range t.Events {
		e := &t.Events[i]
		if e.IsPublicCustomerMessage() && e.At.Equal(at) {
			return true
		}
	}
	return false
}

// customerWithinQueue reports whether the customer's first public message
// came within chatQueue of the creation.
func customerWithinQueue(t *ticket.Ticket) bool {
	for i := range t.Events {
		e := &t.Events[i]
		if e.IsPublicCustomerMessage() {
			return e.At.Sub(t.CreatedAt) <= chatQueue
		}
	}
	return false
}

func createdSummary(t *ticket.Ticket, rd *reading, open int) string {
	var b strings.Builder
	b.WriteString("Ticket opened")
	if t.Customer.Name != "" {
		b.WriteString(" by ")
		b.WriteString(t.Customer.Name)
	}
	if t.Priority != "" {
		fmt.Fprintf(&b, " (%s)", t.Priority)
	}
	if open >= 0 {
		b.WriteString(": ")
		b.WriteString(quote(openingQuote(rd, open, t.Events[open].Body)))
	}
	return b.String()
}

// openingQuote is what the creation row quotes of the opening message: its
// first sentence, or, where that is a form's field that does not describe the
// problem, the value of the form's first field that does ("Description: ...",
// "Reason: ...", "Message: ..."), of three words or more. The creation row
// quoted a form's first field as what the ticket was opened with in 129
// technical reviews of 50 sets: styles53 "Site: Warehouse (Unit 4, Marsh
// Lane)" and "Form: Entry transfer", styles55 "Category: Configuration / bulk
// data load", styles57 "Category: Folio CDE > Transmittals", styles12
// "Request type: ...", "Player ID: ...", "Name: ...".
func openingQuote(rd *reading, i int, body string) string {
	first := rd.firstSentence(i, body)
	label, _, ok := field(first)
	if !ok || describeFields[lower(label)] {
		return first
	}
	ss := rd.sentences(i, body)
	for k, s := range ss {
		s = strings.TrimSpace(s)
		if l, v, ok := field(s); ok && describeFields[lower(l)] && !bareValue(v) && saysMore(v) {
			return clip(v)
		}
		// The label on a line of its own, its value the next sentence
		// ("Details:" above "Please link our new account ...", styles54).
		if l, ok := strings.CutSuffix(s, ":"); ok && describeFields[lower(l)] && k+1 < len(ss) && saysMore(ss[k+1]) {
			return clip(ss[k+1])
		}
	}
	return first
}

// keySentence picks the sentence of an agent message that says most: a stated
// cause or fix if it has one, else its first sentence.
func keySentence(i int, e *ticket.Event, f *Facts, rd *reading) string {
	for _, list := range [][]Quote{f.Causes, f.Fixes} {
		for _, q := range list {
			if q.At.Equal(e.At) && q.Public == e.Public {
				return q.Text
			}
		}
	}
	return rd.firstSentence(i, e.Body)
}

// condense keeps the timeline within maxTimeline rows, folding routine updates
// and customer messages (never creation, first response, chases, findings, state
// and priority changes, restoration or close) into one row per folded run.
func condense(in []Entry) []Entry {
	if len(in) <= maxTimeline {
		return in
	}
	routine := func(k EntryKind) bool { return k == EntryUpdate || k == EntryCustomer || k == EntryInternal }
	excess := len(in) - maxTimeline
	// In place: an entry is written no later than it is read (the fold's
	// entry is made from in[i] and in[i+fold-1] before it is written).
	out := in[:0]
	for i := 0; i < len(in); {
		if !routine(in[i].Kind) || excess <= 0 {
			out = append(out, in[i])
			i++
			continue
		}
		j := i
		for j < len(in) && routine(in[j].Kind) {
			j++
		}
		run := j - i
		if run <= 1 {
			out = append(out, in[i])
			i++
			continue
		}
		// Fold up to excess+1 routine rows into one.
		fold := min(run, excess+1)
		out = append(out, Entry{At: in[i].At, Kind: EntryOmitted,
			Summary: strconv.Itoa(fold) + " routine messages over " + timefmt.Duration(in[i+fold-1].At.Sub(in[i].At))})
		excess -= fold - 1
		i += fold
	}
	return out
}
