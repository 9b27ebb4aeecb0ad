package reader

import "testing"

// TestRebootForUpdatesNoFix checks the refusal of a machine's reboot for its
// updates (fix_reboot_for_updates.go); sentences written for the test. The
// writer's reboot, and a restart window moved, stay fixes.
func TestRebootForUpdatesNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"FS-02 rebooted 03:15 for patching.", true},
		{"The booking server restarted at 01:40 for the monthly Windows updates.", true},
		{"GW-3 rebooted at 02:05 by patching, before the database was back.", true},
		{"We rebooted the router at 12:30 for the firmware update and calls work now.", false}, // near miss: the writer's step
		{"I've moved the PC's restart window for updates to 05:30.", false},                    // near miss: a window moved
		{"The hub rebooted at 09:10 and came back online.", false},                             // near miss: no reason told
		{"Rebooted for", false},
	} {
		if got := rebootForUpdates(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("rebootForUpdates(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"FS-02 rebooted 03:15 for patching.", staffAfter, 0, Fix},
		{"I've moved the PC's restart window for updates to 05:30.", staffAfter, Fix, 0}, // near miss
	})
}
