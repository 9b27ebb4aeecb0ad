package reader

import "testing"

// TestKeepAskedNoFix checks the refusal of a thing asked to be kept as it is
// (fix_keep_asked.go); sentences written for the test. A way of working kept
// going stays a fix.
func TestKeepAskedNoFix(t *testing.T) {
	checkPredicate(t, "keepAsked", func(s string) bool { return keepAsked(tokens(s, nil)) }, []predicateCase{
		{"Please keep the damaged unit until the courier collects it.", true},
		{"Please keep the samples in the freezer, labelled \"hold\", until then.", true},
		{"Keep the old cards for now and we'll swap them on Friday.", true},
		{"Please could you keep the order on hold until Monday?", true},
		{"Please keep trading in offline mode until then.", false},       // near miss: a way of working kept going
		{"Keep selling: if the card doesn't read, press Skip.", false},   // near miss
		{"I'll keep the backup for 14 days.", false},                     // near miss: the writer's (round 104)
		{"Please restart the till and keep the receipt roll in.", false}, // near miss: an instruction first
	})
	checkWording(t, []wordingCase{
		{"Please keep the damaged unit until the courier collects it.", staffAfter, 0, Fix},
		{"Please keep trading in offline mode until then.", staffBefore, Fix, 0}, // near miss
	})
}
