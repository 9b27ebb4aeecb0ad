package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestNoReplyAddress: a no-reply address named by staff is no automatic
// acknowledgement; a message that says it comes from a no-reply address is.
// The sentences are invented.
func TestNoReplyAddress(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	system := Context{Role: ticket.RoleSystem, Public: true}
	for _, tc := range []struct {
		text string
		c    Context
		auto bool
	}{
		{"You'll get an activation e-mail from noreply@portal.example, valid for 72 hours.", staff, false},
		{"Since the release the module sends as no-reply@bills.example instead of through your relay.", staff, false},
		{"I've switched the sender back to our default address (no-reply@mail.example) and re-sent the 31 envelopes.", staff, false},
		{"Sent from a no-reply mailbox.", system, true},
		{"This message comes from a noreply address.", system, true},
		// one address named, and the message says it is a no-reply one too
		{"Sent from noreply@portal.example, a noreply mailbox.", system, true},
	} {
		if got := Classify(tc.text, tc.c)&AutoAck != 0; got != tc.auto {
			t.Errorf("%q: automatic %v, want %v", tc.text, got, tc.auto)
		}
	}
}
