package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestWorkUnderway checks the refusal of work on the case told under way
// elsewhere (workUnderway) as a fix or a restoration. The sentences are
// written for the test; near misses keep their act.
func TestWorkUnderway(t *testing.T) {
	cases := []predicateCase{
		// work told under way
		{"The fix is being worked on with the vendor.", true},
		{"the issue with the export is being handled through a different ticket.", true},
		{"Dev team is working for the change request.", true},
		{"Our engineers are still working on it and I will update you tomorrow.", true},
		{"That part is currently being looked at.", true},
		// near misses: a thing working again, work done, a past state
		{"The scanner is working again since the restart.", false},
		{"The team is working normally on the new build now.", false},
		{"We fixed the mapping and the orders were being handled again by 10:00.", false},
		{"I've been working on the mapping and it's fixed now.", false},
	}
	checkPredicate(t, "workUnderway", func(text string) bool { return workUnderway(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"the issue with the export is being handled through a different ticket.", staff, 0, Fix | Restored},
		{"We fixed the mapping and the orders were being handled again by 10:00.", staff, Fix, 0},
	})
}
