package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestChargedTwice checks the repeated-charge form with near misses; the
// sentences are invented.
func TestChargedTwice(t *testing.T) {
	tests := []predicateCase{
		{"I was charged twice for my gym membership.", true},
		{"My card was debited £40 twice yesterday.", true},
		{"We paid two times for the same invoice.", true},
		{"My statement shows two payments of £9.99 on the same day.", true},
		{"Twelve payments doubled overnight.", true},
		{"I think I've been double charged.", true},
		// near misses
		{"I bought the day ticket twice by mistake.", false},
		{"I was charged £40 for the annual plan.", false},
		{"We pay monthly and check the statement twice a year, is that enough?", false},
		{"Two invoices are attached.", false},
	}
	checkPredicate(t, "chargedTwice", func(text string) bool { return chargedTwice(tokens(text, nil)) }, tests)
}

// TestInferTypeChargedTwice checks that a double charge with a refund asked
// is an incident, and a refund asked alone a service request.
func TestInferTypeChargedTwice(t *testing.T) {
	tests := []struct{ name, subject, opening, want string }{
		{"double charge and a refund", "Charged twice for May", "My bank shows two payments of £30 for the May class. Could you refund one of them?", ticket.TypeIncident},
		{"refund alone", "Refund for a cancelled class", "Could you refund the £30 for the class I cancelled?", ticket.TypeServiceRequest},
	}
	for _, tc := range tests {
		if got := InferType(tc.subject, tc.opening); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
}
