package reader

import "testing"

// TestTrialRepeatedNoFix checks the refusal of the writer's trial fine every
// time (fix_trial_repeated.go); sentences written for the test. A change told
// first, and someone else's run, stay fixes.
func TestTrialRepeatedNoFix(t *testing.T) {
	checkPredicate(t, "trialRepeated", func(s string) bool { return trialRepeated(tokens(s, nil)) }, []predicateCase{
		{"I've opened the booking page twenty times from two browsers and it has loaded the slots every time.", true},
		{"Priya - I ran the report with your dates on both accounts and got all 41 lines both times, so I can't reproduce it.", true},
		{"We tried the card reader five times this morning and it took the payment each time.", true},
		{"Ran the upload twice with the same file - accepted both times.", true},
		{"I have now set the right time zone and restarted the screen twice: the times were right both times.", false}, // near miss: a change first
		{"The crew did three restarts with me on the phone and it stayed on SIM 1 every time.", false},                 // near miss: someone else's run
		{"I've sent the test page to all three pagers.", false},                                                        // near miss: no "every time"
		{"Please try it twice and tell me if it fails both times.", false},                                             // near miss: asked
	})
	checkWording(t, []wordingCase{
		{"I've opened the booking page twenty times from two browsers and it has loaded the slots every time.", staffBefore, 0, Fix},
		{"I've restarted the print server and it printed the test page every time since.", staffAfter, Fix, 0}, // near miss: a step
	})
}
