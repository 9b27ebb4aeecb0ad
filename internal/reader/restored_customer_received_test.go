package reader

import "testing"

// TestRestoredCustomerReceived checks round 84's customer received
// (restored_customer_received.go): after a remedy, the customer's note of
// the thing sent as received. The true rows are reworded from the styles
// sets named beside them; the near misses are information received, a
// subject or auxiliary before "received", a negation, a wait, staff's note.
func TestRestoredCustomerReceived(t *testing.T) {
	cases := []wordingCase{
		{"Credit note received, thank you Sam.", custAfter, Restored, 0},            // styles81
		{"Cheque received this afternoon, thank you.", custAfter, Restored, 0},      // styles63
		{"Received today, thank you very much Priya!!", custAfter, Restored, 0},     // styles66
		{"Thanks Dee, credit note received and allocated.", custAfter, Restored, 0}, // styles71
		// near misses
		{"Thank you, confirmation received.", custAfter, 0, Restored},
		{"Thanks, received and filed with the board papers.", custAfter, 0, Restored},
		{"Credit note not received yet.", custAfter, 0, Restored},
		{"Once the cheque is received we can close.", custAfter, 0, Restored},
		{"Your email received, we'll look at it.", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by this rule itself, not only by the rest
	checkRuleItself(t, "customer received", func(_ string, toks []string) bool { return customerReceived(toks) }, nil, cases[4:])
	if Classify("Credit note received, thank you Sam.", custBefore)&Restored != 0 {
		t.Error("read as customer received with no remedy before it")
	}
	if Classify("Credit note received, thank you Sam.", staffAfter)&Restored != 0 {
		t.Error("read as customer received in staff's words")
	}
}
