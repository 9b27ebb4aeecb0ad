package reader

import "testing"

// TestTestRunToldNoFix checks the refusal of a run in a test place told with
// its result (fix_test_run_told.go); sentences written for the test. A run in
// test with no result, a run in production, and a test place after the break
// are not the shape.
func TestTestRunToldNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Ran the import for tomorrow in test mode: totals match the ledger.", true},
		{"Re-ran the March file in test: 20/20 payslips correct.", true},
		{"Ran it on the replica - 3 min, no locks on live.", true},
		{"Replayed two of the rejected files in the sandbox: both pass.", true},
		{"Ran the sync by hand in test.", false},                          // near miss: no result told
		{"Re-ran the bill run in production: 212 invoices out.", false},   // near miss: the remedy itself
		{"Ran the nightly job again: it failed in test and live.", false}, // near miss: the place after the break
		{"Checked the logs in test: nothing after 02:00.", false},         // round 110's shape, not this file's
	} {
		if got := testRunTold(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("testRunTold(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"Re-ran the March file in test: 20/20 payslips correct.", staffAfter, 0, Fix},
		{"Re-ran the bill run in production and the invoices went out.", staffAfter, Fix, 0}, // near miss
	})
}
