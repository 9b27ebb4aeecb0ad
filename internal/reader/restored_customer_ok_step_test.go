package reader

import "testing"

// TestRestoredCustomerOkStep checks round 139's refusal
// (restored_customer_ok_step.go): the customer's "ok" and their own next step
// after an instruction is no restoration; a result after the "ok" stays one.
// The sentences are written for the test.
func TestRestoredCustomerOkStep(t *testing.T) {
	cases := []wordingCase{
		{"Ok, I change the settings now.", custAfter, 0, Restored},
		{"ok doing that now, ta", custAfter, 0, Restored},
		{"Ok I ask Dr Patel, thank you", custAfter, 0, Restored},
		{"okay we restart it tonight", custAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"ok I see 86 now.", custAfter, Restored, 0},
		{"ok I am in.", custAfter, Restored, 0},
		{"ok I changed it and now I can see many online times.", custAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return customerOkStep(ts) }
	checkRuleItself(t, "customer ok step", pred, cases, append(near,
		wordingCase{text: "ok i take two 10 and it work."}, wordingCase{text: "ok I try it, works fine"}, wordingCase{text: "I change the config now."}))
}
