package reader

import "testing"

// TestFixRequestedAppStep checks round 234's polite request to update the
// app from its store or to take a step on a screen reached by its menu path
// (fix_requested_app_step.go): rows of the tuning sets (set beside each),
// and near misses that must stay no fix: a screen visited to report what it
// shows, a record to update, a go-ahead, the customer's opening.
func TestFixRequestedAppStep(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Could you update NorthOrder from the app store, or use northorder.example on a PC, where Edit is on the right of the order?", staffBefore, Fix, 0}, // styles113
		{"Could you update the GripPass app from the store and look again?", staffBefore, Fix, 0},                                                            // styles125
		{"Can you go into UnitLedger > Settings > Integrations > KeyVault and click Re-authorise?", staffBefore, Fix, 0},                                     // styles24
		{"Could you go to Settings > Payouts and re-enter the account name exactly as it appears on your bank statements?", staffBefore, Fix, 0},             // styles122
		// near misses
		{"Could you go to Settings > Calibration on the printer and tell me what Z-offset it shows now?", staffBefore, 0, Fix},     // styles56
		{"Can you go to Menu > About and tell me the version number?", staffBefore, 0, Fix},                                        // styles40
		{"Could you update the billing contact on the account so the next renewal reaches the right person?", staffBefore, 0, Fix}, // styles74
		{"Could you go ahead and book the engineer?", staffBefore, 0, Fix},
		{"Could you update the GripPass app from the store and look again?", custOpening, 0, Fix},
	})
}
