package reader

import "testing"

// TestFixFindingAnnounced checks round 222's refusal
// (fix_finding_announced.go): a finding announced and told after a colon or
// a dash is no fix and no restoration; the customer's "found it, ..." with a
// comma, "That's it - <result>", a cause told without the announcement and
// the writer's step after the finding are not refused. The sentences are
// written for the test.
func TestFixFindingAnnounced(t *testing.T) {
	cases := []wordingCase{
		{"We've found it: the supplier moved their API to a new address on Monday and our gateway still pointed at the old one.", staffAfter, 0, Fix | Restored},
		{"We've found the cause: when finance updated the price list, the old band was changed instead of a new one added.", staffAfter, 0, Fix | Restored},
		{"I've found why - the nightly job was created under the wrong account and skips every new member.", staffAfter, 0, Fix | Restored},
		{"We've traced it: the router came back on a new address after its update, so the port forward points nowhere.", staffAfter, 0, Fix | Restored},
		{"That's it: you have two memberships, one renewed by us and one renewed by the app store.", staffAfter, 0, Fix | Restored},
		{"We've got to the bottom of it: the bank changed its certificate and our app rejected the new one.", staffAfter, 0, Fix | Restored},
	}
	checkWording(t, cases)
	pred := func(text string, ts []string) bool { return findingAnnounced(text, ts) }
	checkRuleItself(t, "finding announced", pred, cases, []wordingCase{
		{text: "found it, refunded, customer happy :)"},
		{text: "Found it, thanks Sam - and my colleague has too."},
		{text: "That's it - 2,400 rows and the totals match the bank."},
		{text: "The cause was a fault at the carrier, now fixed on their side."},
		{text: "We've found it: the job was switched off, and we've switched it back on."},
		{text: "I've found the invoice and sent it again."},
		{text: "We changed the sync schedule: it now runs at 03:00."},
	})
}
