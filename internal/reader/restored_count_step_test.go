package reader

import "testing"

// TestRestoredCountStep checks round 230's narrowing of countWorkDone and
// processDone (restored_staff.go): a count of records the writer added,
// moved, merged, migrated or refunded, and a run's end told with nothing but
// its time and count, are the step reported done, the fix, and no
// restoration; a count of work the service itself got through (uploaded,
// imported, delivered, processed) and a run's end with a working state are
// still read. The sentences are written
// for the test.
func TestRestoredCountStep(t *testing.T) {
	checkRuleItself(t, "count of work done", func(text string, ts []string) bool { return countWorkDone(text, ts) },
		[]wordingCase{
			{text: "Connector restarted, 412 queued invoices imported."},
			{text: "Resent this morning's reminders, 57 delivered."},
			{text: "All 23 uploaded at 14:10."},
			{text: "Replay finished: 1,120 events processed."},
		},
		[]wordingCase{
			{text: "Panel created, 9 members added."},
			{text: "Bulk swap run at 10:40, 1,806 subscriptions moved to the new plan."},
			{text: "Other 12 customers refunded in bulk, template e-mail sent."},
			{text: "Merged the two profiles, 4 orders moved to the primary one."},
			{text: "Checked the other 8 migrated jobs, all had their window."},
		})
	checkPredicate(t, "processDone", func(text string) bool { return processDone(tokens(text, nil)) }, []predicateCase{
		{"Backfill finished 02:10.", false},
		{"Sync finished 09:58, 4,312 lines.", false},
		{"Restore done.", false},
		{"Rebuild finished 07:55 yesterday, RG2 optimal.", true},
		{"Resend finished at 10:12, all 1,384 messages acknowledged.", true},
		{"Brilliant, the port is complete then.", true},
	})
	checkWording(t, []wordingCase{
		{"Team created, 6 members added.", staffAfter, Fix, Restored},
		{"Export taken, 2,400 records moved to the new site code.", staffAfter, 0, Restored},
		{"Connector restarted, 230 backlog items ingested.", staffAfter, Restored, 0},
	})
}
