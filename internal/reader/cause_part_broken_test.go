package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCausePartBroken checks round 66's part found broken (partBroken):
// sentences written for the test in the shape of the rows cited, and near
// misses that must stay out.
func TestCausePartBroken(t *testing.T) {
	note := Context{Role: ticket.RoleAgent}
	checkWording(t, []wordingCase{
		{"5A fuse on the control board blown.", note, Cause, 0},
		{"Inlet valve membrane torn, tank not filling.", note, Cause, 0},
		{"Feed roller jammed with a folded label.", note, Cause, 0},
		// near misses: a plan, a step on the part, a negation, a hedge, no part
		{"If the fuse is blown we will replace it on Monday.", note, 0, Cause},
		{"Replaced the torn membrane and tested.", note, 0, Cause},
		{"Fuse not blown, board fine.", note, 0, Cause},
		{"Feed roller possibly jammed, will check tomorrow.", note, 0, Cause},
		{"The paper jammed the tray again.", note, 0, Cause},
	})
}
