package reader

import "testing"

// TestHandedOnNoFix checks the hand-off refusal (fix_handed_on.go): a ticket
// sent or passed to another party, handed back, or a person copied in is no
// fix; a thing handed over, sent to the customer or copied somewhere, and a
// request raised to a team, stay fixes.
func TestHandedOnNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Sent to R&D: why does a failed transfer to one target cancel the other?", staffAfter, 0, Fix},                                                                 // styles13
		{"Sent to integration partner support with store ID and log extract.", staffAfter, 0, Fix},                                                                      // styles15
		{"Sent to platform team (PLAT-884).", staffAfter, 0, Fix},                                                                                                       // styles24
		{"Sent to Brightcore, RMA 22817.", staffAfter, 0, Fix},                                                                                                          // styles67
		{"I've passed this to our product team so the other accounts are corrected as well.", staffAfter, 0, Fix},                                                       // styles18
		{"Change done, handing back to ops.", staffAfter, 0, Fix},                                                                                                       // styles58
		{"A few other members have mentioned the same this morning so I'm passing it to our app team now.", staffAfter, 0, Fix},                                         // styles61
		{"Docs sent to Account Health queue AH-2, ETA 4h.", staffAfter, 0, Fix},                                                                                         // styles8
		{"Oversized drop reported to the DPX account team with the scan data.", staffAfter, 0, Fix},                                                                     // styles41
		{"Examples sent to the mapping supplier.", staffAfter, 0, Fix},                                                                                                  // styles54
		{"I've copied Helen in.", custAfter, 0, Fix},                                                                                                                    // styles58
		{"I've copied Lorraine Pask at head office on this as she made the change.", staffAfter, 0, Fix},                                                                // styles69
		{"Outage ticket routed to the field crew for the cabinet at Mill Lane.", staffAfter, 0, Fix},                                                                    // the shape, written for the test
		{"Handed over to Aisha at induction.", staffAfter, Fix, 0},                                                                                                      // styles18
		{"They've issued a new key for Daventry and sent it to your Parcelway admin (Lisa Grant, I think).", staffAfter, Fix, 0},                                        // styles13
		{"New per-site key for Daventry issued and sent to Northgate's Parcelway admin.", staffAfter, Fix, 0},                                                           // styles13
		{"Corrected copies sent to the 131 non-hire families with your note.", staffAfter, Fix, 0},                                                                      // styles38
		{"Door 31 opened with the override key, parcel handed to the customer (ID checked).", staffAfter, Fix, 0},                                                       // styles41
		{"I've added her column to the Ashby appointment book from 4 May, Mon/Tue/Thu 8:30-18:00, and copied Dr Patel's appointment types across.", staffAfter, Fix, 0}, // styles13
		{"Forced check-in on all 14, ownership passed to PZIELINSKI.", staffAfter, Fix, 0},
		{"The hotfix is ready and has been sent to your team.", staffAfter, Fix, 0}, // rules_test's general wording                                                                              // styles57
	})
}
