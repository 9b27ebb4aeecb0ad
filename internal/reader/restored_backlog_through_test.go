package reader

import "testing"

// TestRestoredBacklogThrough checks round 90's backlog through
// (restored_backlog_through.go): after a remedy, the things the fault kept
// back, named as waiting, queued, stuck or a backlog, have gone through.
// The sentences are written for the test; the near misses name the kept-back
// things after the verb, plan or hope for their going, deny it, or tell a
// step under way.
func TestRestoredBacklogThrough(t *testing.T) {
	cases := []wordingCase{
		{"I've restarted the relay and the 52 queued invoices have gone out.", staffAfter, Restored, 0},
		{"The orders that were stuck have now gone across to the warehouse.", staffAfter, Restored, 0},
		{"All 96 waiting claims have been processed this afternoon.", staffAfter, Restored, 0},
		{"Everything pending has since gone through to the bank.", staffAfter, Restored, 0},
		{"The delayed tickets went out at 14:20.", staffAfter, Restored, 0},
		{"The queued texts have started going out.", staffAfter, Restored, 0},
		// near misses
		{"Nothing going out to the bank, 210 files waiting.", staffAfter, 0, Restored},
		{"The waiting invoices will go out at the next run.", staffAfter, 0, Restored},
		{"The queued orders should go across once the link is back.", staffAfter, 0, Restored},
		{"The stuck payments have not gone through yet.", staffAfter, 0, Restored},
		{"Have the queued messages gone out?", staffAfter, 0, Restored},
		{"The pending refunds went out twice.", staffAfter, 0, Restored},
		{"There are 40 reports waiting to be sent.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	// refused by this rule itself, not only by the rest
	checkRuleItself(t, "backlog through", backlogThrough, nil, cases[6:])
	if backlogThrough("The orders have gone through.", tokens("The orders have gone through.", nil)) {
		t.Error("read as backlog through with nothing kept back")
	}
	if Classify("The 52 queued invoices have gone out.", staffBefore)&Restored != 0 {
		t.Error("read as backlog through with no remedy before it")
	}
}
