package reader

import (
	"slices"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestSetAsideShort checks the terse notes that set a thing aside (an opening
// "Not the X", a closing "X wasn't it") and their near misses.
func TestSetAsideShort(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Not the tokens - Monday's re-registered ones are valid, APNs feedback shows no invalid-token errors.", []string{"tokens"}},
		{"So not the firewall.", []string{"firewall"}},
		{"Not the base station in the end.", []string{"base", "station"}},
		{"Not your proxy.", []string{"proxy"}},
		{"Not the reset then.", []string{"reset"}},
		{"Profile wasn't it.", []string{"profile"}},
		{"The new switch was not it.", []string{"switch", "new"}},
		// near misses: the phrase running on, no thing named, a pronoun, a question, a cause told
		{"Not the first time this happened.", nil},
		{"Not the end of the world, it should sync overnight.", nil},
		{"Not the whole problem.", nil},
		{"Not your fault.", nil},
		{"Not sure yet.", nil},
		{"That wasn't it.", nil},
		{"It was the cable, wasn't it?", nil},
		{"It's the firewall, not the proxy.", nil},
		{"The firewall drops part of their range.", nil},
	}
	for _, c := range cases {
		ts := tokens(c.text, nil)
		if got := setAsideNotIt(c.text, ts, setAsideOpening(c.text, nil)); !slices.Equal(got, c.want) {
			t.Errorf("setAsideOpening/NotIt(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSetAsideShortRead checks that Read refuses staff's first diagnosis,
// cause and fix, once a later staff note opens with the thing ruled out or
// closes on "wasn't it", and keeps it after the customer's note or a note
// that names another thing; the tickets are written for the test.
func TestSetAsideShortRead(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	first := "It's the firewall change from last night - the new outbound rule set drops part of their address range."
	mk := func(role ticket.Role, later string) *ticket.Ticket {
		return &ticket.Ticket{ID: "t", Subject: "Loyalty API errors", CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: "About a third of loyalty calls fail since this morning."},
			{At: t0.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: first},
			{At: t0.Add(3 * time.Hour), Kind: ticket.KindMessage, Role: role, Public: false, Author: "b", Body: later},
		}}
	}
	acts := func(tk *ticket.Ticket) Act { return Read(tk, nil).Messages[1].Sentences[0].Acts }
	for _, later := range []string{"Rolled the rule back at 10:00, errors unchanged. So not the firewall.", "Firewall wasn't it."} {
		if a := acts(mk(ticket.RoleAgent, later)); a&(Cause|Fix) != 0 {
			t.Errorf("%q read as %v after %q", first, a, later)
		}
		if a := acts(mk(ticket.RoleCustomer, later)); a&Cause == 0 {
			t.Errorf("%q not read as a cause after the customer's %q", first, later)
		}
	}
	if later := "Not the proxy - its logs are clean."; acts(mk(ticket.RoleAgent, later))&Cause == 0 {
		t.Errorf("%q not read as a cause after %q", first, later)
	}
}
