package reader

import "testing"

// TestRestoredRegretRecurrence checks round 139's refusal
// (restored_regret_recurrence.go): the customer's news that the fault is
// back or still there, told with regret, is no restoration; a restoration
// beside an apology, or a recurrence denied, stays one. The sentences are
// written for the test.
func TestRestoredRegretRecurrence(t *testing.T) {
	cases := []wordingCase{
		{"I'm afraid it's back.", custAfter, 0, Restored},
		{"Sorry Dana, the sensor is back up at 99% since last night.", custAfter, 0, Restored},
		{"Still happening I'm afraid, three drop-outs since this morning.", custAfter, 0, Restored},
		{"it is back :( again no data on both screens", custAfter, 0, Restored},
		{"Unfortunately the report shows the old rate again this morning.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	taken := []wordingCase{{text: "Marta - sorry, R3 shows the day rate again when I open it."}}
	refused := []wordingCase{
		{text: "Sorry for the wait, it hasn't come back."},
		{text: "Sorry for the delay, not happened again since."},
		{text: "It's back up and the files open."},
		{text: "Sorry to bother you, the printer is jammed."},
	}
	checkRuleItself(t, "regret recurrence", regretRecurrence, append(cases, taken...), refused)
	// staff's apology beside a fix stays a restoration: the refusal is the customer's only
	checkWording(t, []wordingCase{{"Anya - sorry, my mistake in the routing; v9 is live and the questions are being asked again.", staffAfter, Restored, 0}})
}
