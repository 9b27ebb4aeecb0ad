package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseAskedWorkings checks round 83's refusal (askedWorkings): in a
// ticket that asked how the product works, staff's present-tense account of
// its workings is no cause; one that points at what the customer saw, or
// tells a past event, or any account in a ticket that did not ask, is left
// to the other rules. The sentences are written for the test.
func TestCauseAskedWorkings(t *testing.T) {
	asked := Context{Role: ticket.RoleAgent, Public: true, AskedToKnow: true}
	other := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text string
		c    Context
		want bool
	}{
		{"The 12-seat limit is by design - for larger parties the Events form holds the seats.", asked, true},
		{"The boiler sets the flow temperature from the outdoor sensor, so the colder it is the hotter the water.", asked, true},
		{"Yes, we do test every unit, because a photo can't replace it.", asked, true},
		{"Our standard cover is for fire and theft while in our care, with a £50 excess per claim.", asked, true},
		{"The planner backs off when the site limit is reached, so the main fuse isn't overloaded.", asked, true},
		// near misses: a ticket that did not ask, a past event, what the customer saw
		{"The planner backs off when the site limit is reached, so the main fuse isn't overloaded.", other, false},
		{"The filter was changed last week, so the invoices go to spam.", asked, false},
		{"Listings without a price band fall back to the default rate, which is why they all cost £10.", asked, false},
		{"Reprint needs the Label permission and your account only has the basic role.", asked, false},
		{"The export only includes active users, so the old accounts are missing.", asked, false},
		{"The gateway only accepts E.164, so it shows the main number instead.", asked, false},
		{"In that mode the sensor only reports 0.00, which is what you're seeing.", asked, false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := askedWorkings(tc.c, scn); got != tc.want {
			t.Errorf("askedWorkings(%q, asked %v) = %v, want %v", tc.text, tc.c.AskedToKnow, got, tc.want)
		}
	}
}

// TestOpeningAsksWay checks the opening's words that ask a way or a
// possibility, and those that tell a state the customer sees.
func TestOpeningAsksWay(t *testing.T) {
	for _, tc := range []struct {
		text       string
		way, shows bool
	}{
		{"How do I keep an archived project on the dashboard?", true, false},
		{"Is it possible to add a second signatory?", true, false},
		{"Can we book eleven seats on one booking?", true, false},
		{"Does your check involve opening the case?", true, false},
		{"Is there a report of storage per device?", true, false},
		{"At the moment everyone shows as the main number.", false, true},
		{"Our invoice shows 1.9M series against a usual 250k.", false, true},
		{"Can we put the direct number on calls instead of the main one?", true, true},
		// near misses
		{"Please add Sam to the rota.", false, false},
		{"The moment I log in it freezes.", false, false},
		{"Instead, please send the file.", false, false},
		{"Can you reset her password?", false, false},
	} {
		ts := tokens(tc.text, nil)
		if got := openingAsksWay(ts); got != tc.way {
			t.Errorf("openingAsksWay(%q) = %v, want %v", tc.text, got, tc.way)
		}
		if got := openingShowsState(ts); got != tc.shows {
			t.Errorf("openingShowsState(%q) = %v, want %v", tc.text, got, tc.shows)
		}
	}
}

// TestAskedToKnowRead checks that Read refuses the account after an opening
// that asks how the product works, and keeps it after one that reports a
// fault or tells what the customer sees; the tickets are written for the
// test.
func TestAskedToKnowRead(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	reply := "The planner backs off when the site limit is reached, because the main fuse would otherwise be overloaded."
	mk := func(subject, opening string) *ticket.Ticket {
		return &ticket.Ticket{ID: "t", Subject: subject, CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: opening},
			{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: reply},
		}}
	}
	cases := []struct {
		subject, opening string
		cause            bool
	}{
		{"How does the planner share power?", "Hi, how does the planner decide how much power each charger gets? Is it possible to change it?", false},
		{"Charger not working", "Since this morning the charger is not working and the app shows an error.", true},
		{"Question about the planner", "Hi, the app shows 6A at the moment. How does the planner decide that?", true},
	}
	for _, tc := range cases {
		r := Read(mk(tc.subject, tc.opening), nil)
		if got := len(r.Find(Cause)) > 0; got != tc.cause {
			t.Errorf("%q: cause read %v, want %v", tc.subject, got, tc.cause)
		}
	}
}
