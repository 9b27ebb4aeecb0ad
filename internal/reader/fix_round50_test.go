package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound50FixForms checks round 50's readings (fix_own_perfect.go,
// fix_passive_perfect.go, fix_please_step.go) on the labelled rows they
// gained, with the false rows found while building them as near misses.
func TestRound50FixForms(t *testing.T) {
	staffOpening := Context{Role: ticket.RoleAgent, Public: true, Opening: true}
	cases := []wordingCase{
		// the writer's own perfect with a verb refused as a passive
		{"We've closed those 6 sessions at the standard night tariff so they won't appear as overstays in your report.", staffBefore, Fix, 0}, // styles21
		{"I've frozen your membership from 1 March to 31 May.", staffBefore, Fix, 0},                                                          // styles25
		{"I've also closed the old\nmembership so it can't catch anyone out again.", staffBefore, Fix, 0},                                     // styles25
		{"With Jens's agreement I've ended that repeating booking from 12/10, so nothing new will be generated.", staffBefore, Fix, 0},        // styles38
		{"I've failed db-prod over to its standby (about 20s of interruption at 15:42).", staffBefore, Fix, 0},                                // styles13
		{"we've run the clean-up on all your Westmark clients this\nafternoon.", staffBefore, Fix, 0},                                         // styles9
		{"I've booked an Openreach engineer for Wednesday 3 June between 8am and 1pm.", staffBefore, 0, Fix},                                  // styles: a visit planned
		{"I've closed the ticket.", staffBefore, 0, Fix},
		{"We've failed to reproduce it on our side.", staffBefore, 0, Fix},
		{"I've frozen your membership from 1 March to 31 May.", staffOpening, 0, Fix},
		// a step in the passive present perfect
		{"The penalty charge notice AB04417732 has been cancelled and you don't need to do anything further.", staffBefore, Fix, 0}, // styles34
		{"The duplicate has been voided, so it will not\nappear on your invoice.", staffBefore, Fix, 0},                             // styles44
		{"All your piles have been recomputed, so the report in the portal is\nsafe to use now.", staffBefore, Fix, 0},              // styles30
		{"Each technician has been sent an activation e-mail.", staffBefore, Fix, 0},                                                // styles10
		{"She's been sent an invite to the owner portal.", staffBefore, Fix, 0},                                                     // styles11
		{"Dr Feld's letters from today have been typed but haven't reached your\nEHR yet.", staffBefore, 0, Fix},                    // styles32
		{"Your account has been locked after five failed attempts.", staffBefore, 0, Fix},
		{"You have been charged twice for the same order.", staffBefore, 0, Fix},
		// "please" and a step of any verb
		{"Please wait about one minute, then press Unlock again.", staffBefore, Fix, 0},                                               // styles9
		{"Please open the app and sign in one more time.", staffBefore, Fix, 0},                                                       // styles25
		{"Please leave the bin out tonight.", staffBefore, Fix, 0},                                                                    // styles28
		{"Please fit each tag in the van it's labelled for, as a\ntag only matches the plate it's paired with.", staffBefore, Fix, 0}, // styles44
		{"Please carry on dispensing\nfrom tokens where you can.", staffBefore, Fix, 0},                                               // styles11
		{"For future updates, please fully charge the aids first.", staffBefore, Fix, 0},                                              // styles24
		{"Please try 58-60 again.", staffBefore, 0, Fix},                                                                              // styles2: a test, a question
		{"The lost card stays blocked; if you find it, please throw it away or hand it in at a ticket office.", staffBefore, 0, Fix},  // styles19
		{"Please make sure no transaction is in progress.", staffBefore, 0, Fix},                                                      // styles10
		{"Until then please carry on with probe checks at the gate.", staffBefore, 0, Fix},                                            // styles35
		{"Please note that the office is closed on Monday.", staffBefore, 0, Fix},
		{"Please update us when you can.", staffBefore, 0, Fix},
	}
	checkWording(t, cases)
}
