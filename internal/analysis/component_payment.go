package analysis

import "strings"

// Round 254 read the names the technical actions give on the tuning tickets
// and judged four a means of payment or a customer's record, not a
// component: "the card we hold" and "the card (ending 0042)" (styles44,
// two tickets: "the auto top-up failed … because the card we hold
// expired"), "the company card on the Messagebird account" (styles11),
// "the bank account on your profile" (styles8: "failed our verification
// check"), and "the account" alone (styles13: "the account ran out of
// credit"). "Verify the permanent fix for the card we hold and check the
// same weakness elsewhere in the estate" asks nothing anyone can do; the
// cause is quoted instead (as for any name tidyComponent drops). A card
// named for what it is in ("the graphics card on the processing machine",
// styles30) and an account named for its service ("the text message
// account", styles53; "your SMS account with TextPort", styles69) stay.

// paymentHeads are the heads of a name that tell a means of payment where
// nothing but paymentModifiers stands before them.
var paymentHeads = setOf("card", "cards", "account", "accounts")

// paymentModifiers may stand before a payment head in a name that is no
// component: a determiner, or a word telling whose or what kind of payment.
var paymentModifiers = setOf("the", "a", "an", "that", "this", "our", "your", "their", "his", "her", "its",
	"company", "payment", "credit", "debit", "bank", "business", "personal")

// paymentName reports whether words, a name's, name a means of payment or a
// customer's account: a payment head with only paymentModifiers before it.
func paymentName(words []string) bool {
	i := headIndex(words)
	if !paymentHeads[strings.ToLower(strings.Trim(words[i], ".,;:()"))] {
		return false
	}
	for _, w := range words[:i] {
		if !paymentModifiers[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
