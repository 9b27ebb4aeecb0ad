package reader

import "testing"

// TestRestoredTestAnswered checks round 101's test told with a result in
// words round 68's list lacks (restored_test_answered.go). The true rows are
// reworded from the styles sets named beside them; the near misses are the
// same test before any remedy, a negation, a request, the future, a test
// system and a fault that stays.
func TestRestoredTestAnswered(t *testing.T) {
	cases := []wordingCase{
		{"I've pointed the option at the new queue and a test call was answered by Priya.", staffAfter, Restored, 0}, // styles17
		{"Panic button tested - monitoring centre answered.", staffAfter, Restored, 0},                               // styles84
		{"A 10p test payment on the till was approved.", staffAfter, Restored, 0},                                    // styles36
		{"Gate fobs tested on both doors, working.", staffAfter, Restored, 0},                                        // styles84
		{"Test recording in room 4 has sound.", staffAfter, Restored, 0},                                             // styles47
		{"Test basket for the spring week: 15% applied.", staffAfter, Restored, 0},                                   // styles78
		// near misses
		{"Panic button tested - monitoring centre answered.", staffBefore, 0, Restored},
		{"A test call was not answered by anyone.", staffAfter, 0, Restored},
		{"Could you make a test call and check it is answered?", staffAfter, 0, Restored},
		{"We'll run a test payment once the router is open, it should be approved.", staffAfter, 0, Restored},
		{"Test order in staging routed to the store.", staffAfter, 0, Restored},
		{"Test call answered but the audio still drops after a minute.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	checkRuleItself(t, "a test answered", testAnswered, nil, cases[7:])
	if testAnswered("10:05 test campaign sent: 37/40 delivered.", tokens("10:05 test campaign sent: 37/40 delivered.", nil)) {
		t.Error("a partial delivery read as a test answered")
	}
}
