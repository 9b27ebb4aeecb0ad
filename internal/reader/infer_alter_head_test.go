package reader

import "testing"

// TestAlterHeadAsks: a subject opening with a verb altering a thing of the
// customer's own and its object (round 253); the verb as a noun naming the
// ticket, a verb later, a verb of a service's change or the verb alone are
// not. Written for the test.
func TestAlterHeadAsks(t *testing.T) {
	checkPredicate(t, "alterHeadAsks", func(text string) bool { return alterHeadAsks(tokens(text, nil)) }, []predicateCase{
		{"Change collection address for order 7731", true},
		{"Move my dentist appointment", true},
		{"Apply for a carer's discount", true},
		{"Refund for a cancelled lesson", true},
		// near misses
		{"Change request: new VAT rate from 1 May", false},
		{"Change of address - Flat 2", false},
		{"Change to opening hours", false},
		{"Delivery date change", false},
		{"Extend opening hours from May", false},
		{"Move", false},
	})
}

// TestInferTypeAlterHead: such a subject makes a request of an opening
// whose fault and ask tie; the same opening under a subject naming no
// action stays an incident, and a subject that asks stays a question.
func TestInferTypeAlterHead(t *testing.T) {
	const opening = "In the settings the bank option is grey and I cannot select it. Please switch my payout to the bank account."
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Change payout to bank", opening, "service_request"},
		{"Payout settings", opening, "incident"},
		{"Change payout to bank?", "Is it possible to be paid to a bank account instead?", "question"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
