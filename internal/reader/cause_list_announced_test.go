package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseListAnnounced checks the refusal of a sentence that announces the
// list or record after it (listAnnounced, in notCause, so the model too).
// The sentences are written for the test; near misses keep their cause.
func TestCauseListAnnounced(t *testing.T) {
	cases := []predicateCase{
		// an announcement ending on a colon
		{"regarding the root cause we have 2 parts below :", true},
		{"here is the one record that we found in the old schema, similar to the case:", true},
		{"we did following changes to the batch to correct the workflow and restart the service:", true},
		{"Here's what the error log shows (last night):", true},
		// near misses: a cause stated before the colon, evidence pointed at, a reason, no colon
		{"The reason is the update released last week:", false},
		{"the problem is on the account category, as shown below:", false},
		{"the job failed because the disk was full, details below:", false},
		{"the root cause is in the following table.", false},
	}
	checkPredicate(t, "listAnnounced", func(text string) bool { return listAnnounced(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"regarding the root cause we have 2 parts below :", staff, 0, Cause},
		{"The reason is the Sage update released last week:", staff, Cause, 0},
	})
}
