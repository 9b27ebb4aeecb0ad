package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound14CauseForms checks round 14's causes (cause_component.go) on sentences
// written for this test, with their near misses.
func TestRound14CauseForms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []wordingCase{
		// a requirement the component in place does not meet
		{"Release 8.2 needs controller firmware 3.0 or later, and the lobby unit is on 2.7.", staff, Cause, 0},
		{"The new client requires macOS 14 or newer but the lab machines run 13.", staff, Cause, 0},
		// a component lacking what it needs
		{"The older image lacks the intermediate certificate, so the handshake fails.", staff, Cause, 0},
		{"The handhelds are on a build that doesn't trust the new signing key.", staff, Cause, 0},
		// a credential that lapsed
		{"The API token for the shipping integration expired at 04:10.", staff, Cause, 0},
		{"Signing certificate on the build server expired Sunday night.", staff, Cause, 0},
		// a component that failed and did not come back
		{"The sync worker crashed during the nightly reboot and never came back.", staff, Cause, 0},
		{"Export daemon stopped at 02:00 when the volume filled and didn't restart.", staff, Cause, 0},
		// a scheduled change a component missed
		{"The Leeds kiosk was powered off on Monday so it missed the menu update.", staff, Cause, 0},
		{"Two depots missed the April config push.", staff, Cause, 0},
		// a value held instead of the right one
		{"The scheduler writes its dates in US format instead of ISO.", staff, Cause, 0},
		{"The invoice batch came through with the old VAT rate rather than the new one.", staff, Cause, 0},
		// a finding joined to the symptom it produced
		{"The bucket policy was tightened on Friday, which is what returns 403 on the downloads.", staff, Cause, 0},
		{"The queue hit its size limit at 03:12, which is exactly when the imports aborted.", staff, Cause, 0},
		// a value entered wrong
		{"The sort code was keyed wrong on the supplier record.", staff, Cause, 0},
		{"Two digits of the account number were transposed at entry.", staff, Cause, 0},
		// a component still on an old target
		{"Kiosk 4 is still on v3 after the outage.", staff, Cause, 0},
		{"The scanner is still trying to reach the old print server.", staff, Cause, 0},
		// near misses
		{"Not the firmware - units still on the old build fail too.", staff, 0, Cause},
		{"You can still use the old link until Friday.", staff, 0, Cause},
		{"You need version 3.0 or later to use the new reports.", staff, 0, Cause},
		{"Release 8.2 needs firmware 3.0 or later.", staff, 0, Cause},
		{"Your trial expires on 30 June.", staff, 0, Cause},
		{"The token hasn't expired yet.", staff, 0, Cause},
		{"Three tills didn't come back after the reboot.", staff, 0, Cause},
		{"We missed the 14:00 call, sorry.", staff, 0, Cause},
		{"Please use the ISO format instead of the US one.", staff, 0, Cause},
		{"We restarted the worker, which is what cleared the backlog.", staff, 0, Cause},
		{"I checked the sort code and there's no typo.", staff, 0, Cause},
		{"The vendor might have shipped a build that lacks the certificate.", staff, 0, Cause},
	}
	checkWording(t, cases)
}

// TestRound14NotCause checks the forms round 14 keeps from being read as a
// cause (notCause), with near misses that still are causes.
func TestRound14NotCause(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []wordingCase{
		// the thing explained is fine, not affected, not lost, expected
		{"The Dublin office uses the old gateway, which is why they're fine.", staff, 0, Cause},
		{"The meter kept counting while the display was off, so nothing is lost.", staff, 0, Cause},
		{"The reports were late because of the backlog, but nothing is lost.", staff, Cause, 0}, // a cause, then a reassurance
		{"The readings were buffered on the device, not lost.", staff, 0, Cause},
		{"The gaps won't show on the chart, but the logger kept them, so nothing is lost.", staff, 0, Cause},
		{"That's why the Android users aren't affected.", staff, 0, Cause},
		{"Legacy card expired at 09:00 as planned, no action needed.", staff, 0, Cause},
		// the cause not yet established
		{"Pump 2 pressure 1.2 bar vs 2.0 expected, cause not confirmed yet.", staff, 0, Cause},
		// an acknowledgement of someone else's explanation
		{"Great, that explains it.", staff, 0, Cause},
		// a heading over a list
		{"Results from the test:", staff, 0, Cause},
		// the writer's own completed step and its purpose
		{"We've added a second power supply so a single failure won't take the rack down again.", staff, 0, Cause},
		{"I have also set up an alert so a stuck queue pages us instead of failing silently.", staff, 0, Cause},
		// how things normally work
		{"Because the order was placed through the marketplace, normally they handle the return.", staff, 0, Cause},
		// near misses: still causes
		{"The job was fine until the password expired on Friday.", staff, Cause, 0},
		{"The unit was switched off overnight when it normally downloads its keys, so its keys ran out.", staff, Cause, 0},
		{"We've found that the relay's certificate had expired.", staff, Cause, 0},
		{"Normally the export runs at 02:00, but this time it failed because the disk was full.", staff, Cause, 0},
	}
	checkWording(t, cases)
}

// TestRound14FixForms checks round 14's fixes reported as a step done
// (fix_done.go) on sentences written for this test, with their near misses.
func TestRound14FixForms(t *testing.T) {
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
