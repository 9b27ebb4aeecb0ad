package reader

import "testing"

// TestRestoredNoTroubleTail checks round 84's no trouble tail
// (restored_no_trouble_tail.go): after a remedy, a check or run closed by
// ", no" and the trouble. The true rows are reworded from the styles sets
// named beside them; the near misses are a single "no error" of a test
// step, a finding, no trouble at all, a wanted thing, a hope, no remedy.
func TestRestoredNoTroubleTail(t *testing.T) {
	cases := []wordingCase{
		{"Running 20 mins now, pressure 1.4 bar, no alarm.", staffAfter, Restored, 0},                               // styles80
		{"Sam confirms full load at 100% for 15 min, no trips.", staffAfter, Restored, 0},                           // styles66
		{"All 812 queued payments matched on the report, no declines.", staffAfter, Restored, 0},                    // styles66
		{"Three late shifts since the patch, memory flat at 900 MB, no freezes reported.", staffAfter, Restored, 0}, // styles32
		// near misses
		{"Had her retry on the spare card: 10 mins, no error.", staffAfter, 0, Restored},
		{"Nothing deployed, no node restarts.", staffAfter, 0, Restored},
		{"Fan replaced by the engineer, both units green, no reboot needed.", staffAfter, 0, Restored},
		{"Router up for an hour, no signal.", staffAfter, 0, Restored},
		{"Running 20 mins, hopefully no alarm.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by this rule itself, not only by the rest
	checkRuleItself(t, "no trouble tail", noTroubleTail, nil, cases[4:])
	if Classify("Running 20 mins now, pressure 1.4 bar, no alarm.", staffBefore)&Restored != 0 {
		t.Error("read as no trouble tail with no remedy before it")
	}
}
