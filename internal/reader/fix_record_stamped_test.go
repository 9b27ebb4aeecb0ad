package reader

import "testing"

// TestFixRecordStamped checks round 238's refusal (fix_record_stamped.go): a
// record created, moved or merged told with its time stamp is the record's
// history, not a remedy; the writer's own step, a count, a note opened by
// the participle and a participle with no stamp after it are not refused.
// The sentences are written for the test.
func TestFixRecordStamped(t *testing.T) {
	checkPredicate(t, "recordStamped", func(text string) bool { return recordStamped(tokens(text, nil)) }, []predicateCase{
		{"Two accounts for him, the second created 14/04 20:31 from the app.", true},
		{"Booking BK-2291 created 3 Mar by the import job.", true},
		{"The duplicate series was created before 29 March.", true},
		{"Her profile was merged last week with an older one.", true},
		{"Both orders created 12 seconds apart from the same login.", true},
		{"The kiosk table was refreshed at 06:00 and the plan created 28/02 11:20.", true},
		{"Template copies created 2024 for the two sites.", true},
		{"The room was moved on Monday into the new wing.", true},
		{"Created 3 accounts from the template.", false},           // the writer's own step, note style
		{"Moved 14 bookings back one hour.", false},                // the writer's own step, note style
		{"We moved your account on 2 May to the new plan.", false}, // the writer's own step
		{"I've created the mailbox yesterday evening.", false},     // the writer's own step
		{"The re-run created 0 new contacts.", false},              // a count, not a stamp
		{"User AKARIM created on that role.", false},               // no stamp
		{"The migration moved 214 members into it.", false},        // a count
		{"The folder was moved into the archive drive.", false},    // no stamp after the participle
	})
}
