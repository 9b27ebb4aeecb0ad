package reader

import "testing"

// TestRestoredTestWithoutTrouble checks round 101's test or run "without a
// problem" (restored_test_without_trouble.go). The true rows are reworded
// from the styles sets named beside them; the near misses are no test before
// "without", a trouble that is no trouble noun, a negation, a look, the
// future and the same test before any remedy.
func TestRestoredTestWithoutTrouble(t *testing.T) {
	cases := []wordingCase{
		{"I've uploaded a 20 MB test file to our own test claim without any problem.", staffAfter, Restored, 0},      // styles6
		{"As a test I uploaded a large TIFF and it attached without any problem.", staffAfter, Restored, 0},          // styles21
		{"The hoist ran 20 loaded test trips without a problem.", staffAfter, Restored, 0},                           // styles27
		{"I've run the carousel through all positions forty times without a single fault.", staffAfter, Restored, 0}, // styles52
		// near misses
		{"The section came out empty without any error being raised.", staffAfter, 0, Restored},
		{"The hoist ran 20 loaded test trips without a technician on board.", staffAfter, 0, Restored},
		{"We looked at the test logs without a problem being found.", staffAfter, 0, Restored},
		{"We'll run the test trips without a load tomorrow.", staffAfter, 0, Restored},
		{"The hoist ran 20 loaded test trips without a problem.", staffBefore, 0, Restored},
	}
	checkWording(t, cases)
	checkRuleItself(t, "a test without trouble", testWithoutTrouble, nil, cases[4:8])
}
