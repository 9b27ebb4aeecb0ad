package reader

import "testing"

// TestTestFirstNoFix checks the refusal of a test told first
// (fix_test_first.go); a system for tests named first and "as a test" later
// in the sentence stay fixes.
func TestTestFirstNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Test tap: unlocked, 1 item scanned out, charged £2.95, refunded.", staffAfter, 0, Fix},         // styles77
		{"Test basket Godalming Easter wk1: 10% applied.", staffAfter, 0, Fix},                           // styles78
		{"Smoke test order created and cancelled.", staffAfter, 0, Fix},                                  // styles29
		{"Tested an upload on the training instruction - completed in 4s.", staffAfter, 0, Fix},          // styles62
		{"As a test I uploaded a 310 MB TIFF and it attached without any problem.", staffAfter, 0, Fix},  // styles21
		{"Test co: KEG30 container type + deposit £30 added, 4 SKUs created.", staffAfter, Fix, 0},       // styles29, a system for tests
		{"I regenerated INV-26-04117 as a test and Corvane's validator accepts it.", staffAfter, Fix, 0}, // styles39, "as a test" later
	})
}
