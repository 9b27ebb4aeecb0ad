package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredMoneyBack checks round 42's customer's money back
// (restored_money.go). The true rows are reworded from the styles sets named
// beside them (different writers), read whatever staff's last message was;
// the near misses are money taken, a wait or promise, a negation, and the
// opening.
func TestRestoredMoneyBack(t *testing.T) {
	cust := Context{Role: ticket.RoleCustomer, Public: true}
	opening := Context{Role: ticket.RoleCustomer, Public: true, Opening: true}
	cases := []wordingCase{
		{"Money come back today.", cust, Restored, 0},                                          // styles28
		{"The money also come back already.", cust, Restored, 0},                               // styles43
		{"Money is arrived this morning.", cust, Restored, 0},                                  // styles33
		{"Refund showed up on my card today, thanks.", cust, Restored, 0},                      // styles33
		{"Just to let you know the refund appeared on my statement today.", cust, Restored, 0}, // styles25
		{"The refund is in my account.", cust, Restored, 0},                                    // styles45
		{"just to let you know the money is back in my account.", cust, Restored, 0},           // styles18
		{"the money is back on my account today.", cust, Restored, 0},                          // styles29
		// near misses: money taken, a wait or promise, a negation, a question, the opening
		{"The money came out of my account twice.", cust, 0, Restored},
		{"The refund should arrive by Friday, they said.", cust, 0, Restored},
		{"The refund still has not come through.", cust, 0, Restored},
		{"Money has not arrived yet.", cust, 0, Restored},
		{"Has the refund come through?", cust, 0, Restored},
		{"The refund is in my account but the fee was taken again.", cust, 0, Restored},
		{"My refund appeared on my statement and then vanished.", opening, 0, Restored},
	}
	checkWording(t, cases)
}
