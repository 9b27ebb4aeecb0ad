package reader

import "testing"

// TestStepAsked checks the staff sentences after which a customer's reply
// reads as after a remedy (remedy_context.go), on sentences written for this
// test, with requests for information, negations, questions of ability and
// reports sent elsewhere that must not count.
func TestStepAsked(t *testing.T) {
	cases := []predicateCase{
		// an imperative after a lead or a place
		{"Try one more reboot on the kiosk.", true},
		{"In the VPN client, pick the office profile and connect.", true},
		{"Please update the app from the store.", true},
		{"Ok, use the second link instead.", true},
		{"If that works, please do the same on the other tills.", true},
		// "please" and a step inside the sentence
		{"Here is a fresh invite - please use this one.", true},
		// a request of a step
		{"Could you tap Resend once more?", true},
		{"Can you try signing out and in again?", true},
		{"Could someone restart the till at the front?", true},
		// a dispatch
		{"Your replacement headset was sent this morning.", true},
		{"The new card has been dispatched by courier.", true},
		{"I've resent the two invoices.", true},
		{"I've just sent a test page to your printer.", true},
		{"Your order left our warehouse at 9am.", true},
		{"The spare is on its way.", true},
		// not a step: information, a negation, ability, elsewhere, a statement
		{"Please let us know if it happens again.", false},
		{"Could you check the logs for errors?", false},
		{"Can you see the new folder?", false},
		{"Please don't restart it yet.", false},
		{"I've sent it to our network team.", false},
		{"The parcel was not sent because the address was wrong.", false},
		{"Refunds take three to five days to show.", false},
		{"We are looking into it.", false},
		{"I'll try to reproduce it here.", false},
		{"Do the readings match the display?", false},
		{"Do the labels print on the other printer", false},
		{"Use the new link?", false},
		{"ok thanks", false},
	}
	var buf [64]string
	checkPredicate(t, "stepAsked", func(text string) bool { return stepAsked(text, tokens(text, buf[:0])) }, cases)
}
