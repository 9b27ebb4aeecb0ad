package reader

import "testing"

// TestRetentionNoFix checks the refusal of a retention or time limit
// (fix_retention.go); sentences written for the test. An instruction with a
// period ("please keep ... for a week"), a link valid for a period and a
// retention set by the writer stay fixes.
func TestRetentionNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Call recordings are kept for 60 days and then deleted automatically.", staffAfter, 0, Fix},
		{"I'll keep the old server image for 30 days in case we need to roll back.", staffAfter, 0, Fix},
		{"The old backups will be kept until 31 March, then removed.", staffAfter, 0, Fix},
		{"Please keep using the old router for a week so we can swap back if needed.", staffAfter, Fix, 0}, // near miss: an instruction (round 140: a thing kept, "Please keep the old router ...", is no fix, fix_keep_asked.go)
		{"I've extended the link, it's valid for 14 days.", staffAfter, Fix, 0},                            // near miss: a step, "valid"
		{"I've set the retention on the mailbox to 90 days.", staffAfter, Fix, 0},                          // near miss: the writer's step
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Photos stay in the gallery for at least 6 months after the event.", true},
		{"Scans are stored for twelve months and then purged.", true},
		{"Could you keep the faulty unit for a few days so the courier can collect it?", false}, // asked
		{"Keep the receipt until the refund shows on your statement.", false},                   // no date after "until"
		{"We've kept the old mailbox for 30 days as you asked.", false},                         // the writer's step
	} {
		if got := retentionTold(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("retentionTold(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
