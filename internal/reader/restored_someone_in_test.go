package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredSomeoneIn checks round 103's someone got in
// (restored_someone_in.go): the customer's short "both in", "hes in",
// "<name> is in" after a remedy. The sentences are written for the test;
// the near misses are no remedy before, a place after "in", a thing or no
// one as the subject, a negation and a question.
func TestRestoredSomeoneIn(t *testing.T) {
	remedyEarlier := Context{Role: ticket.RoleCustomer, Public: true, RemedyInTicket: true}
	cases := []wordingCase{
		{"thanks, both in", custAfter, Restored, 0},
		{"yep hes in.", custAfter, Restored, 0},
		{"Maya is in.", remedyEarlier, Restored, 0},
		{"ok shes in now, thank you", custAfter, Restored, 0},
		// near misses
		{"yes both in.", custBefore, 0, Restored},
		{"both in the queue still.", custAfter, 0, Restored},
		{"it is in.", custAfter, 0, Restored},
		{"hes not in.", custAfter, 0, Restored},
		{"is he in?", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	// read by the rule itself, and the near misses refused by it, whatever the older rules read
	checkRuleItself(t, "someone in", someoneIn, cases[:4], cases[5:])
}
