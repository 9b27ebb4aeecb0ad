package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFormAsked checks the form fields that name a thing asked for, with
// near misses that name a fault or are other fields. The forms are those of
// styles26, styles31, styles42 and styles49 (asks) and styles15, styles16,
// styles21 and styles46 (faults); the values are invented.
func TestFormAsked(t *testing.T) {
	tests := []predicateCase{
		{"Request type: Add printers", true},
		{"Request: Training room / event", true},
		{"Request: Add drivers to fleet plan", true},
		{"Request type: Calendar / rate change", true},
		{"Request category: New user accounts", true},
		// near misses: a field naming a fault, or another field
		{"Request type: Incident", false},
		{"Request type: Something isn't working", false},
		{"Request type: Something is broken", false},
		{"Request category: Fault - customer-facing", false},
		{"Requested by: Dana Moss (Office Manager)", false},
		{"Category: Printing / labels", false},
		{"Please request a new badge for me.", false},
	}
	checkPredicate(t, "formAsked", func(text string) bool { return formAsked(text, tokens(text, nil)) }, tests)
}

// TestInferTicketTypeForm checks that staff finding why the customer could
// not do the thing their form asks for leaves a service request, and that a
// form naming a fault, or an opening with no form, stays an incident.
func TestInferTicketTypeForm(t *testing.T) {
	mk := func(opening string) *ticket.Ticket {
		return &ticket.Ticket{Subject: "", Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: opening},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: "The upload failed because the file had a header row in the wrong format."},
		}}
	}
	for _, tt := range []struct{ opening, want string }{
		{"Request type: Add drivers\nDetails: Our upload of the new drivers keeps failing. Could you add these 12 for us?", ticket.TypeServiceRequest},
		{"Request type: Something isn't working\nDetails: Our upload of the new drivers keeps failing. Could you add these 12 for us?", ticket.TypeIncident},
		{"Our upload of the new drivers keeps failing. Could you add these 12 for us?", ticket.TypeIncident},
	} {
		tk := mk(tt.opening)
		if got := InferTicketType(tk, Read(tk, nil)); got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.opening, got, tt.want)
		}
	}
}

// TestInferTypeStill checks that a state that has not moved on states a
// fault (styles45 "still showing Awaiting provider", styles49 "we have still
// not receive the rooming list", styles21 "declining every card"), with near
// misses that state none; the sentences are invented.
func TestInferTypeStill(t *testing.T) {
	tests := []struct{ name, subject, opening, want string }{
		{"still showing", "", "Order 4471 placed on 3 March, still showing Awaiting supplier. Can you chase?", ticket.TypeIncident},
		{"still not", "", "We have still not received the crew list for Friday. Please can you send it today.", ticket.TypeIncident},
		{"declining", "", "Both car park machines are declining every card since 8am. Can someone look?", ticket.TypeIncident},
		// near misses
		{"still as a wish", "", "We still want the weekly report. Please can you send it on Fridays too.", ticket.TypeServiceRequest},
	}
	for _, tc := range tests {
		if got := InferType(tc.subject, tc.opening); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestNewNamed checks the subjects that name a new thing to be set up
// (styles27, styles28, styles31, styles38, styles50), with near misses; the
// subjects are invented.
func TestNewNamed(t *testing.T) {
	tests := []predicateCase{
		{"New starter - Ola Berg (Mon 4 May)", true},
		{"New member shop: Petal & Stem, Ludlow", true},
		{"New server certificate - api.dc1.example.local", true},
		// near misses
		{"New version 4.2 rollout", false},
		{"Change: new public IP for the SIP trunk", false},
		{"Chat: new laptop won't join Wi-Fi", false},
		{"Renew our licence", false},
	}
	checkPredicate(t, "newNamed", func(text string) bool { return newNamed(tokens(text, nil)) }, tests)
}

// TestInferTypeNewThing checks that a new thing's go-live date does not make
// it a change, and that without the subject's name it still does.
func TestInferTypeNewThing(t *testing.T) {
	tests := []struct{ name, subject, opening, want string }{
		{"new thing going live", "New member shop: Petal & Stem", "New member shop to set up please: Petal & Stem, 3 Broad Street. Go-live Monday 3 June.", ticket.TypeServiceRequest},
		{"no name", "Petal & Stem", "Shop to set up please: Petal & Stem, 3 Broad Street. Go-live Monday 3 June.", ticket.TypeChange},
		{"named a change", "Change: new opening hours", "Opening hours to update please. Go-live Monday 3 June.", ticket.TypeChange},
	}
	for _, tc := range tests {
		if got := InferType(tc.subject, tc.opening); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
}
