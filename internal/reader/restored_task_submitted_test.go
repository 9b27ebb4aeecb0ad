package reader

import "testing"

// TestTaskSubmitted checks round 156's customer's terse word that the
// blocked task is done (restored_task_submitted.go): the true rows are
// reworded from the styles sets named beside them; the near misses are a
// booking for a date, a plan, a request, a question, a negation, a thing
// "placed" with no order, no remedy before.
func TestTaskSubmitted(t *testing.T) {
	cases := []wordingCase{
		{"Thanks, application submitted.", custAfter, Restored, 0},                            // styles96
		{"Submitted, thanks.", custAfter, Restored, 0},                                        // styles105
		{"order placed, ref ABC-0912", custAfter, Restored, 0},                                // styles105
		{"Done, I am in the portal and I have submitted the return.", custAfter, Restored, 0}, // styles103
		{"Review submitted today.", custAfter, Restored, 0},                                   // styles47
	}
	checkWording(t, cases)
	taken := []wordingCase{
		{"Thank you Kerry, all 7 have entered their hours and submitted.", custAfter, Restored, 0}, // styles57
	}
	refused := []wordingCase{
		{"Booked her in for Saturday.", custAfter, 0, Restored},
		{"I will submit it once the button is green.", custAfter, 0, Restored},
		{"Can it be submitted today?", custAfter, 0, Restored},
		{"Application submitted?", custAfter, 0, Restored},
		{"Still not submitted, the button is grey.", custAfter, 0, Restored},
		{"Please confirm it was submitted.", custAfter, 0, Restored},
		{"i already placed the gateway in one node and run it.", custAfter, 0, Restored},
		{"Submitted, but the page says the form could not be saved and I have no reference.", custAfter, 0, Restored},
	}
	checkRuleItself(t, "task submitted", taskSubmitted, taken, refused)
	if Classify("Thanks, application submitted.", custBefore)&Restored != 0 {
		t.Error("read as the task done with no remedy before it")
	}
}
