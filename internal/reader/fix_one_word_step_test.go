package reader

import "testing"

// TestFixOneWordStep checks round 145's step reported in one word
// (fix_one_word_step.go) on sentences written for the test, and near misses
// that must stay no fix: a message sent, a look, a bare state, a question,
// the customer's word, a word with its object needed.
func TestFixOneWordStep(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Rebooted.", staffBefore, Fix, 0},
		{"Reissued.", staffAfter, Fix, 0},
		{"Refunded!", staffBefore, Fix, 0},
		{"Reactivated.", staffBefore, Fix, 0},
		// near misses
		{"Sent.", staffBefore, 0, Fix},
		{"Checked.", staffBefore, 0, Fix},
		{"Visited.", staffBefore, 0, Fix},
		{"Closed.", staffBefore, 0, Fix},
		{"Approved.", staffBefore, 0, Fix},
		{"Restarted?", staffBefore, 0, Fix},
		{"Updated.", custAfter, 0, Fix},
		{"Ordered.", staffBefore, 0, Fix},
		{"– deleted", staffBefore, 0, Fix},
		{"uploaded.", staffBefore, 0, Fix},
	})
	rule := func(text string, ts []string) bool {
		var sc scan
		return oneWordStep(text, newScan(ts, &sc), staffBefore)
	}
	checkRuleItself(t, "oneWordStep", rule,
		[]wordingCase{{"Restarted.", staffBefore, Fix, 0}, {"Unlocked.", staffBefore, Fix, 0}, {"Activated.", staffBefore, Fix, 0}},
		[]wordingCase{{"Restarted it.", staffBefore, 0, Fix}, {"Sent.", staffBefore, 0, Fix}, {"Connected.", staffBefore, 0, Fix}, {"Done.", staffBefore, 0, Fix}})
}
