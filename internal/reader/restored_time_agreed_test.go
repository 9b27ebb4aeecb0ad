package reader

import "testing"

// TestRestoredTimeAgreed checks round 222's refusal (restored_time_agreed.go):
// the customer's agreement to a time is no restoration; a thing named beside
// the time, a past verb or a state after it is not refused. The sentences
// are written for the test.
func TestRestoredTimeAgreed(t *testing.T) {
	cases := []wordingCase{
		{"Friday is fine for the engineer.", custAfter, 0, Restored},
		{"yes 10am ok", custAfter, 0, Restored},
		{"Thanks Maria, the 12th works for us.", custAfter, 0, Restored},
		{"Tomorrow at 9 is perfect, thank you.", custAfter, 0, Restored},
		{"Automatically at midnight is good, thanks.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	pred := func(text string, ts []string) bool { return timeAgreed(text, ts) }
	checkRuleItself(t, "time agreed", pred, cases, []wordingCase{
		{text: "Perfect, delivery Tuesday is great."},
		{text: "Monday went fine, all 12 clocked in at the gate."},
		{text: "Saturday was fine at all four sites."},
		{text: "all ok since saturday, the labels print with the new tags."},
		{text: "Dashboard's caught up, shows 1,142 good which is about right."},
		{text: "It's fine now, thanks."},
		{text: "Printed at 10:30 and all fine."},
	})
}
