package reader

import "testing"

// TestAssuranceNoStepNoFix checks the refusal of an assurance with no step
// told (fix_assurance_no_step.go); sentences written for the test. The
// assurance after a step told stays a fix.
func TestAssuranceNoStepNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Thanks for the feedback, it is safe to apply the trigger in production.", true},
		{"The script only removes old files from the temp folder and it will not impact the application.", true},
		{"The old tables are safe to be deleted as nothing uses them.", true},
		{"The labels are safe to use on the current firmware in the meantime.", true},
		{"This has been corrected and will not affect your renewal.", false},                // near miss: a perfect
		{"I've loaded the default key instead, so deleting events won't affect it.", false}, // near miss: the writer's perfect
		{"We moved the job to the night slot, so it won't impact the users.", false},        // near miss: a past step
		{"Is it safe to restart the server now?", false},                                    // near miss: asked
		{"The change will impact all clients, so we need a new document first.", false},     // near miss: no negation
		{"The safe in the office needs a new code.", false},                                 // near miss: no "safe to"
		{"Safe", false},
	} {
		if got := assuranceNoStep(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("assuranceNoStep(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"Thanks for the feedback, it is safe to apply the trigger in production.", staffAfter, 0, Fix},
		{"This has been corrected and will not affect your renewal.", staffAfter, Fix, 0}, // near miss
	})
}
