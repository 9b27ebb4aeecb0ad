package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestAskedPartyTo checks round 243's shape (fix_asked_party.go): staff who
// asked someone named to do a thing took no step. The sentences are written
// for the test.
func TestAskedPartyTo(t *testing.T) {
	checkPredicate(t, "askedPartyTo", func(text string) bool { return askedPartyTo(tokens(text, nil)) }, []predicateCase{
		{"Asked Networks to add the scanner's address to the allow list.", true},
		{"I've asked our field engineer to swap the card at the next visit.", true},
		{"We've also asked Finance to renew the certificate today.", true},
		{"Asked him to switch the isolator off and on again.", false}, // the customer's side
		{"Asked the caller to restart the app.", false},
		{"Networks asked us to add the address.", false},         // someone asked the writer
		{"I asked about the licence and added the seat.", false}, // no one asked to do anything
	})
	// Read leaves the fix out after the model's pass (as round 230's bare
	// "done"): the rules' fix stays the model's context.
	r := Read(waiverTicket("Labels", "The labels print blank.", "I've cleaned the print head.", ticket.RoleAgent, "Asked Stores to swap the label rolls for the standard ones."), nil)
	if a := r.Messages[len(r.Messages)-1].Sentences[0].Acts; a&Fix != 0 {
		t.Errorf("a request to another party read fix: %s", a)
	}
}
