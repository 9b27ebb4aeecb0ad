package service

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

func TestCustomerView(t *testing.T) {
	at := time.Date(2026, 2, 17, 7, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T-1", Subject: "Down", Links: []ticket.Link{{ID: "INT-1", Kind: "internal"}, {ID: "T-0", Kind: "related"}},
		Events: []ticket.Event{
			{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "help"},
			{At: at, Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: false, Body: "secret"},
			{At: at, Kind: ticket.KindState, State: "open"},
			{At: at, Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: "on it"},
		}}
	v := CustomerView(tk)
	if len(v.Links) != 0 {
		t.Errorf("links %v", v.Links)
	}
	var bodies []string
	for _, e := range v.Events {
		bodies = append(bodies, e.Body)
	}
	if len(v.Events) != 3 || bodies[0] != "help" || v.Events[1].Kind != ticket.KindState || bodies[2] != "on it" {
		t.Errorf("events %+v", v.Events)
	}
	if len(tk.Events) != 4 || len(tk.Links) != 2 {
		t.Error("CustomerView modified the ticket")
	}
	if got := text(v); got != "Down\nhelp\non it" {
		t.Errorf("text %q", got)
	}
}
