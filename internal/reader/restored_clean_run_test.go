package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredCleanRun checks round 42's clean test or run after a remedy
// (restored_clean_run.go). The true rows are reworded from the styles sets
// named beside them (different writers); the near misses are a finding, a
// wait or a change, no break before "no", and the same test before any
// remedy.
func TestRestoredCleanRun(t *testing.T) {
	after := Context{Role: ticket.RoleAgent, AfterRemedy: true}
	before := Context{Role: ticket.RoleAgent}
	cases := []wordingCase{
		{"Projector ran 40 minutes on test with no shutdown, temperature normal.", after, Restored, 0},   // styles3
		{"Test run of 150 picks with no E-214.", after, Restored, 0},                                     // styles8
		{"I walked 10 issued books through both gates after the change: no alarms.", after, Restored, 0}, // styles9
		{"Ran 25 cycles with 300 kg in the car, no stops.", after, Restored, 0},                          // styles27
		{"18 test tickets printed before I left with no errors.", after, Restored, 0},                    // styles30
		{"Ran both bowls and the dishwasher for 10 min, no leak.", after, Restored, 0},                   // styles48
		// near misses: a finding, a wait or change, no break, a fault left
		{"Ran the job again, no change.", after, 0, Restored},
		{"Tested it twice and no response from the unit.", after, 0, Restored},
		{"Ran 30 cycles, no stops, but the door still sticks.", after, 0, Restored},
		// near miss: the same test before any remedy, a fault not reproduced
		{"Ran 30 cycles with 300 kg in the car, no stops.", before, 0, Restored},
	}
	checkWording(t, cases)
	// round 42's test result "approved" (reachWords, restored_staff.go)
	checkWording(t, []wordingCase{
		{"Test 0.01 sale approved and voided.", after, Restored, 0},                 // styles13
		{"v8 on K03-B 08:55, tap test approved.", after, Restored, 0},               // styles29
		{"10p contactless test at Rhyl approved.", after, Restored, 0},              // styles36
		{"Test transaction GBP 1.00 approved 15:02, refunded.", after, Restored, 0}, // styles49
		{"Test sale approved but the receipt did not print.", after, 0, Restored},
		{"The test plan was approved by the change board.", before, 0, Restored},
	})
	// a finding after a look or a test is not the form's, whatever other rules read
	for _, text := range []string{"End-to-end test passed, no fault found on the line.", "Looked at the test logs, no alarms."} {
		var buf [40]string
		if testClean(text, tokens(text, buf[:0])) {
			t.Errorf("testClean(%q) = true, want false", text)
		}
	}
}
