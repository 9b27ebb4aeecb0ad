package redact

import (
	"slices"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOrganisationNotAPerson: a name a message gives like a person's that is,
// or begins, the customer's or the team's name is the organisation, not one
// of the ticket's people; it is redacted as the customer.
func TestOrganisationNotAPerson(t *testing.T) {
	tk := &ticket.Ticket{ID: "T-1", Customer: ticket.Customer{Name: "Onda Norte TV", Contact: "Javier Ruiz"}, Team: "Vectra NOC",
		Events: []ticket.Event{{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Sofía Navarro",
			Body: "They moved Onda Norte to the new cluster. Onda Norte never changed the input. Please ask Maria Lopez."}}}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Onda Norte", true},
		{"Onda Norte TV", true},
		{"onda norte", true},
		{"Vectra NOC", true},
		{"Javier Ruiz", false},
		{"Onda", false}, // a first word alone may be a person's name too
		{"Norte TV", false},
	} {
		if got := organisation(tc.name, tk); got != tc.want {
			t.Errorf("organisation(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	r := New(tk, Options{})
	if slices.Contains(r.People(), "Onda Norte") || !slices.Contains(r.People(), "Maria Lopez") {
		t.Errorf("People() = %q: want Maria Lopez and not the customer", r.People())
	}
	if got := r.String("Onda Norte never changed the input"); got != "[CUSTOMER] never changed the input" {
		t.Errorf("redacted %q", got)
	}
}
