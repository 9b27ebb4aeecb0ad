package analysis

import "testing"

// TestRulesOutOnly: a sentence that only sets a candidate aside is told apart
// from one that goes on to the cause in its place.
func TestRulesOutOnly(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The dirty sensor turned out not to be the real problem.", true},
		{"That explains it, and it wasn't the app data after all.", true},
		{"Match calibration good and tune positions normal since the RSC recal, so the match was not the problem.", true},
		{"So the firewall isn't it.", true},
		// near misses: the cause follows, or nothing is ruled out
		{"The switch was not the cause after all: Arcwell have confirmed a fault in the cabinet controller's firmware.", false},
		{"It wasn't your phone after all - a lock update went out to the hub on your floor last night.", false},
		{"The TOML parser isn't the problem; v2.3.0 stopped filling in defaults for sections that are missing.", false},
		{"As we found, the switch wasn't the problem: the desk was still set to the session from its previous hire.", false},
		{"The driver wasn't the real problem: the printer itself was forgetting its label size.", false},
		{"The cause was not configured retention on the archive volume, which filled up overnight.", false},
		{"It turned out to be the label printer's side.", false},
		{"The new codes weren't in the mapping table, so quality showed 0%.", false},
	}
	for _, c := range cases {
		if got := rulesOutOnly(c.text); got != c.want {
			t.Errorf("rulesOutOnly(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMainCauseRuledOut: a sentence that only sets a candidate aside is not
// quoted over the explanation beside it, though "the real problem" is in it;
// alone, it is still the one sentence read as a cause.
func TestMainCauseRuledOut(t *testing.T) {
	f := &Facts{Causes: []Quote{
		{Event: "e9", Public: true, Text: "The dirty sensor turned out not to be the real problem."},
		{Event: "e9", Public: true, Text: "The rollers that grip and drive the left handrail had worn down, so the handrail was slipping on its drive."},
	}}
	if got := f.MainCause(true); got != 1 {
		t.Errorf("MainCause = %d, want 1 (the explanation)", got)
	}
	f.Causes = f.Causes[:1]
	if got := f.MainCause(true); got != 0 {
		t.Errorf("MainCause of the ruled-out sentence alone = %d, want 0", got)
	}
}
