package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCircumstance: a circumstance of the customer's own life told in a
// fault's words (round 63), and near misses that are faults of the service.
// The sentences are written for the test.
func TestCircumstance(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Lost her door key at the weekend and needs a new one cut.", true},
		{"My phone was stolen and the app is on it.", true},
		{"I renewed the parking permit twice by mistake.", true},
		{"Our office manager left the company on Friday and can't hand over the account.", true},
		{"Our treasurer retired in March, so the bank mandate is out of date.", true},
		{"The update has broken my dashboard.", false},
		{"We lost our connection at 09:10.", false},
		{"Every check fails at the stolen register step.", false},
		{"The money has left their bank but the balance did not go up.", false},
		{"The label printer has died.", false},
		{"We were charged in error for March.", false},
	} {
		if got := circumstance(tokens(c.text, nil)); got != c.want {
			t.Errorf("circumstance(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeCircumstance: an ask whose reason is the customer's own
// circumstance is a service request; the same ask beside a fault of the
// service stays an incident (round 63). Written for the test.
func TestInferTypeCircumstance(t *testing.T) {
	for _, c := range []struct {
		opening, want string
	}{
		{"Lost my access card on the train yesterday. Could you cancel it and send me a new one?", ticket.TypeServiceRequest},
		{"The app crashed and can't load my bookings. Please freeze my membership.", ticket.TypeIncident},
	} {
		if got := InferType("", c.opening); got != c.want {
			t.Errorf("InferType(%q) = %s, want %s", c.opening, got, c.want)
		}
	}
}
