package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestNamedQuestion checks the opening that names itself a question, with
// near misses; the sentences are invented.
func TestNamedQuestion(t *testing.T) {
	tests := []predicateCase{
		{"Quick question - do refunds go back to the original card?", true},
		{"Hi, quick one.", true},
		{"hello quick q about exports", true},
		// near misses
		{"Thanks for the quick reply.", false},
		{"We need a quick fix for the login page.", false},
		{"Quick update: the printer is offline again.", false},
	}
	checkPredicate(t, "namedQuestion", func(text string) bool { return namedQuestion(tokens(text, nil)) }, tests)
}

// TestInferTypeNamedQuestion checks that a named question stays one though
// it describes a fault, and that a fault without the name stays an incident.
func TestInferTypeNamedQuestion(t *testing.T) {
	tests := []struct{ name, subject, opening, want string }{
		{"named question with a fault", "Meter readings", "Quick one - our meter readings have been 5% low since the 3rd. Is that expected after the recalibration?", ticket.TypeQuestion},
		{"fault without the name", "Meter readings", "Our meter readings have been 5% low since the 3rd and the reports are wrong.", ticket.TypeIncident},
	}
	for _, tc := range tests {
		if got := InferType(tc.subject, tc.opening); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
}
