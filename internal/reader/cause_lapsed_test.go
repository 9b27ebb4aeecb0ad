package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRanOutOrExpired: a thing that expired or ran out, told as a finding,
// is a cause (round 152, cause_lapsed.go); the near misses are a condition
// or a plan, a negated or hedged lapse, a question.
func TestRanOutOrExpired(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	taken := []wordingCase{
		{"the bank transfer option unlocks once your tax form is up to date, and the W-8BEN we have on file for you expired on 31 December.", staff, Cause, 0},
		{"The 06:00 release job holds a connection per session while it builds the waitlist, so the pool ran dry under the queue.", staff, Cause, 0},
		{"Ribbon had run out.", staff, Cause, 0},
		{"The logger's battery had run flat.", staff, Cause, 0},
		{"TrackPlant: the TPG-7 gateways connect to their broker with a client certificate that expired at 05:00 UTC today.", staff, Cause, 0},
	}
	refused := []wordingCase{
		{"If the token has expired, the sync stops.", staff, 0, Cause},              // a condition
		{"The certificate will expire on Friday.", staff, 0, Cause},                 // a plan
		{"Your card hasn't expired and the payment went through.", staff, 0, Cause}, // negated
		{"The key may have expired overnight.", staff, 0, Cause},                    // hedged
		{"Has the licence expired?", staff, 0, Cause},                               // asked
		{"We never ran out of stock.", staff, 0, Cause},                             // negated
	}
	checkRuleItself(t, "lapsed or ran out", ranOutOrExpired, taken, refused)
	checkWording(t, taken)
	checkWording(t, refused)
}
