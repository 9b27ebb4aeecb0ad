package reader

import (
	"strings"
	"testing"
)

// TestFleetOnVersion checks round 170's whole fleet on the fixed version
// (restored_fleet_on_version.go): the true rows are reworded from the styles
// sets named beside them; the near misses are a rollback, a fleet still on
// the old version, "all" alone after a fault report, a step's object, a
// part, a plan, a question, a negation, no remedy before.
func TestFleetOnVersion(t *testing.T) {
	cases := []wordingCase{
		{"All three on v2026.11.2.", staffAfter, Restored, 0},                                               // styles106
		{"TMS reports 38/38 on 7.4.", staffAfter, Restored, 0},                                              // styles36
		{"All 22 tablets are now on 5.8.2 and working.", staffAfter, Restored, 0},                           // styles7
		{"I've checked this morning: 1,204 of your 1,205 pumps are now on v14.1.", staffAfter, Restored, 0}, // styles99
	}
	checkWording(t, cases)
	taken := []wordingCase{
		{"All three on v2026.11.2.", staffAfter, Restored, 0},
		{"1,204 of your 1,205 pumps are now on v14.1, and the last one hasn't connected since Monday.", staffAfter, Restored, 0},
		{"12 of 12 on 3.9.0.", staffAfter, Restored, 0},
	}
	refused := []wordingCase{
		{"Rollback done 09:12, 214/214 back on 3.8.4.", staffAfter, 0, Restored},
		{"Older phones still on 4.1.3 and working.", staffAfter, 0, Restored},
		{"Two more cases today with the same pattern, all on 3.2.1.", staffAfter, 0, Restored},
		{"Disabled update checks on all 212 controllers on 4.2.1 via fleet policy.", staffAfter, 0, Restored},
		{"Checked the other 3 councils on 2026.3, all pinned.", staffAfter, 0, Restored},
		{"Only 3 units on 5.4.0, the rest are on 5.3.2.", staffAfter, 0, Restored},
		{"Once all three are on 4.2 I'll load the maps.", staffAfter, 0, Restored},
		{"Are all three on 4.2.1?", staffAfter, 0, Restored},
		{"Not all 12 on 4.2 yet.", staffAfter, 0, Restored},
		{"7 of 9 on 2.8.0.", staffAfter, 0, Restored},
		{"Yours are all on 3.1.", staffAfter, 0, Restored},
	}
	checkRuleItself(t, "fleet on version", fleetOnVersion, taken, refused)
	if Classify("All three on v2026.11.2.", staffBefore)&Restored != 0 {
		t.Error("read as the fleet on the fixed version with no remedy before it")
	}
}

// TestOnDigitAhead: every text fleetVersion finds in its lower case is one
// onDigitAhead, which fleetOnVersion asks first, holds; and the near misses.
func TestOnDigitAhead(t *testing.T) {
	for _, s := range []string{"All three on v2026.11.2.", "TMS reports 41/41 ON 7.3.", "now On\tV14.1 and",
		"on\n3.9.0", "add-on 2.1.4 and the rest on", "éon 3.2 on", "All 38 are now on  5.8.2"} {
		if !fleetVersion.MatchString(strings.ToLower(s)) {
			t.Errorf("%q: fleetVersion finds nothing (the test's text is wrong)", s)
		}
		if !onDigitAhead(s) {
			t.Errorf("%q: fleetVersion finds it, onDigitAhead does not", s)
		}
	}
	for _, s := range []string{"on release 3.2", "on3.2", "turned it on. 3.2 is out", "one 3", "on v", "on"} {
		if onDigitAhead(s) {
			t.Errorf("%q: onDigitAhead true", s)
		}
	}
}
