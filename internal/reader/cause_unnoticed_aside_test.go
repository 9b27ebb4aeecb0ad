package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseUnnoticedAside checks the refusal of why a fault went unnoticed
// (unnoticedAside, in notCause, so the model too). The sentences are written
// for the test; near misses keep their cause.
func TestCauseUnnoticedAside(t *testing.T) {
	cases := []predicateCase{
		// why nobody saw it
		{"The nightly report also skipped the failed rows, which is why nobody noticed until Monday.", true},
		{"The old app still shows the cached balance, which is why you hadn't spotted anything.", true},
		{"The two other depots were hit as well, they just hadn't noticed.", true},
		{"That's why no one realised for a week.", true},
		// near misses: the cause told after it, noticing that is the cause
		{"Our monitor didn't notice the stalled job, so the queue just sat there.", false},
		{"Nobody noticed the disk filling up because the alert went to an old address.", false},
		{"We noticed that the certificate expired on Sunday.", false},
		{"The certificate expired, which is why the sign-in fails.", false},
	}
	checkPredicate(t, "unnoticedAside", func(text string) bool { return unnoticedAside(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"The nightly report also skipped the failed rows, which is why nobody noticed until Monday.", staff, 0, Cause},
		{"The certificate expired on Sunday, which is why the sign-in fails.", staff, Cause, 0},
	})
}
