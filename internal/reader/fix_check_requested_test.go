package reader

import "testing"

// TestCheckRequested checks round 262's shape (fix_check_requested.go): staff
// opening on "Please / Kindly (to) check / test / monitor ..." take no fix.
// The sentences are written for the test.
func TestCheckRequested(t *testing.T) {
	checkPredicate(t, "checkRequested", func(text string) bool { return checkRequested(tokens(text, nil)) }, []predicateCase{
		{"Please check now if the banner shows on a fresh login.", true},
		{"Kindly monitor the cleanup job over the weekend.", true},
		{"Please to check and test the transfer again since the flag was reset.", true},
		{"Please check.", false},                                              // nothing to check named
		{"Please try the other card reader in the office.", false},            // a remedy to carry out
		{"Please check now, as it is applied on the live server.", false},     // the step told with it
		{"Please test again after clearing the cache and restarting.", false}, // a step to take first
		{"I checked the mapping and fixed it, please test.", false},           // the step told first
	})
	checkWording(t, []wordingCase{
		{"Please check now if the banner shows on a fresh login.", staffAfter, 0, Fix},
	})
}
