package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCleftFinding: a faulty thing singled out by "it's the X that ..." is
// a cause (round 152, cause_cleft_finding.go); the near misses are a
// negated cleft, an instruction or a possibility after "that", a word of
// sameness after the determiner, a hedge and a question.
func TestCleftFinding(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	taken := []wordingCase{
		{"The inverter is fine - it's the LinkBox (the comms unit) that has dropped off.", staff, Cause, 0},
		{"Yes - we turned on one-tap join links in the reminder texts on Tuesday evening, and it's those links that are failing.", staff, Cause, 0},
		{"It was the backup job that filled the disk overnight.", staff, Cause, 0},
	}
	refused := []wordingCase{
		{"It's not the router that drops the calls.", staff, 0, Cause},               // negated
		{"It's the setting that you need to change under Options.", staff, 0, Cause}, // instruction
		{"It's the same file that we sent last week.", staff, 0, Cause},              // sameness
		{"It's probably the cable that has worked loose.", staff, 0, Cause},          // hedged
		{"Is it the printer that keeps jamming?", staff, 0, Cause},                   // asked
		{"It's the toggle that lets you choose the layout.", staff, 0, Cause},        // workings
	}
	checkRuleItself(t, "cleft finding", cleftFinding, taken, refused)
	checkWording(t, taken)
	checkWording(t, refused)
}
