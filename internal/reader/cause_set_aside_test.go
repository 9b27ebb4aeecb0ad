package reader

import (
	"slices"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestSetAsideTerms checks the things a later sentence sets aside as the
// cause, and the near misses that set nothing aside.
func TestSetAsideTerms(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Ribbon was a red herring.", []string{"ribbon"}},
		{"Sub-clients were a red herring: sub-client rows worked via ClientRef all along.", []string{"sub-clients"}},
		{"sorry, it wasn't the cable after all.", []string{"cable"}},
		{"Margaret, sorry - I was wrong about the SIM, it has plenty of data left.", []string{"sim"}},
		{"A correction to what I said yesterday: the cache wasn't the problem.", []string{"cache"}},
		{"The switch was not the cause after all: the controller's firmware runs out of memory.", []string{"switch"}},
		{"Audiora's report shows the cover was never the problem: chapters 14 to 22 were mastered louder.", []string{"cover"}},
		{"So yesterday's dirty window was not the reason.", []string{"window", "dirty"}},
		// near misses: a pronoun, the whole problem, a cause told, no thing named
		{"Sorry about the handset restarts, that wasn't the problem.", nil},
		{"The ribbon wasn't the whole problem: an automatic Windows update replaced the printer driver.", nil},
		{"The real cause was a cracked RF connector on the lower electrode.", nil},
		{"It was the cable after all.", nil},
		{"The cable is the problem.", nil},
		{"Apologies, my first answer was wrong.", nil},
	}
	for _, c := range cases {
		if got := setAsideTerms(tokens(c.text, nil), nil); !slices.Equal(got, c.want) {
			t.Errorf("setAsideTerms(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSetAsideCause checks the refusal of a staff cause that names a thing a
// later message set aside, and the causes that stay.
func TestSetAsideCause(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true, SetAside: []string{"ribbon", "sim"}}
	customer := Context{Role: ticket.RoleCustomer, Public: true, SetAside: []string{"ribbon"}}
	none := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text string
		c    Context
		want bool
	}{
		{"The ribbon is creased where it passes under the print head, that's why nothing transfers.", staff, true},
		{"The gateway stopped reporting because its data SIM hit the monthly allowance.", staff, true},
		{"The gateway stopped reporting because its data SIMs hit the monthly allowance.", staff, true},
		// the thing ruled out in the sentence itself, another thing, a customer, nothing set aside
		{"No lights at all, so it's lost power, not the SIM.", staff, false},
		{"The printer driver was replaced overnight and prints too lightly.", staff, false},
		{"The ribbon is creased, that's why nothing transfers.", customer, false},
		{"The ribbon is creased, that's why nothing transfers.", none, false},
	}
	for _, c := range cases {
		if got := setAsideCause(c.c, tokens(c.text, nil)); got != c.want {
			t.Errorf("setAsideCause(%q, %q) = %v, want %v", c.text, c.c.SetAside, got, c.want)
		}
	}
}

// TestSetAsideRead checks that Read refuses staff's first diagnosis once a
// later staff message sets it aside, keeps the later cause, and keeps the
// first when the later message is the customer's or only adds to it; the
// tickets are written for the test.
func TestSetAsideRead(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	first := "The ribbon is creased where it passes under the print head, that's why nothing transfers."
	mk := func(role ticket.Role, later string) *ticket.Ticket {
		return &ticket.Ticket{ID: "t", Subject: "Cell 4 labels blank", CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: "Every label from cell 4 comes out blank."},
			{At: t0.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: first},
			{At: t0.Add(3 * time.Hour), Kind: ticket.KindMessage, Role: role, Public: true, Author: "b", Body: later},
		}}
	}
	causeOfFirst := func(tk *ticket.Ticket) bool {
		r := Read(tk, nil)
		return r.Messages[1].Sentences[0].Acts&Cause != 0
	}
	aside := "Ribbon was a red herring. The print head's heater element has failed, which is why nothing transfers."
	if causeOfFirst(mk(ticket.RoleAgent, aside)) {
		t.Errorf("%q read as a cause after %q", first, aside)
	}
	if r := Read(mk(ticket.RoleAgent, aside), nil); r.Messages[2].Sentences[1].Acts&Cause == 0 {
		t.Errorf("the later cause %q not read", r.Messages[2].Sentences[1].Text)
	}
	if !causeOfFirst(mk(ticket.RoleCustomer, aside)) {
		t.Errorf("%q not read as a cause after the customer's %q", first, aside)
	}
	detail := "The ribbon wasn't the whole problem: the print head's heater element has also failed."
	if !causeOfFirst(mk(ticket.RoleAgent, detail)) {
		t.Errorf("%q not read as a cause after %q", first, detail)
	}
}
