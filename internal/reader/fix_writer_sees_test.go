package reader

import "testing"

// TestWriterSeesNoFix checks the refusal of what the writer can see
// (fix_writer_sees.go); sentences written for the test. The observation beside
// the writer's step stays a fix.
func TestWriterSeesNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"I can see the failed logins, and I've unlocked the account.", staffAfter, Fix, 0}, // near miss: the writer's step
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I can see the failed logins on your account from this morning.", true},
		{"We can also see the job stopped at 02:10.", true},
		{"I can set up the remaining accounts this afternoon.", false}, // an offer (fix_writer_plan.go)
		{"You can see the new invoice in the portal.", false},          // not the writer
	} {
		if got := writerSees(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("writerSees(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
