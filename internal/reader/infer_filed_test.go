package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFiledAs checks the acknowledgements that file a ticket under a type,
// with near misses; the sentences are invented.
func TestFiledAs(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Incident HD-4410 has been logged with priority P3.", ticket.TypeIncident},
		{"Your service request SR-88 has been received.", ticket.TypeServiceRequest},
		{"Service requests are completed within three working days.", ticket.TypeServiceRequest},
		{"Your question has been received and we will reply within a day.", ticket.TypeQuestion},
		{"Thanks, we've received your question (ref Q-12).", ticket.TypeQuestion},
		// near misses
		{"Your request has been received (ref 5521).", ""},
		{"Thank you for your enquiry, we will reply within 2 working days.", ""},
		{"Welcome! Please type your question and an agent will join you.", ""},
		{"No incident has been reported for your area.", ""},
	}
	for _, tc := range tests {
		if got := filedAs(tokens(tc.text, nil)); got != tc.want {
			t.Errorf("filedAs(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
