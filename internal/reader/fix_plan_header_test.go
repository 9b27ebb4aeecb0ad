package reader

import "testing"

// TestPlanHeaderNoFix checks the refusal of a plan under its header
// (fix_plan_header.go); sentences written for the test.
func TestPlanHeaderNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Plan: change the sender in Settings > Notifications on Wednesday after 17:00.", staffAfter, 0, Fix},
		{"Changed the sender in Settings > Notifications as planned.", staffAfter, Fix, 0}, // near miss: the plan carried out
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Plan: change the sender in Settings > Notifications on Wednesday after 17:00.", true},
		{"Change plan: 06:00 stop services, 06:15 DB upgrade.", true},
		{"The plan: set up the centre on Friday, unhide it on Monday.", true},
		{"Plan went ahead: sender changed at 17:05.", false},           // a plan carried out
		{"The plan is to change the sender on Wednesday.", false},      // no header
		{"Planned works: the portal will be down 02:00-03:00.", false}, // not "plan"
	} {
		if got := planHeader(c.text, tokens(c.text, nil)); got != c.want {
			t.Errorf("planHeader(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
