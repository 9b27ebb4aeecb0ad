package reader

import "testing"

// TestFixStateNowCheck checks round 150's state told now with a check asked
// (fix_state_now_check.go) on sentences written for the test, and near
// misses that must stay no fix: a condition, a plan, a fault still there, a
// question, a negation, the customer's words.
func TestFixStateNowCheck(t *testing.T) {
	checkWording(t, []wordingCase{
		{"kindly note that the customer is active now please check", staffAfter, Fix, 0},
		{"the service is active now please check and confirm", staffAfter, Fix, 0},
		// near misses
		{"the service is still down now please check", staffAfter, 0, Fix},
		{"once the service is active now please check", staffAfter, 0, Fix},
		{"the service is not active now please check", staffAfter, 0, Fix},
		{"is the service active now please check?", staffAfter, 0, Fix},
	})
	rule := func(text string, ts []string) bool {
		var sc scan
		return stateNowCheck(text, newScan(ts, &sc), staffAfter, true)
	}
	checkRuleItself(t, "stateNowCheck", rule,
		[]wordingCase{{"the customer is active now please check", staffAfter, Fix, 0},
			{"you're on the project now, please refresh.", staffAfter, Fix, 0}},
		[]wordingCase{{"the customer is active now", staffAfter, 0, Fix}, {"right now please check the log", staffAfter, 0, Fix},
			{"it will be active now please check", staffAfter, 0, Fix}, {"please check now", staffAfter, 0, Fix}})
	var sc scan
	if text := "the customer is active now please check"; stateNowCheck(text, newScan(tokens(text, nil), &sc), staffAfter, false) {
		t.Error("stateNowCheck read the customer's words")
	}
}
