package analysis

import "testing"

// TestPaymentName: a means of payment or a customer's account is no
// component (component_payment.go); a card named for what it is in and an
// account named for its service are. Written for the test in the shapes of
// styles8 10, styles11 09, styles13 02 and styles44 02 and 10.
func TestPaymentName(t *testing.T) {
	checkComponents(t, []componentCase{
		{"The auto top-up failed because the card we hold expired last month.", ""},
		{"That card (ending 1234) expired on Sunday.", ""},
		{"Finance: the company card on the Twilio account expired, so top-up failed.", ""},
		{"Your payout is held because the bank account on your profile failed our check.", ""},
		{"The account ran out of credit at 08:52 so the batch couldn't send.", ""},
		// kept
		{"The graphics card on the render node failed partway through.", "the graphics card on the render node"},
		{"The text message account ran out of credit on Sunday.", "the text message account"},
		{"The svc-sync account's password expired on Friday.", "the svc-sync account's password"},
	})
}
