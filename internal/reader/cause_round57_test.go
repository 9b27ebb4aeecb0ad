package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRound57AskedWorkings checks round 57's refusal (askedWorkings): in
// a ticket opened to ask how something works, staff's present-tense account
// that the behaviour is meant, or a walk through the product's menus, is no
// cause; the same words in a ticket that reports a fault, or beside a past
// event, are left to the other rules. The sentences are written for the test.
func TestCauseRound57AskedWorkings(t *testing.T) {
	asked := Context{Role: ticket.RoleAgent, Public: true, AskedToKnow: true}
	fault := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text string
		c    Context
		want bool
	}{
		{"The 12-seat limit is by design - for larger parties you use the Events form.", asked, true},
		{"Projects in the archive drop off the dashboard by design.", asked, true},
		{"That's deliberate: a receipt keeps the VAT rate in force on the day of sale.", asked, true},
		{"The planner hides draft shifts on purpose, so only the manager sees them.", asked, true},
		{"The Usage report under Admin > Billing splits storage by team.", asked, true},
		{"Open the order, then Actions > Refund > Partial, and enter the amount.", asked, true},
		// near misses: a fault reported, a past event, no mark of design
		{"The sync is single-threaded by design, so the backlog blocks every store.", fault, false},
		{"The key saved under Settings > API was issued last year and expired on Monday.", asked, false},
		{"The filter was changed by design last week, which is why the invoices went to spam.", asked, false},
		{"Listings without a price band fall back to the default rate, which is why they all show £10.", asked, false},
		{"Sizes over 10 > 8 in the old chart, so the label is wrong.", asked, false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := askedWorkings(tc.text, tc.c, scn); got != tc.want {
			t.Errorf("askedWorkings(%q, asked %v) = %v, want %v", tc.text, tc.c.AskedToKnow, got, tc.want)
		}
	}
}

// TestAskedToKnow checks that Read sets Context.AskedToKnow after an opening
// that asks to know how something works, and not after one that reports a
// fault; the sentences are written for the test.
func TestAskedToKnow(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	mk := func(subject, opening string) *ticket.Ticket {
		return &ticket.Ticket{ID: "t", Subject: subject, CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: opening},
			{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a",
				Body: "Projects in the archive drop off the dashboard by design. You can still find them under Admin > Archive."},
		}}
	}
	cases := []struct {
		subject, opening string
		want             bool
	}{
		{"How do I keep an archived project on the dashboard?", "Hi, how do I keep a project on the dashboard after archiving it? Is there a setting for it?", true},
		{"Dashboard not showing projects", "Since this morning the dashboard is not showing any of our projects and we get an error when we refresh.", false},
	}
	for _, tc := range cases {
		tk := mk(tc.subject, tc.opening)
		var got []bool
		r := Read(tk, &Options{sawContext: func(ev, k int, c Context) {
			if ev == 1 {
				got = append(got, c.AskedToKnow)
			}
		}})
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("%q: AskedToKnow %v, want %v", tc.subject, got, tc.want)
		}
		if causes := r.Find(Cause); tc.want && len(causes) > 0 {
			t.Errorf("%q: a cause read after a question: %q", tc.subject, causes[0].Text)
		}
	}
}
