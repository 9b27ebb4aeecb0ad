package reader

import "testing"

// TestFixFrontedStep checks round 234's instruction after a fronted clause
// with the verbs of any step asked of the reader (fix_fronted_step.go) on
// rows of the tuning sets (set beside each) and near misses that must stay
// no fix: the writer's own plan after the clause, a report asked, ticket
// admin, a question after the clause that is no request, the customer's
// opening, a step the rule's verbs do not know.
func TestFixFrontedStep(t *testing.T) {
	checkWording(t, []wordingCase{
		{"If that works on one, please do the same on the others.", staffBefore, Fix, 0},                                                                                 // styles13
		{"When they come back, scan them in with Movements > Return.", staffBefore, Fix, 0},                                                                              // styles98
		{"For a backfill like yours, split the range into chunks of 5,000 blocks and run them one after another.", staffBefore, Fix, 0},                                  // styles112
		{"For the future, subscribe to newHeads over WebSocket instead of polling, or poll at most once per block.", staffBefore, Fix, 0},                                // styles112
		{"For the rota, please upload it each week in the client portal under Call Flows > On-call contacts; our team picks up whatever is there.", staffBefore, Fix, 0}, // styles117
		{"When it comes, take the old one out, put the new one in the same USB port and the app should find it by itself.", staffBefore, Fix, 0},                         // styles51
		{"If you want it on every church quote, edit your 'Church - general' template and do the same there.", staffBefore, Fix, 0},                                      // styles98
		{"For per-question results, ask for SCORM 2004 4th edition: our Quiz Item report reads the interaction data from 2004 packages.", staffBefore, Fix, 0},           // styles16
		{"For R2-091877, can you remove two of the pre-roll packs at the counter, or cancel and let the customer reorder?", staffBefore, Fix, 0},                         // styles126
		{"When you're next at the panel, could you power it off at the isolator for a full minute and back on?", staffBefore, Fix, 0},                                    // styles51
		{"Once they have, could someone at each shop scan a licence to check?", staffBefore, Fix, 0},                                                                     // styles126
		{"To stop it happening again, switch on \"Accept payments on any network\" under Settings > Checkout.", staffBefore, Fix, 0},                                     // written for the test
		// near misses
		{"Once it's in we'll re-import the reads, cancel the estimated bills for those accounts and re-bill them on actuals.", staffBefore, 0, Fix}, // styles8: the writer's plan
		{"If she needs to change setpoints later, just ask and we'll do it with your approval.", staffBefore, 0, Fix},                               // styles19: "ask" for nothing
		{"If an examiner calls about a missing sheet, please ask them to check their spam folder first.", staffBefore, 0, Fix},                      // styles74
		{"If it happens again, upload the logs and let us know.", staffBefore, 0, Fix},
		{"If you'd like, open a new ticket for it.", staffBefore, 0, Fix},
		{"Once she's signed, could you check the girls show on your January register?", staffBefore, 0, Fix}, // styles78: a check asked
		{"When it arrives, do you want us to fit it?", staffBefore, 0, Fix},
		{"When you get a chance, could you restart it?", staffBefore, 0, Fix}, // round 75's near miss
		{"If it freezes again, take a photo of the screen before anyone restarts it.", staffBefore, 0, Fix},
		{"If that works on one, please do the same on the others.", custOpening, 0, Fix},
		{"If it stops, don't take the cover off.", staffBefore, 0, Fix},
	})
}
