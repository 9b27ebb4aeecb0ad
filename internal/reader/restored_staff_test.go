package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredStaff checks round 15's restorations (restored_staff.go), staff's
// tests, counts, runs and figures after the remedy, on sentences written for
// this test, with their near misses: the same words before any remedy, a
// plan, a hope, a partial count, a failed test, a test environment or stage,
// a step that moved a setting back, a time or version read as a count.
func TestRestoredStaff(t *testing.T) {
	after := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	sameMsg := Context{Role: ticket.RoleAgent, Public: true, RemedyBefore: true}
	before := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	request := Context{Role: ticket.RoleAgent, Public: true, Request: true}
	cases := []wordingCase{
		// a test after the remedy that reached what it should
		{"Test call, option 2 reaches the sales desk.", sameMsg, Restored, 0},
		{"Test swipe with a visitor badge - granted.", after, Restored, 0},
		{"I tested with a staff fob at 22:10 and it let me in through the side gate.", after, Restored, 0},
		{"Test run of 50 cycles with no jams.", after, Restored, 0},
		{"I've tested both extensions from a mobile and they reach the front desk.", after, Restored, 0},
		{"Test order placed from the shop page was accepted by the warehouse.", after, Restored, 0},
		// near misses: before any remedy, a plan, a failure, a test stage or environment, a partial count
		{"Test call, option 2 reaches the sales desk.", before, 0, Restored},
		{"Test call, option 2 reaches the sales desk.", customer, 0, Restored},
		{"We'll test it tonight and it should let you in.", after, 0, Restored},
		{"Test call still reaches the old menu.", after, 0, Restored},
		{"Test swipe failed, the reader beeped twice.", after, 0, Restored},
		{"Test order on the staging shop was accepted.", after, 0, Restored},
		{"Test phase done: 30 invoices sent and received by the bank.", after, 0, Restored},
		{"Test batch sent: 45/50 delivered.", after, 0, Restored},
		{"I'd like to test whether it reaches the right team.", after, 0, Restored},
		{"Regression tests passed on the build.", after, 0, Restored},
		// a whole count of work done, a run completed
		{"Import finished 09:40, 2,310 contacts added.", after, Restored, 0},
		{"Mailer reconnected, 415 queued invoices re-sent.", after, Restored, 0},
		{"the new circuit is live and the line transfer completed at 11:05.", after, Restored, 0},
		{"Laptop re-image done, the finance apps load normally.", after, Restored, 0},
		// near misses: a part, a remainder, a time, a version, a date, a data quantity, no remedy
		{"Import finished 09:40, 2,310 contacts added.", before, 0, Restored},
		{"1,800 of the 2,310 contacts added so far.", after, 0, Restored},
		{"2,310 contacts added, 40 still pending.", after, 0, Restored},
		{"Import completed with errors on 12 rows.", after, 0, Restored},
		{"The sync will be complete by noon.", after, 0, Restored},
		{"18:20 engineer removed the old panel.", after, 0, Restored},
		{"agent 3.14 published to the repository.", after, 0, Restored},
		{"On 4 May we moved to the new provider.", after, 0, Restored},
		{"Nightly job started, 4.2 TB moved to cold storage.", after, 0, Restored},
		// a figure back to normal
		{"Overnight, failed-login alerts dropped from 340 to 12.", after, Restored, 0},
		{"Print queue back under 10 jobs.", after, Restored, 0},
		{"Card approval rate back at 98.7% for the last hour.", after, Restored, 0},
		// near misses: a figure that fell the wrong way, a setting or a version put back, a time
		{"Throughput dropped from 800 to 90 at 14:00.", after, 0, Restored},
		{"We set the mailbox limit back to 50 GB.", after, 0, Restored},
		{"Rolled the agent back to 7.2.1 on the six hosts.", after, 0, Restored},
		{"The vendor put the old firmware back at 03:15.", after, 0, Restored},
		{"Error rate back at 12% after the restart.", after, 0, Restored},
		{"Alerts dropped from 340 to 12.", before, 0, Restored},
		// staff relaying the customer's use
		{"She's logged in and can see the duty rota.", after, Restored, 0},
		{"All four drivers can book on the new cost centre.", sameMsg, Restored, 0},
		// near misses: an instruction, staff's own check, before the remedy, a hope
		{"You can log in with the new password.", after, 0, Restored},
		{"We can see the traffic on the firewall.", after, 0, Restored},
		{"She can see the rota but not edit it.", after, 0, Restored},
		{"She can see the duty rota.", before, 0, Restored},
		{"They should be able to log in tomorrow.", after, 0, Restored},
		// a service doing its work after the remedy, without "now" or "again"
		{"The label jobs are printing at the packing bench.", after, Restored, 0},
		{"Queued refunds are being processed in order.", after, Restored, 0},
		{"Orders are dropping to the pickers' handhelds.", after, Restored, 0},
		// near misses: before the remedy, a step under way, a past state, a possessive, staff's own work
		{"The label jobs are printing at the packing bench.", before, 0, Restored},
		{"The rebuild job is running.", after, 0, Restored},
		{"The label jobs were printing blank pages.", after, 0, Restored},
		{"The shop had its opening hours set to the wrong zone.", after, 0, Restored},
		{"We are sending the missed invoices by hand.", after, 0, Restored},
		{"The label jobs are printing slowly.", after, 0, Restored},
		// a requested step reported done stays the fix alone, in the first
		// person as in the terse note (docs/labelling.md's borders table;
		// round 55 read the first person's grant as restored, round 229 not)
		{"I've created the two accounts with the viewer role.", request, Fix, Restored},
		{"Added the new starter to the payroll group.", request, Fix, Restored},
	}
	checkWording(t, cases)
}
