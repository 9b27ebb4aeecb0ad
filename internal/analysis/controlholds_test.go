package analysis

import "testing"

// TestControlHolds: a staff test of a control, as a test identity or with a
// test object, that was refused is the control working; a test that shows a
// fault, a real user refused, or a refusal that persists are faults found.
// The sentences are written for the test.
func TestControlHolds(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Tested as hr.testuser - access denied.", true},
		{"Logged in as fin.test (Finance role) - the folder doesn't show in search or in the recent list.", true},
		{"21:00 test: test staff card opened the side door, the server room denied (correct).", true},
		{"Test booking for a single night on Saturday refused, two nights accepted.", true},
		{"Signed in as the test account, the payroll report is not visible.", true},
		// near misses
		{"Reproduced with a test account: the upload fails when the file is over 20 MB.", false},
		{"Tested as jsmith - access denied.", false},
		{"Tested as hr.testuser - access denied, but the page also errors for the owners.", false},
		{"Tested as hr.testuser - still refused after the group change.", false},
		{"The partner's login was refused this morning.", false},
		{"Tested as hr.testuser - access denied and the export crashes.", false},
	}
	for _, c := range cases {
		if got := controlHolds(lower(c.s)); got != c.want {
			t.Errorf("controlHolds(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
