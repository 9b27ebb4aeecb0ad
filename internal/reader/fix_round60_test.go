package reader

import "testing"

// TestRound60FixRefused checks round 60's refusals (fix_round60.go) on
// sentences written for this test in the shapes of the tuning rows cited
// there: read in context, none is a fix; and the near misses, in the shapes of
// the true fixes cited there, are not refused.
func TestRound60FixRefused(t *testing.T) {
	refused := []wordingCase{
		// a fix in a version not yet out
		{"Fix in 2.7.4, waiting for the store's review.", staffAfter, 0, Fix},
		{"The corrected build 8.1.2 will reach every scanner from 3 March.", staffAfter, 0, Fix},
		{"6.3.1 fixes it.", staffAfter, 0, Fix},
		{"Known bug, corrected release 2027.2.1 due Friday.", staffAfter, 0, Fix},
		// a change dated before the ticket
		{"Their billing moved to a new platform in June according to the letter.", staffAfter, 0, Fix},
		{"Also I replaced the router last week, before that it was a Netgear.", custAfter, 0, Fix},
		{"All four meters were in the batch moved to the new tariff last month, chasing the supplier now.", staffAfter, 0, Fix},
		// a choice or a wait asked
		{"Would you like a quote for the second licence as well?", staffAfter, 0, Fix},
		{"Could you hold off re-sending the invoices until we come back to you?", staffAfter, 0, Fix},
		{"Shall I move her mailbox to the new plan, or would you rather buy another seat?", staffAfter, 0, Fix},
		// a step for the writer's later work
		{"I've saved the current rules so we can put them back in spring.", staffAfter, 0, Fix},
		{"Can you leave the laptop on tonight so I can connect to it remotely?", staffAfter, 0, Fix},
		// a test told first
		{"Test print from the office laptop came out fine.", staffAfter, 0, Fix},
		{"Tested a payment on the spare till - approved in 3 s.", staffAfter, 0, Fix},
		{"As a test I uploaded a 200 MB file and it went through without any problem.", staffAfter, 0, Fix},
		// a question asked before the writer's step
		{"Quick check before I set this up: should the new users go to the sales pool or the shared one?", staffAfter, 0, Fix},
		{"Before we move the files, can you confirm you're an admin for the account?", staffAfter, 0, Fix},
		// the writer's promise about the ticket
		{"I'll update you as soon as the queue is moving again.", staffAfter, 0, Fix},
		{"I'll keep the ticket open until after tomorrow's run to be sure.", staffAfter, 0, Fix},
		{"I'll let you know when the permanent fix is released.", staffAfter, 0, Fix},
	}
	checkWording(t, refused)
	kept := []string{
		"Fixed in 3.1.2, released to the app stores this morning.",
		"Version 2.8.1 fixes it and is available now.",
		"The fixed firmware (4.0.3) is out and the doors open again.",
		"They have moved the job to a new server and the delay is fixed in version 1.9.2.",
		"We've put out a fix this morning (version 6.2.1).",
		"Same fault in the 2024.2 template, fixed that too.",
		"Updating the app to 3.2 or later fixes it.",
		"The simplest fix is to turn off band steering for 2.4 GHz.",
		"I've corrected the invoice and refunded the £148.32 difference.",
		"I've erased both records, one created by an import in April.",
		"Could you restart the terminal and try a small payment?",
		"I've restarted the service and it's working again.",
		"Test co: two users added and the price list loaded.",
		"Replaced the fan, the unit ran an hour on test with no fault.",
		"I've restarted the gateway and I'll let you know if it drops again.",
		"I'll close the valve on the second loop now.",
		"Fixed in v3.0.2.",
		"I've moved them to the new group before we close for the night.",
	}
	var buf []string
	for _, s := range kept {
		if round60RefusesFix(s, tokens(s, buf[:0])) {
			t.Errorf("%q: refused, want kept", s)
		}
	}
}
