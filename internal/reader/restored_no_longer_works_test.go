package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredNoLongerWorks checks round 98's refusal
// (restored_no_longer_works.go): a thing at work that is no longer so tells
// the fault; a fault that no longer happens stays a restoration. The
// sentences are written for the test.
func TestRestoredNoLongerWorks(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	refused := []string{
		"The voucher code is no longer valid after the price change.",
		"The update changed the badge format, so the readers no longer recognise it.",
		"Their gateway no longer accepts the older cipher suites.",
		"After the move the printer could no longer reach the print server.",
		"The supplier's feed no longer includes the spring range.",
	}
	for _, s := range refused {
		if !noLongerWorks(tokens(s, nil)) {
			t.Errorf("%q: not read as a thing no longer working", s)
		}
	}
	kept := []string{
		"The warning no longer appears when you open the rota.",
		"The pumps no longer trip at night.",
		"You no longer need to restart the app each morning.",
		"The old menu is no longer shown on the tills.",
	}
	for _, s := range kept {
		if noLongerWorks(tokens(s, nil)) {
			t.Errorf("%q: read as a thing no longer working", s)
		}
	}
	checkWording(t, []wordingCase{
		{"The voucher code is no longer valid after the price change.", staff, 0, Restored},
		{"The warning no longer appears when you open the rota.", staff, Restored, 0},
	})
}
