package reader

import "testing"

// TestRestoredClosingOnly checks round 129's refusal
// (restored_closing_only.go): staff's closing notice with no state in it is
// no restoration; a closing with the fixed state stays one. The sentences
// are written for the test.
func TestRestoredClosingOnly(t *testing.T) {
	cases := []wordingCase{
		{"I'll mark this resolved.", staffAfter, 0, Restored},
		{"Good to hear Priya, I'll mark this solved.", staffAfter, 0, Restored},
		{"We'll mark this resolved for now.", staffAfter, 0, Restored},
		{"I'll end the chat now, have a good evening.", staffAfter, 0, Restored},
		{"I will mark the ticket as closed.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	refused := []wordingCase{
		{text: "Everything is in place, so I'll mark this resolved."},
		{text: "The printers are working again, I'll mark this resolved."},
		{text: "I'll mark this resolved once the sync has run."},
		{text: "Printing fine now, I'll end the chat."},
		{text: "I'll end the day with the backup check."},
		{text: "We mark this resolved when the customer confirms."},
		{text: "I'll mark the invoice as paid."},
	}
	checkRuleItself(t, "closing only", closingOnly, cases, refused)
	checkWording(t, []wordingCase{{"The printers are working again, so I'll close this one.", staffAfter, Restored, 0}})
}
