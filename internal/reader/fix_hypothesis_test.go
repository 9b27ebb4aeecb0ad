package reader

import "testing"

// TestHypothesisNoFix checks the refusal of a guess at the fault
// (fix_hypothesis.go): a marker that ties a change to the fault, or a guess
// before any step, is no fix; a step before its guessed reason, or an
// instruction beside a guess, stays a fix.
func TestHypothesisNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"We updated the subscriptions app on Monday night, I suspect it's related", staffAfter, 0, Fix},                                                                               // styles32
		{"We deployed a new astrometry stage on 18 August and it's the prime suspect.", staffAfter, 0, Fix},                                                                            // styles52
		{"Thanks - I can see the same here, and the timing matches a rules pack update Chronodock installed on Saturday night.", staffAfter, 0, Fix},                                   // styles57
		{"That lines up with an update to the form plugin on your site the same day, which seems to have reset its field names.", staffAfter, 0, Fix},                                  // styles70
		{"Probably a typo when the fixture was created on 2 Sep.", staffAfter, 0, Fix},                                                                                                 // styles35
		{"It looks like those titles were changed at proof stage.", staffAfter, 0, Fix},                                                                                                // styles47
		{"Fuse probably went when the plinth was moved and pinched the lock cable.", staffAfter, 0, Fix},                                                                               // styles63
		{"It looks as though recording was switched off for the Claims line on Saturday only, but I have not yet found out why.", staffAfter, 0, Fix},                                  // styles68
		{"Re-pushed the body-controller profile for 2008 MY24 to the 41 LR24 units - looks like some got the MY23 profile at provisioning.", staffAfter, Fix, 0},                       // styles26
		{"Our engineer Pavel visited this morning and replaced a worn contactor in the lift controller, which he thinks is the most likely reason for the stops.", staffAfter, Fix, 0}, // styles27
		{"Your admin (looks like that's Karin Lund) can download it for you, or give you the 'Download completed' permission under Settings > Users.", staffAfter, Fix, 0},             // styles26
	})
}
