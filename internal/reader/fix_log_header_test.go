package reader

import "testing"

// TestLogHeaderNoFix checks the refusal of a log or audit line under its
// header (fix_log_header.go); sentences written for the test.
func TestLogHeaderNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Audit log: changed 03:10 by 'nightly-sync'.", staffAfter, 0, Fix},
		{"Changed the sync schedule to 03:10 and re-ran it.", staffAfter, Fix, 0}, // near miss: the writer's step, no header
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Audit log: changed 03:10 by 'nightly-sync'.", true},
		{"Mail log: 3 reset mails accepted by their server (250 OK).", true},
		{"Remote diag: fan speed reading 0 rpm on and off.", true},
		{"Door controller audit for D-12: code reset at 02:00 by user 'sync'.", true},
		{"Gateway log G2: 4x 'link down' in 3 days.", true},
		{"Asset history: OPD-LBL-02 was swapped on 3 Apr for a ZD421.", true},                  // round 135
		{"Carrier load report: no file from the depot for 03/09.", true},                       // round 243
		{"Switch port 7 status: disabled.", true},                                              // round 243
		{"Vendor status page: \"delivery moved to the new provider\".", true},                  // round 243
		{"Controller events: access denied 06:02-06:40, then granted from 07:00.", true},       // round 243
		{"I've sent you the report: the file went through at 09:12.", false},                   // the writer's step
		{"Backfill done from the provider's webhook log: 191 of 318 gifts now marked.", false}, // the writer's step in the header
		{"Backfill from meter logs 28/10 11:30 to 05/11 09:30 done.", false},                   // a colon inside a time
		{"I've pulled the event log for the four doors: each shows a door open.", false},       // the writer's step
		{"Workaround: restart the app after each sync.", false},                                // no log named
		{"Logged a call with the vendor and restarted the unit.", false},                       // no header
	} {
		if got := logHeaderLine(c.text); got != c.want {
			t.Errorf("logHeaderLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
