package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseClearedAtEnd checks the refusal of a sentence that ends on a
// candidate cleared (clearedAtEnd, in notCause, so the model too). The
// sentences are written for the test; near misses keep their cause.
func TestCauseClearedAtEnd(t *testing.T) {
	cases := []predicateCase{
		// the sentence ends on the clearance
		{"Pressure readings steady since the regulator swap, so the regulator was not the problem.", true},
		{"The timeouts came from the old switch, unrelated.", true},
		{"The timeouts came from the old switch - unrelated.", true},
		{"The worn belt turned out not to be the real cause.", true},
		{"That settles it, and it wasn't the firmware after all.", true},
		{"So the proxy isn't the culprit.", true},
		{"Disk theory wrong - the volume had 40% free when it failed.", true},
		// near misses: the cause after the clearance, a word of reason, no negation, another ending
		{"The switch was not the cause after all: the controller firmware runs out of memory after 40 days.", false},
		{"It wasn't your phone after all - a lock update went out to the hub last night.", false},
		{"The driver wasn't the real problem: the printer itself was forgetting its label size.", false},
		{"The backup failed because the password expired, so the network was not the problem.", false},
		{"The expired certificate was the problem.", false},
		{"The expired certificate is the real problem.", false},
		{"The unit decodes an unrelated byte.", false},
		{"That one is unrelated and is a genuine check: the post has no salary point.", false},
		{"We tried everything after all.", false},
		{"Not the problem.", false},
	}
	checkPredicate(t, "clearedAtEnd", func(text string) bool { return clearedAtEnd(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"The dirty filter turned out not to be the real problem.", staff, 0, Cause},
		{"The switch was not the cause after all: the controller firmware slowly runs out of memory and drops its connection.", staff, Cause, 0},
	})
}
