package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredGuards checks the round-10 guards against restorations the
// ticket does not assert, on sentences written for this test (none taken from
// a labelled set): each refused reading beside the restoration it must keep.
func TestRestoredGuards(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// a component ruled out or a choice accepted, against a state reached
		{"The firewall is fine, the drops are on the carrier's side.", staff, 0, Restored},
		{"Thursday after six is fine for the visit.", customer, 0, Restored},
		{"The payroll export is fine now.", customer, Restored, 0},
		{"Everything is fine again after the restart.", customer, Restored, 0},
		{"The database is healthy.", staff, 0, Restored},
		{"The queue is up and healthy.", staff, 0, Restored},
		{"The replicas are healthy again.", staff, Restored, 0},
		{"Monitoring reports the nodes as healthy.", staffAfter, Restored, 0}, // round 129: before any remedy in the ticket, a check (restored_check_before_fix.go)
		{"You are correct, the invoice date was wrong.", staff, 0, Restored},
		{"The rate is set by law, so the VAT is correct.", staff, 0, Restored},
		{"Totals are correct now.", customer, Restored, 0},
		// a release not applied here, against one in place
		{"Fixed in 3.2.1, out on the store next week.", staff, 0, Restored},
		{"The vendor says the leak is fixed in version 7.4.", staff, 0, Restored},
		{"The leak is fixed in 7.4 and the dashboards are flat now.", staff, Restored, 0},
		{"Works on 3.2.1, thanks!", customer, Restored, 0},
		// a relative clause, a cause, a removal, the purpose of one's own step
		{"The job writes to a share that no longer exists.", staff, 0, Restored},
		{"The proxy no longer trusts the certificate, so every request fails.", staff, 0, Restored},
		{"The former tenant no longer has access.", staff, 0, Restored},
		{"I've moved the job to the night window so it no longer clashes with the backup.", staff, 0, Restored},
		{"The error no longer appears on the dashboard.", customer, Restored, 0},
		{"I've raised the limit so uploads work now.", staff, Restored, 0},
		{"I've paused the import so no more duplicate contacts are made.", staff, 0, Restored},
		// a restore of something, against the service restored
		{"The switch rebooted and restored its old config from flash.", staff, 0, Restored},
		{"The server that was restored from backup kept the old address.", staff, 0, Restored},
		{"Service was restored at 16:40.", staff, Restored, 0},
		// a prevention, against a recurrence watched for
		{"I've turned off the auto-update so it can't happen again.", staff, 0, Restored},
		{"Retention is enabled, so this shouldn't happen again.", staff, 0, Restored},
		{"The error did not appear again overnight.", customer, Restored, 0},
		// a device that did not come back, against a problem that did not
		{"Two printers didn't come back after the reboot.", staff, 0, Restored},
		{"The agent crashed at noon and never came back.", staff, 0, Restored},
		{"No new orders have come in since eight.", customer, 0, Restored},
		{"The error hasn't come back since Monday.", customer, Restored, 0},
		// a step done again, against the state again
		{"I've unlocked her account again.", staff, 0, Restored},
		{"The bank have now sent a new card.", staff, 0, Restored},
		{"Her account is unlocked again.", staff, Restored, 0},
		// steps with an object, a place, a part
		{"Hi Sam, picking this up now.", staff, 0, Restored},
		{"Called the manager, went through it together.", staff, 0, Restored},
		{"Rolling the driver back now and keeping it there.", staff, 0, Restored},
		{"One of the cards went through.", customer, 0, Restored},
		{"My payment went through this morning, thanks.", customer, Restored, 0},
		{"They're all there now.", customer, Restored, 0},
		{"Resumed them after clearing the lock files.", staff, 0, Restored},
		{"Replication resumed at 10:05.", staff, Restored, 0},
		{"Our card reader is working on another till.", customer, 0, Restored},
		{"The import itself worked fine.", staff, 0, Restored},
		// a closing notice, a past state
		{"Great, I'll set this to resolved.", staff, 0, Restored},
		{"The schedule had been set up against last year's calendar.", staff, 0, Restored},
		{"Everything is set up for the new starters.", staff, Restored, 0},
	}
	checkWording(t, cases)
}
