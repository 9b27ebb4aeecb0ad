package reader

import "testing"

// TestCleanVerdict checks round 64's clean verdict after the remedy
// (restored_clean_verdict.go). The true rows are reworded from the styles
// sets named beside them (different writers); the near misses are "clean"
// before what it describes, a step, a contrast, the future, and the same
// verdict before any remedy.
func TestCleanVerdict(t *testing.T) {
	staffRemedy := staffBefore
	staffRemedy.RemedyBefore = true
	checkWording(t, []wordingCase{
		{"Re-scan clean.", staffAfter, Restored, 0},                                                           // styles6
		{"Splice done, OTDR clean both directions.", staffRemedy, Restored, 0},                                // styles58
		{"The nightly import ran clean this morning and all 912 files were loaded.", staffAfter, Restored, 0}, // styles57
		{"5 days clean, no logins from unknown countries.", staffAfter, Restored, 0},                          // styles42
		{"The exceptions report this morning was clean so no complaints from us.", custAfter, Restored, 0},    // styles21
		{"Re-scan clean.", staffBefore, 0, Restored},
		{"I did a clean install of the driver.", staffAfter, 0, Restored},
		{"We wiped it clean and it still crashes.", staffAfter, 0, Restored},
		{"We see loss on the backup line while the main line is clean.", staffAfter, 0, Restored},
		{"Tomorrow's run should be clean.", staffAfter, 0, Restored},
	})
}
