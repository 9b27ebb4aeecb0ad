package reader

import "testing"

// TestRestoredAsExpected checks round 101's state judged "as expected" or
// "as it should" after a remedy (restored_as_expected.go). The true rows are
// reworded from the styles sets named beside them; the near misses are the
// same judgement before any remedy, a negation, "should have", the words at
// the start, "as normal", a question and a plan.
func TestRestoredAsExpected(t *testing.T) {
	cases := []wordingCase{
		{"Geoblock checked from a French VPN, blocked as expected.", staffAfter, Restored, 0},           // styles7
		{"Lot pages show 26%, the coins sale invoices 24% as expected.", staffAfter, Restored, 0},       // styles69
		{"Your overdue tags now show red \"Inspection due\", as they should.", staffAfter, Restored, 0}, // styles85
		{"The reply date is back on the docket, as it should be.", staffAfter, Restored, 0},
		// near misses
		{"Importer rejects ';' on a 25 fps channel, as it should.", staffBefore, 0, Restored},
		{"The coffee machine doesn't report stock, as expected.", staffAfter, 0, Restored},
		{"It's worth checking where the tag sits, as it should have read at the lane.", staffAfter, 0, Restored},
		{"As expected, the import stopped at the first bad row.", staffAfter, 0, Restored},
		{"Please keep saving to the shared drive as normal.", staffAfter, 0, Restored},
		{"Is it blocking as expected?", staffAfter, 0, Restored},
		{"Once the sync runs the prices will show as expected.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	checkRuleItself(t, "expected", asExpected, nil, cases[5:])
}
