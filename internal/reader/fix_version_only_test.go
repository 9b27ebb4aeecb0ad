package reader

import (
	"testing"
)

// TestFixVersionOnlyRefused checks round 47's refusals: a fix named by its
// version (fix_version_only.go), a closing note "as" something
// (fix_closing_as.go), a step booked or scheduled for later
// (fix_step_scheduled.go); with the labelled fixes of the same words as near
// misses.
func TestFixVersionOnlyRefused(t *testing.T) {
	cases := []wordingCase{
		// a fix named by its version
		{"Known defect in gateway firmware 3.8, fixed in 3.9.", staffAfter, 0, Fix},                                            // styles12
		{"Known issue, fixed in 11.3.2.", staffAfter, 0, Fix},                                                                  // styles23
		{"Fixed in 4.2.2 (beta), GA due mid-March.", staffAfter, 0, Fix},                                                       // styles24
		{"Fixed in 4.2.1.", staffAfter, 0, Fix},                                                                                // styles32
		{"Same thing as KND-2291, fixed in 7.4 - they're on 7.3.2.", staffAfter, 0, Fix},                                       // styles53
		{"Fixed in 5.4, which they are rolling out to tenants 'in the coming weeks'.", staffAfter, 0, Fix},                     // styles54
		{"Fixed in 5.8.2, on the App Store from this afternoon.", staffAfter, 0, Fix},                                          // styles7
		{"Fixed in v2.4.1, released today.", staffAfter, Fix, 0},                                                               // styles
		{"Fixed in 7.4.1, released to the repo 14:00.", staffAfter, Fix, 0},                                                    // styles11
		{"This is fixed in 9.3.4, which we deployed to your production tenant at\n11:20 today.", staffAfter, Fix, 0},           // styles20
		{"Fixed in #1845, which applies defaults before validation and adds a test with an empty config.", staffAfter, Fix, 0}, // styles
		// closing as
		{"Closing as duplicate of #1460; please add any extra details there.", staffAfter, 0, Fix},                                           // styles
		{"Closing K8S-20904 as implemented.", staffAfter, 0, Fix},                                                                            // styles7
		{"Closing the ticket as service is restored.", staffAfter, 0, Fix},                                                                   // styles11
		{"Closing as rolled back.", staffAfter, 0, Fix},                                                                                      // styles26
		{"Closing the change as completed with one incident (NLI-77342, linked).", staffAfter, 0, Fix},                                       // styles39
		{"Closing the change as implemented with incident; PIR notes are on the wiki.", staffAfter, 0, Fix},                                  // styles52
		{"Closing; problem record PRB-0311 tracks the 5.2.3 app fix.", staffAfter, 0, Fix},                                                   // styles52
		{"Closing the change as implemented with one issue (Zoom at the St Peter's Warm Space, fixed same morning).", staffAfter, 0, Fix},    // styles53
		{"Closing this; I've also added the calibration run to the pump-swap checklist so it doesn't get missed again.", staffAfter, Fix, 0}, // styles35
		// a step booked or scheduled for later
		{"Patch 2 fixes it; scheduled for Thursday evening.", staffAfter, 0, Fix},                                                                                        // styles
		{"Downgrade to 7.3.9 booked for tonight 22:00.", staffAfter, 0, Fix},                                                                                             // styles3
		{"A splicing team is booked for 13:00 and they expect to have it\nrepaired by about 16:00.", staffAfter, 0, Fix},                                                 // styles15
		{"change CHG-3310 is scheduled for Tue 17 Feb 22:00 UTC, about 30 minutes.", staffAfter, 0, Fix},                                                                 // styles20
		{"The failed PSU is being replaced under warranty, engineer\nbooked for Tuesday.", staffAfter, 0, Fix},                                                           // styles23
		{"Server upgrade booked for 20th.", staffAfter, 0, Fix},                                                                                                          // styles44
		{"Hotfix 6.4.1 to make the cap basis configurable per scheme, ETA tomorrow morning.", staffAfter, 0, Fix},                                                        // styles47
		{"Hotfix 4.12.1 scheduled for Wednesday night.", staffAfter, 0, Fix},                                                                                             // styles54
		{"Cleaned the filter as a stopgap; ordered a replacement fan, part ETA 5 days.", staffAfter, Fix, 0},                                                             // styles3
		{"I've changed the subscription to every 6 weeks and skipped the delivery that was due on 2 April, so your next one will go out on 14 May.", staffAfter, Fix, 0}, // styles18
	}
	checkWording(t, cases)
}
