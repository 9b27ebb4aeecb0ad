package analysis_test

import (
	"slices"
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseTold: a cause recorded only in an internal note is explained to
// the customer when a later update gives a reason in its own words; without
// such an update, or with one that gives none, it is not. The tickets are
// invented.
func TestCauseTold(t *testing.T) {
	const (
		fault = "None of this week's invoices have reached our accounts mailbox."
		cause = "The mail relay's certificate expired on Monday, so every message to their domain was refused."
	)
	cases := []struct {
		name string
		msgs []msg
		told bool
	}{
		{"an update gives the reason in its own words", []msg{customer(fault), note(cause),
			staff("Hi Sam, the missing invoices came from an old sending profile, and they go through the new one now.")}, true},
		{"near miss: the update gives no reason", []msg{customer(fault), note(cause),
			staff("The invoices have all been re-sent this morning, please check the mailbox.")}, false},
		// techreview3: "down to", "a mistake in", "which is what happened"
		// (styles21 BL-20502, VPS-44230, styles39 NLI-77310, styles53 TDF-1184)
		{"the update says what it was down to", []msg{customer(fault), note(cause),
			staff("Hi Sam, apologies, that one is down to the relay change we made on Monday. The invoices go through again now.")}, true},
		{"the update names a mistake", []msg{customer(fault), note(cause),
			staff("Hi Sam, this was a mistake in how we set up the new relay. The invoices go through again now.")}, true},
		{"the update says it is what happened", []msg{customer(fault), note(cause),
			staff("Hi Sam, sending profiles are paused automatically when they have not been used for 90 days, which is what happened to yours. It is active again now.")}, true},
		{"near miss: a count down to a figure", []msg{customer(fault), note(cause),
			staff("Hi Sam, the queue of invoices is down to 12 and falling, they should all be with you within the hour.")}, false},
		{"near miss: a reason given before the note", []msg{customer(fault),
			staff("We are checking whether the invoices were held because of the mailbox size."), note(cause)}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := invented(t, ticket.TypeIncident, c.msgs...)
			if slices.ContainsFunc(a.Facts.Causes, func(q analysis.Quote) bool { return q.Public }) {
				t.Fatalf("the reader read a public cause, the case tests nothing: %v", a.Facts.Causes)
			}
			if len(a.Facts.Causes) == 0 {
				t.Fatalf("the note was not read as a cause")
			}
			if got := a.Facts.CauseTold != nil; got != c.told {
				t.Errorf("told %v, want %v (%v)", got, c.told, a.Facts.CauseTold)
			}
			explained := slices.ContainsFunc(a.Findings, func(f analysis.Finding) bool { return f.Code == "cause_explained" })
			if explained != c.told {
				t.Errorf("cause_explained %v, want %v", explained, c.told)
			}
		})
	}
}
