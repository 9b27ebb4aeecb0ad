package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixDone checks round 14's fixes reported as a step done
// (fix_done.go) on sentences written for this test, with their near misses.
func TestFixDone(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// the writer's or a staff team's step done
		{"I've given the night shift access to the loading bay doors.", staff, Fix, 0},
		{"We've also switched off the nightly resync for that store.", staff, Fix, 0},
		{"Done - I've lifted the hold on your account.", staff, Fix, 0},
		{"Our facilities team replaced the badge reader at 10:20.", staff, Fix, 0},
		{"Network team added the new range to the allow-list this morning.", staff, Fix, 0},
		// a terse note of a step done
		{"Replacement handset ordered, ref HS-4410.", staff, Fix, 0},
		{"Resubmitted the claim with the corrected member number.", staff, Fix, 0},
		{"Webhook route added: billing events -> finance channel.", staff, Fix, 0},
		{"09:40 gateway B reflashed, health check green.", staff, Fix, 0},
		// a customer's own step done, in reply
		{"ok I updated the bank details in the portal.", customer, Fix, 0},
		{"Our IT have also whitelisted your mail server.", customer, Fix, 0},
		// near misses
		{"I have sent the invoice again.", customer, 0, Fix},
		{"I uploaded the screenshot of the error.", customer, 0, Fix},
		{"I made the new standing order, but the payment bounced anyway.", customer, 0, Fix},
		{"I've opened a ticket with the carrier.", staff, 0, Fix},
		{"We have sent an email to the vendor's support desk.", staff, 0, Fix},
		{"I've sent a test order and it went through.", staff, 0, Fix},
		{"I haven't added the new range yet.", staff, 0, Fix},
		{"Problem record PRB-310 opened for the vendor bug.", staff, 0, Fix},
		{"I've checked the badge reader's logs.", staff, 0, Fix},
		{"Restarted and reset, doesn't help.", staff, 0, Fix},
		{"Registered 14:05.", staff, 0, Fix},
		{"Our security team has looked at the allow-list.", staff, 0, Fix},
		{"I've given the night shift access to the loading bay doors.", Context{Role: ticket.RoleCustomer, Opening: true}, 0, Fix},
	}
	checkWording(t, cases)
}

// TestFixDoneStaffNote checks round 19's fix (fix_done.go) on sentences
// written for this test, with their near misses.
func TestFixDoneStaffNote(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	checkWording(t, []wordingCase{
		// a staff note with no subject: the step opening it, or after a name
		{"Triggered a full resync of the catalogue from the console.", staff, Fix, 0},
		{"Generated 40 new guest codes for reception.", staff, Fix, 0},
		{"Licence key entered 09:14.", staff, Fix, 0},
		{"Build 4.2.7 promoted to production 12/03 18:00.", staff, Fix, 0},
		{"Replacement router staged and couriered to the branch.", staff, Fix, 0},
		{"Balance transferred to the new card, old card closed.", staff, Fix, 0},
		// near misses: what an alert or a job did, a component entering a
		// state, a negation, a bare verb, a clause about the thing, the
		// customer's words, a test, a plan
		{"Alert triggered on the pager at 03:10.", staff, 0, Fix},
		{"Nightly_export.csv generated 04:55.", staff, 0, Fix},
		{"The second node entered a degraded state.", staff, 0, Fix},
		{"Key not entered yet.", staff, 0, Fix},
		{"Triggered 14:02.", staff, 0, Fix},
		{"Code entered was the old one.", staff, 0, Fix},
		{"Triggered a test sync from the console.", staff, 0, Fix},
		{"Triggered a full resync of the catalogue from the console.", customer, 0, Fix},
		{"Will be promoted to production tomorrow.", staff, 0, Fix},
	})
}
