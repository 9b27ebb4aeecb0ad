package reader

import "testing"

// TestStepFailedNoFix checks the refusal of a step told as having failed
// (fix_step_failed.go), round 39's forms and round 110's; sentences written
// for the test.
func TestStepFailedNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Restart didn't fix it for good.", staffAfter, 0, Fix},
		{"Clearing the cache worked, the photos upload now.", staffAfter, Fix, 0}, // near miss: the -ing step that held
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Restart didn't hold.", true},                                   // round 39
		{"Yesterday's fix only dealt with the symptom.", true},           // round 39
		{"A restart only clears it for a while.", true},                  // the present
		{"Releasing by hand won't stick.", true},                         // an -ing step, "won't"
		{"Clearing cache only helps for smaller photos.", true},          // an -ing step with its object
		{"Restart didn't fix it for good.", true},                        // "didn't fix"
		{"Sorry - yesterday's fix was the wrong one.", true},             // "was the wrong one"
		{"my fix yesterday did not go far enough.", true},                // "did not go far enough"
		{"yesterday's fix treated the symptom only.", true},              // a past verb and the symptom
		{"Clearing the cache didn't help, but reinstalling did.", false}, // another step after
		{"The restart didn't fix it, so I replaced the PSU.", false},     // another step after
		{"Cleared the cache and restarted; it works now.", false},        // steps done
		{"The word won't hold your listings again.", false},              // no step noun
	} {
		if got := stepFailed(tokens(c.text, nil)); got != c.want {
			t.Errorf("stepFailed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
