package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRecordReading checks the refusal of a machine record's reading
// under a head naming it (recordReading, in notCause, so the model too). The
// sentences are written for the test; near misses keep their cause.
func TestCauseRecordReading(t *testing.T) {
	cases := []predicateCase{
		// a record's reading: codes, error text, times, "since" and "after"
		{"Scheduler log: job 4411 killed at 03:00, exit 137.", true},
		{"Licence log: certificate expired 23:59.", true},
		{"Door audit D-12: 08:10 badge refused, reason EXPIRED.", true},
		{"Job history: 'access denied' for svc-export every run since Sunday.", true},
		{"Supplier dashboard: refund 2231 returned twice, code ACCOUNT_CLOSED.", true},
		{"Switch log: port 4 down since 01:10 after a power dip (PoE port).", true},
		{"I checked the channel log: all 9 orders rejected at 22:40.", true},
		// near misses: staff's words beyond the record, a head that is no record's
		{"Scheduler log: job 4411 killed at 03:00 - the new memory cap is below what month-end needs.", false},
		{"Import log: the file's header says Ref_No, ours expects Ref.", false},
		{"Mail log: bounced at 02:00, because the relay's password was changed.", false},
		{"Sync log: token refused; the tablet clocks run ten minutes fast.", false},
		{"Device log: still on 4.1 (the reset put the old firmware back).", false},
		{"Print log: ran on the matte preset instead of the gloss one.", false},
		{"We found the cause in the gateway logs: the certificate expired on Sunday.", false},
		{"Omar at the portal: the antenna cable was crushed by a forklift.", false},
		{"The error log shows a crash in the export plugin: it calls a function removed in 8.0.", false},
		{"It's every panel in the building, not just yours: the calendar key expired.", false},
		{"The certificate expired at 23:59.", false},
	}
	checkPredicate(t, "recordReading", recordReading, cases)
	staff := Context{Role: ticket.RoleAgent, Public: false}
	checkWording(t, []wordingCase{
		{"Licence log: certificate expired 23:59.", staff, 0, Cause},
		{"Mail log: bounced at 02:00, because the relay's password was changed.", staff, Cause, 0},
	})
}
