package reader

import "testing"

// TestRestoredThingAgain checks round 35's thing at work again
// (restored_again.go). The true rows are reworded from the styles sets named
// beside them (different writers); the near misses are the refusals: the
// writer's step, an attempt or instruction, a recurrence, a future or
// condition, a fault, and no remedy before.
func TestRestoredThingAgain(t *testing.T) {
	after := custAfter
	before := custBefore
	staff := staffAfter
	staffFirst := staffBefore
	cases := []wordingCase{
		{"We've updated the proxy and the journal links open correctly from home again.", staff, Restored, 0},                   // styles5
		{"Balances reconcile to the ledger again.", staff, Restored, 0},                                                         // styles7
		{"The web team put a fix out and roof-box amendments price normally again.", staff, Restored, 0},                        // styles28
		{"They've corrected it and taps are being approved again.", staffFirst, Restored, 0},                                    // styles29
		{"Rooms show 'Education Pro' again, test session ran 45 min without a cut.", staff, Restored, 0},                        // styles29
		{"Yes, the gate sees temperatures again, no more probe checks needed.", after, Restored, 0},                             // styles35
		{"I've switched discounts back on, and both codes go through at checkout again.", staffFirst, Restored, 0},              // styles36
		{"We have moved our emails onto a different server and the reset links are getting through again.", staff, Restored, 0}, // styles41
		{"We have turned the old key back on, so your cached URLs work again.", staff, Restored, 0},                             // styles46
		{"the texts are going out again.", staff, Restored, 0},                                                                  // styles46
		{"They've re-registered it, networks accepting again from 15:05.", staffFirst, Restored, 0},                             // styles46
		{"The update prompt turned up on 6 of the phones and they're all on 4G data again.", after, Restored, 0},                // styles42
		// near misses: the writer's step, an attempt, an instruction, a condition
		{"I've started it again and the results have gone across.", staffFirst, 0, Restored},
		{"We reset it and ran the sync again this morning.", staffFirst, 0, Restored},
		{"It's corrected and sent to both weighbridges; ask him to tap again.", staff, 0, Restored},
		{"If you do get an error, check your listings before uploading the file again.", staff, 0, Restored},
		{"After saving, the 11 jobs can be pre-translated again from the menu.", staff, 0, Restored},
		// near misses: a recurrence, a fault, a future
		{"Annoyingly it's gone into standby again, stuck at 40%.", after, 0, Restored},
		{"The scanners are dropping connections again.", after, 0, Restored},
		{"It's locked again this morning.", after, 0, Restored},
		{"It's happening again this morning.", after, 0, Restored},
		{"Upload pending (12) again after this morning's job.", after, 0, Restored}, // round 174: a queue left, the fault
		{"Your mailbox is on the new plan, so this shouldn't happen again.", staff, 0, Restored},
		// near miss: no remedy before, nor the sentence's own fix
		{"the texts are going out again.", staffFirst, 0, Restored},
		{"the reset links are getting through again.", before, 0, Restored},
	}
	checkWording(t, cases)
	// Sentences other rules read (restored words, round 20's ingAgain) that
	// this form refuses on its own.
	for _, text := range []string{
		"Hargate have now corrected the designation and sent the instruction again.",
		"It is closing again, now on all 3 handhelds!!",
		"Log rotation is set up so the disk won't fill up again.",
	} {
		if thingAgain(text, true, false) || thingAgain(text, false, false) {
			t.Errorf("thingAgain(%q) = true, want false", text)
		}
	}
}

// TestRestoredDrainingRefused checks round 35's refusal of staff's step with a queue
// still draining (restored_draining.go), rows reworded from styles37, 42 and
// 47, and the queue's own forms that stay restorations; and the test
// results round 35 added to reachWords (restored_staff.go: styles39, 41, 43).
func TestRestoredDrainingRefused(t *testing.T) {
	staff := staffAfter
	cases := []wordingCase{
		{"Restarted channel, queue draining.", staff, 0, Restored},                                    // styles37
		{"They put the 50/s window back on both binds at 04:24, queue draining.", staff, 0, Restored}, // styles42
		{"Restarted it with more memory, queue draining.", staff, 0, Restored},                        // styles47
		{"38 runners up, queue draining.", staff, Restored, 0},
		{"Queue draining at ~120/min.", staff, Restored, 0},
		{"Restarted the sync worker, queue drained in 2 min.", staff, Restored, 0},
		{"I regenerated the invoice as a test and the validator accepts it.", staff, Restored, 0}, // styles39
		{"Reset request to a test mailbox landed in under a minute.", staff, Restored, 0},         // styles41
		{"I booked a test journey for 23 March, it routed to the new depot.", staff, Restored, 0}, // styles43
	}
	checkWording(t, cases)
}
