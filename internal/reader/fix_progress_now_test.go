package reader

import "testing"

// TestFixProgressNow checks round 43's forms on rows of the styles sets
// (set and ticket beside each) and near misses written for this test: staff's
// step under way now (fix_progress_now.go), a customer's report of a third
// party's step (fix_others_step.go), "is now on" (fix_now_on.go), passive
// notes through a time, an -ing noun, an arrow and "made visible"
// (fix_passive_note.go), and a step announced refused (fix_announced.go).
func TestFixProgressNow(t *testing.T) {
	cases := []wordingCase{
		// staff's step under way now
		{"Pushing 4.17.3 to LDN-07 group in MDM now, rest of estate after.", staffBefore, Fix, 0},                    // styles41 06
		{"Sending the open command now.", staffBefore, Fix, 0},                                                       // styles41 16
		{"Running vacuumdb --analyze-in-stages -d quotesdb now.", staffBefore, Fix, 0},                               // styles50 08
		{"I'm restoring DAY03-DAY05 back to MEDIA01 now, it's about 1.8 TB so give it 40 min.", staffBefore, Fix, 0}, // styles46 07
		{"We're sending an extra price update to all stores now.", staffBefore, Fix, 0},                              // styles2 35
		{"Morning Mick, looking at it now.", staffBefore, 0, Fix},
		{"Closing it now.", staffBefore, 0, Fix},
		{"Checking the logs now.", staffBefore, 0, Fix},
		{"I'm passing this to the network team now and will come back to you.", staffBefore, 0, Fix},
		// a customer's report of a third party's step
		{"The new receiver came on Friday and my son swapped it over that evening.", custAfter, Fix, 0},      // styles48 04
		{"IT pushed 5.4 to all the site phones this morning.", custBefore, Fix, 0},                           // styles48 14
		{"Tags arrived Tuesday and the lads fitted them.", custAfter, Fix, 0},                                // styles44 04
		{"IT put the new key in at 11:40 (Gary did it while I was on the phone to him).", custAfter, Fix, 0}, // styles44 09
		{"The handle was along the pipe, my son has turned it now.", custAfter, Fix, 0},                      // styles40 09
		{"my son swapped it over but it still trips.", custAfter, 0, Fix},
		{"It pushed the reading up again.", custAfter, 0, Fix},
		{"my colleague renewed the signing certificate in Okta yesterday evening.", custBefore, 0, Fix},
		{"my son swapped it over.", custOpening, 0, Fix},
		// a step told as the thing now being on
		{"The Samsara link is now on, and 38 of your 40 vehicles matched by chassis number.", staffBefore, Fix, 0},      // styles44 17
		{"Queue owner for nights is now on the handover sheet.", staffBefore, Fix, 0},                                   // styles49 15
		{"Done - IPC alerts are now on by default for everyone in the Operations Centre profile.", staffBefore, Fix, 0}, // styles37 13
		{"All 25 riders are now on your company plan.", staffBefore, Fix, 0},                                            // styles31 18
		{"Hilary is on the call.", staffBefore, 0, Fix},
		{"The old setting is back on at network level.", staffBefore, 0, Fix},
		// passive notes
		{"07:44 short stay product made visible.", staffBefore, Fix, 0},          // styles39 09
		{"Callout routing switched WW-Central -> WW-East.", staffBefore, Fix, 0}, // styles41 04
		{"Enscape seat reassigned mdyer -> pshah.", staffBefore, Fix, 0},         // styles36 08
		{"21:30 tile and stream published.", staffBefore, Fix, 0},                // styles7 12
		{"Incident DSP-7720 opened.", staffBefore, 0, Fix},
		{"Printing resumed at 10:04.", staffBefore, 0, Fix},
		// a step announced
		{"I'm going to restart it remotely, it'll go black for about a minute.", staffBefore, 0, Fix},                             // styles37 14
		{"OK, one moment, I'm going to reset the register for that group from the admin side.", staffBefore, 0, Fix},              // styles38 04
		{"I'd like to remove it remotely with its vendor's removal tool - this needs a restart of each PC.", staffBefore, 0, Fix}, // styles42 18
		{"With your OK I'll resend everything from the error window in order.", staffBefore, 0, Fix},                              // styles16 03
		// styles21 02, labelled a fix by its writer, expects no fix since round 111's plan under a condition
		// (fix_conditional_plan.go): the same wording is labelled none in 8 other sets ("Once it is in, I will
		// resend the confirmation emails to the 412 unconfirmed signers.", styles91 14), 8 false rows against this one
		{"Once they're in, I'll resend every confirmation that bounced since Thursday.", staffBefore, 0, Fix},
	}
	checkWording(t, cases)
}
