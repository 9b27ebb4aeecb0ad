package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredExplained checks round 98's refusal (restored_explained.go): an
// explanation of why with no state after the fix is no restoration; one that
// also tells the state now stays. The sentences are written for the test.
func TestRestoredExplained(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	refused := []string{
		"Smaller orders went through because they fitted under the old size limit.",
		"The labels printed blank, which is why the depot thought the job had worked.",
		"The reason is that the signing certificate expired on Sunday.",
		"Cause was the nightly job that went live with the new schedule.",
	}
	for _, s := range refused {
		if !explainedNoState(tokens(s, nil)) {
			t.Errorf("%q: not read as an explanation", s)
		}
	}
	kept := []string{
		"The feed stopped because the key expired; it's running again since 10:20.",
		"It works now because we moved the printer to the new queue.",
		"Orders went through fine this morning.",
		"The cause of the outage is still being looked into.",
	}
	for _, s := range kept {
		if explainedNoState(tokens(s, nil)) {
			t.Errorf("%q: read as an explanation with no state", s)
		}
	}
	checkWording(t, []wordingCase{
		{"Smaller orders went through because they fitted under the old size limit.", staff, 0, Restored},
		{"It works now because we moved the printer to the new queue.", staff, Restored, 0},
	})
}
