package factguard

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOrganisationNotAPerson: a name the redactor takes for a person's that
// begins the customer's or the team's name is an organisation, which a
// review may name as the doer of a step without blaming anyone.
func TestOrganisationNotAPerson(t *testing.T) {
	tk := &ticket.Ticket{Customer: ticket.Customer{Name: "Onda Norte TV", Contact: "Javier Ruiz"}, Team: "Vectra NOC"}
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
		{"Ond", false},
	} {
		if got := organisation(tc.name, tk); got != tc.want {
			t.Errorf("organisation(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	if organisation("Onda Norte", nil) {
		t.Error("organisation with no ticket = true")
	}
}
