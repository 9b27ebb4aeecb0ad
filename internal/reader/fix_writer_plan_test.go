package reader

import "testing"

// TestWriterPlanNoFix checks the refusal of the writer's plan or offer
// (fix_writer_plan.go); sentences written for the test. A plan beside a step
// done, and a remedy offered instead of the one asked, stay fixes.
func TestWriterPlanNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"I'll keep the old server image for 30 days in case we need to roll back.", staffAfter, 0, Fix},
		{"We'll correct the import file and re-run it tonight.", staffAfter, 0, Fix},
		{"I can set up the remaining accounts this afternoon.", staffAfter, 0, Fix},
		{"I'll leave the setting as it is and have added an alert for next time.", staffAfter, Fix, 0}, // near miss: a step done beside it
		{"I can see the failed logins, and I've unlocked the account.", staffAfter, Fix, 0},            // near miss: an observation, and the step
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I'll close the ticket once you confirm.", true},
		{"In the meantime we'll fit a temporary router at the depot.", true},
		{"Or I can pull the report from the backup if you prefer.", true},
		{"I'll give you a replacement code instead, which works straight away.", false}, // instead
		{"I can see the failed logins on your account.", false},                         // an observation (fix_writer_sees.go)
		{"Shall I re-run the import tonight?", false},                                   // asked
		{"We've re-run the import and I'll check it again tonight.", false},             // the writer's step first
	} {
		if got := writerPlan(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("writerPlan(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
