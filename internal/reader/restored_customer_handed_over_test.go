package reader

import "testing"

// TestRestoredCustomerHandedOver checks round 220's refusal
// (restored_customer_handed_over.go): the customer's own step reported done
// with no word on the service is no restoration; the same step with its
// result in the sentence is not refused (whether it reads as restored is the
// model's and the other rules' matter, so the near cases check the refusal
// alone). The sentences are written for the test.
func TestRestoredCustomerHandedOver(t *testing.T) {
	cases := []wordingCase{
		{"I've sent the log files just now.", custAfter, 0, Restored},
		{"Thanks Priya, I've forwarded it to our finance team.", custAfter, 0, Restored},
		{"We've emailed the signed form over.", custAfter, 0, Restored},
		{"thanks for your help, I have made the booking for Tuesday with the new code.", custAfter, 0, Restored},
		{"I've approved the remaining invoices from the list.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{text: "I've sent a test order and it's shown up in the shop."},
		{text: "I've uploaded the file again and the portal says accepted."},
		{text: "I've resent the invitations and three guests have already replied."},
	}
	pred := func(text string, ts []string) bool { return customerHandedOver(ts) }
	checkRuleItself(t, "customer handed over", pred, cases, append(near,
		wordingCase{text: "Done, I am in the portal and I have submitted the form."},
		wordingCase{text: "Email code works, I've uploaded the certificate."},
		wordingCase{text: "I've booked myself and Sam as the first two."},
		wordingCase{text: "I sent myself a test and got it."}))
}
