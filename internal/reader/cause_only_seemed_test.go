package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseOnlySeemed checks the refusal of why a step only seemed to work
// (onlySeemed, in notCause and causeContinued, so the model too). The
// sentences are written for the test; near misses keep their cause.
func TestCauseOnlySeemed(t *testing.T) {
	cases := []predicateCase{
		// why the step seemed to work: the fault hid for a while
		{"The restart only seemed to help because the overnight batch had already finished.", true},
		{"Monday's resend only worked because it went through the old relay.", true},
		{"The reboot only appeared to fix it because the printer had cooled down by then.", true},
		{"Clearing the cache only looked like a fix because nobody logged in that evening.", true},
		{"Sorry - the refresh only helped\nbecause your browser still held the old page.", true},
		// near misses: the fault's own cause told too, the step undone by a job, "only" elsewhere
		{"The router only forwards 8554; the restart only worked because the sessions were already open.", false},
		{"The reset only worked because the desk gave him a guest pass, which is why it failed again this week.", false},
		{"Clearing the cache only helped until the nightly import filled it again.", false},
		{"The restart only helped for a day.", false},
		{"The export failed because only the admin can run it.", false},
		{"The job only runs on weekdays, because the feed is closed at weekends.", false},
	}
	checkPredicate(t, "onlySeemed", func(text string) bool { return onlySeemed(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Monday's resend only worked because it went through the old relay.", staff, 0, Cause},
	})
}
