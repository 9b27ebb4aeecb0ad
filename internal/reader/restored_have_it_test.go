package reader

import "testing"

// TestCustomerHasIt checks the customer's short word of having the thing
// (restored_have_it.go). The true rows are reworded from the styles sets
// named beside them; the near misses are an acknowledgement, a wait, a
// question, a longer account and the same words before any remedy.
func TestCustomerHasIt(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Thanks, I have them.", custAfter, Restored, 0},                                     // styles57
		{"It works, I have it now and the patient has his tablets.", custAfter, Restored, 0}, // styles22
		{"In the bank.", custAfter, Restored, 0},                                             // styles66
		{"Great, seen it in the bank.", custAfter, Restored, 0},                              // styles7
		{"yes i have it now!!", custAfter, Restored, 0},                                      // styles16
		{"I have them.", custBefore, 0, Restored},
		{"Not in the bank yet.", custAfter, 0, Restored},
		{"Is it in the bank?", custAfter, 0, Restored},
		{"I have it open but the totals are still blank.", custAfter, 0, Restored},
		{"I have them on the list for Monday's delivery to the Leeds store.", custAfter, 0, Restored},
	})
}

// TestCustomerHasItRefusesGotIt: "Got it" is an acknowledgement, not the
// form (styles12 02, styles6 02); other rules decide those rows.
func TestCustomerHasItRefusesGotIt(t *testing.T) {
	for _, s := range []string{"Got it, thanks.", "Got it, handlers are on it."} {
		if customerHasIt(s, tokens(s, nil)) {
			t.Errorf("customerHasIt(%q) = true", s)
		}
	}
}
