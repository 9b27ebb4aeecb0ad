package reader

import "testing"

// TestFixGoodwillFronted checks round 238's refusal
// (fix_goodwill_fronted.go): a goodwill gesture fronted as such is no
// remedy; a gesture named after the step, or a refund with no such opening,
// is left to the fix rules. The sentences are written for the test.
func TestFixGoodwillFronted(t *testing.T) {
	checkPredicate(t, "goodwillFronted", func(text string) bool { return goodwillFronted(tokens(text, nil)) }, []predicateCase{
		{"As an apology I've added a free class to your account.", true},
		{"As a gesture of goodwill we have waived the fee on your next order.", true},
		{"As a goodwill gesture we've credited £10.", true},
		{"By way of apology we've sent you a voucher.", true},
		{"I've also refunded the first night to your card as an apology.", false},
		{"We've added a goodwill credit of £15 to your account.", false},
		{"As agreed, I've reset the password.", false},
	})
}
