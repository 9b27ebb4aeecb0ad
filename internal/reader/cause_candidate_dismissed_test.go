package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseCandidateDismissed checks the refusal of a suspect ruled out with
// no cause told after it (candidateDismissed, in notCause, so the model too).
// The sentences are written for the test; near misses keep their cause.
func TestCauseCandidateDismissed(t *testing.T) {
	cases := []predicateCase{
		// a suspect ruled out, nothing after it but a remark
		{"So it wasn't the router.", true},
		{"It was not the firmware update that went out on Monday as well.", true},
		{"Not the storage alert, that was last month.", true},
		{"That isn't a billing problem.", true},
		// near misses: the cause after a colon, a dash or "it's", a reason, no dismissal
		{"It wasn't your laptop: the sign-in server update on Sunday dropped the old tokens.", false},
		{"It isn't your account, it's the winter timetable.", false},
		{"Not the connection - the proxy killed the upload at 15 GB.", false},
		{"It wasn't the cable, because the spare cable gives the same error.", false},
		{"Not the printer but the driver that Monday's update installed.", false},
		{"It was the certificate renewal that broke it.", false},
		{"Not all of the orders were affected.", false},
	}
	checkPredicate(t, "candidateDismissed", func(text string) bool { return candidateDismissed(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"It was not the certificate renewal that was also done yesterday.", staff, 0, Cause},
		{"It wasn't your Mac: the print server update we installed on Sunday had a bug that made Macs forget their print login.", staff, Cause, 0},
	})
}
