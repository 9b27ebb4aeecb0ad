package reader

// A charge taken more than once is a fault of the billing, whatever the
// customer asks for it ("I was charged twice ... please refund the second
// one"): the refund is the fault's repair, not a service asked for. The
// writers label a double charge an incident in nearly every set.
var (
	// chargeWords name a payment taken from the customer.
	chargeWords = newWordSet(map[string]bool{"charged": true, "charge": true, "charges": true, "paid": true, "pay": true,
		"payment": true, "payments": true, "billed": true, "debited": true, "taken": true, "deducted": true})
	// repeatWords say a once-only thing happened again: "twice", "two
	// times", "doubled".
	repeatWords = newWordSet(map[string]bool{"twice": true, "doubled": true, "double": true})
	// countWords are a number of payments: "two payments of £38".
	countWords = newWordSet(map[string]bool{"two": true, "2": true, "three": true, "3": true, "multiple": true, "duplicate": true})
)

// chargedTwice reports whether ts states a payment taken more than once:
// "I was charged twice", "charged £95 twice", "paid two times", "two
// payments of £186", "payments doubled", "double charged". A thing bought
// twice by the customer ("I bought the pass twice") is not one.
func chargedTwice(ts []string) bool {
	for i, t := range ts {
		if !chargeWords.has(t) {
			continue
		}
		// a repeat after the charge, within a few words: "charged £95 twice"
		for j := i + 1; j < len(ts) && j <= i+4; j++ {
			if repeatWords.has(ts[j]) || ts[j] == "times" && (ts[j-1] == "two" || ts[j-1] == "2") {
				return true
			}
		}
		// a count or "double" just before it: "two payments", "double charged"
		if i > 0 && (t == "payments" || t == "charges") && countWords.has(ts[i-1]) || i > 0 && ts[i-1] == "double" {
			return true
		}
	}
	return false
}
