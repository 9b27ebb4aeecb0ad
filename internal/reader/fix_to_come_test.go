package reader

import "testing"

// TestFixToComeNoFix checks the refusal of a fix still to come
// (fix_to_come.go); sentences written for the test. A fix told gone out, or
// put in place with a word of the future after it, stays a fix.
func TestFixToComeNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Fix is in version 5.2, due on Thursday.", staffAfter, 0, Fix},
		{"The vendor's fix goes out tonight with the 9.1 patch.", staffAfter, 0, Fix},
		{"A proper fix is planned for next month's release.", staffAfter, 0, Fix},
		{"Hotfix 3.0.7 tomorrow morning corrects the rounding.", staffAfter, 0, Fix},
		{"The fix was deployed at 09:00 and the exports run again.", staffAfter, Fix, 0},                 // near miss: gone out
		{"Fix merged and released as 2.4.1.", staffAfter, Fix, 0},                                        // near miss: gone out
		{"I've reset your password, so you can sign in next time with the new one.", staffAfter, Fix, 0}, // near miss: no fix named
		{"I've applied the fix to your account, so the next invoice will be right.", staffAfter, Fix, 0}, // near miss: applied
	})
}
