package analysis

import "testing"

// TestReassuresNoneElseAndCheck: staff's word that the fault reached nobody
// else, and a check that finds a value still where the work set it, report
// no fault found; a present denial, a purpose and a check that finds a fault
// do. The sentences are written for the test.
func TestReassuresNoneElseAndCheck(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"No one else bought it at the old price overnight.", true},
		{"Nothing odd on the account and nobody else used it.", true},
		{"No other branches reported.", true},
		{"Checked after the nightly sync: tariff still £12, override on.", true},
		{"03/05 check: the renewal quoted today still 15%.", true},
		// near misses
		{"Nobody else can log in since the upgrade.", false},
		{"Checked after the nightly sync: tariff still £12 but the export fails.", false},
		{"Did that, still 5003.", false},
		{"Checked after the nightly sync: the import still fails.", false},
	}
	for _, c := range cases {
		if got := reassures(lower(c.s)); got != c.want {
			t.Errorf("reassures(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
