package reader

import "testing"

// TestRecordClosedNoFix checks the refusal of the change or ticket closed,
// told as its status (fix_record_closed.go); sentences written for the test.
// Instructions to close an app, a valve closed and a step after the closing
// stay fixes.
func TestRecordClosedNoFix(t *testing.T) {
	checkRuleItself(t, "recordClosed", recordClosed, []wordingCase{
		{"Change closed as successful with no incidents.", staffAfter, 0, 0},
		{"Change closed successful, PIR not needed.", staffAfter, 0, 0},
		{"CHG0031177 closed as implemented with one issue (fixed same day).", staffAfter, 0, 0},
		{"Rollout completed successfully; closing.", staffAfter, 0, 0},
		{"Done, closing.", staffAfter, 0, 0},
		{"I'm closing the change as completed.", staffAfter, 0, 0},
		{"The gauge is back to normal, so I'll close this ticket.", staffAfter, 0, 0},
	}, []wordingCase{
		{"Please close the app fully and open it again.", staffAfter, 0, 0},                     // near miss: an instruction
		{"I've closed the inlet valve as a precaution and drained the tank.", staffAfter, 0, 0}, // near miss: a valve, not a record
		{"Closing this; I've also added the check to the swap checklist.", staffAfter, 0, 0},    // near miss: round 47's, a step after
		{"Re-saved the closing times on the four other consultations.", staffAfter, 0, 0},       // near miss: a step
		{"The door sensor shows the door closing.", staffAfter, 0, 0},                           // near miss: no break before
	})
	checkWording(t, []wordingCase{
		{"Change closed as successful with no incidents.", staffAfter, 0, Fix},
		{"Done, closing.", staffAfter, 0, Fix},
		{"Closing this; I've also added the calibration run to the pump-swap checklist so it doesn't get missed again.", staffAfter, Fix, 0}, // near miss: a step after
	})
}
