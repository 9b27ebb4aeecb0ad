package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseSeenBut checks the refusal of what staff can see set beside what
// is wrong with "but" (seenBut, in notCause, so the model too). The sentences
// are written for the test; near misses keep their cause.
func TestCauseSeenBut(t *testing.T) {
	cases := []predicateCase{
		// what staff see, beside the symptom
		{"I can see the £40 you paid online at 09:15, but your membership still ends on 3 June.", true},
		{"We can see the order was accepted at 10:02 and it was in the 11:00 pick run, but it's still showing as pending.", true},
		{"I can see your router connecting this morning but not getting an address.", true},
		// near misses: a finding after a colon or a dash, a reason, no "but"
		{"I can see the failures in our logs: the replies are signed with an old certificate, but ours is new.", false},
		{"We can see it - payments since 07:40 were taken but the confirmation isn't reaching us, so balances aren't updated.", false},
		{"I can see all four parcels were scanned at the depot but none is on a van, which is why they didn't arrive.", false},
		{"I can see the card was blocked on Friday because it was reported lost, but the new one is on its way.", false},
		{"I can see your tablet is still on the old app version.", false},
		{"The import ran at 02:00 but the file was empty.", false},
	}
	checkPredicate(t, "seenBut", func(text string) bool { return seenBut(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"I can see the £29.99 you paid at reception yesterday at 18:42, but your gate access still has the old end date of 14 May.", staff, 0, Cause},
		{"I can see the failures in our logs: the responses are signed with a certificate ending 9F2A, but the one we have on file ends 41C7, and that one expired last night.", staff, Cause, 0},
	})
}
