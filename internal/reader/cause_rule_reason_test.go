package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRuleReason checks the refusal of a rule or requirement given its
// reason with "because" (becauseOfRule, in notCause, so the model too). The
// sentences are written for the test; near misses keep their cause.
func TestCauseRuleReason(t *testing.T) {
	cases := []predicateCase{
		// a rule or a requirement before "because"
		{"A cracked tile is not covered by the warranty, because tiles are a wearing part.", true},
		{"Drilling through the panel would void the warranty, because the seal is part of the rating.", true},
		{"The hoist has to be inspected again after every move, because the inspection covers how it is rigged.", true},
		{"Late cancellations are charged in full, as in our terms, because the room is held for you.", true},
		{"Every new device must be enrolled by IT, because the network only admits enrolled devices.", true},
		// the reason first, the requirement after it
		{"The meters need new firmware, and because they're offline it has to be loaded on site.", true},
		{"Because the card is locked, it needs to be reissued by the bank.", true},
		// near misses: a fault explained, a guess, the writer's motive, a rule after the clause
		{"Your subscription was charged twice on 2 March because of a fault in our renewal system.", false},
		{"The feed stopped because the consent expired on 28 March; the account holder has to re-authorise it every 90 days.", false},
		{"It must have failed because the disk was full.", false},
		{"We need to restart the server because the update is stuck.", false},
		{"The backup failed because the password was changed on Friday.", false},
		{"The export had to be re-run because the first one timed out.", false},
		{"Send-as permissions can take up to a day to apply, because Outlook uses a cached copy of the address book.", false},
	}
	checkPredicate(t, "becauseOfRule", func(text string) bool { return becauseOfRule(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"A cracked tile is not covered by the warranty, because tiles wear with use.", staff, 0, Cause},
		{"The tiles cracked because the adhesive was laid too thin.", staff, Cause, 0},
	})
}
