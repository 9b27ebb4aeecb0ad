package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCustomerDone checks a customer's "done" in reply to a step asked
// (fix_done_reply.go), on sentences written for this test: the reply after a
// step, against the same words with no step asked, asked back, or planned.
func TestCustomerDone(t *testing.T) {
	after := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	cold := Context{Role: ticket.RoleCustomer, Public: true}
	staff := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	cases := []wordingCase{
		{"Done.", after, Fix, 0},
		{"ok done, the light is green", after, Fix, 0},
		{"Done that, no change though.", after, Fix, 0},
		{"yes done", after, Fix, 0},
		{"Done.", cold, 0, Fix},
		{"Done?", after, 0, Fix},
		{"done by Friday", after, 0, Fix},
		{"Maybe done, not sure it saved.", after, 0, Fix},
		{"Not done yet.", after, 0, Fix},
		{"Done.", staff, 0, Fix},
	}
	checkWording(t, cases)
}

// TestFixDoneReply checks round 39's forms on rows of the styles sets
// (set and ticket beside each) and near misses written for this test: a
// customer's bare "I did" and "found it, done" after a step asked
// (fix_done_reply.go), a polite request whose sentence names a phone or asks
// to add (fix_request_any.go), a change told as what a thing now does
// (fix_now_present.go) and a step told as having failed (fix_step_failed.go).
func TestFixDoneReply(t *testing.T) {
	cases := []wordingCase{
		// "I did" after a step asked
		{"i did.", custAfter, Fix, 0},       // styles43 03-app-bluetooth-pairing
		{"i did, same.", custAfter, Fix, 0}, // styles38 04-register-spinning-chat
		{"I did like you said, translated 6,000 words in the train and the upload worked perfect.", custAfter, Fix, 0}, // styles24 13
		{"I did notice that the gaps line up with our shift changes.", custAfter, 0, Fix},
		{"I did not change anything.", custAfter, 0, Fix},
		{"i did.", custBefore, 0, Fix},
		// "done" after the step found or praised, and "done" with what followed
		{"found it, done.", custAfter, Fix, 0},          // styles39 04-chat-move-aftercare-recall
		{"ok found it, done.", custBefore, Fix, 0},      // styles30 02-swim-stage-move-up
		{"Brilliant, that's done.", custAfter, Fix, 0},  // styles43 14-escort-question
		{"ok done, new card is in", custBefore, Fix, 0}, // styles44 02-tag-lane-barrier-card-expired
		{"That's done it, both working.", custAfter, 0, Fix},
		{"done", custBefore, 0, Fix},
		// a polite request naming a phone, or to add
		{"Could you text PAC to 65075 from the 0733 phone itself?", staffBefore, Fix, 0},                                   // styles42 02
		{"Could you add it to the certificate bundle on both intranet web servers and reload nginx?", staffBefore, Fix, 0}, // styles50 15
		{"Could you add your current bank account under Settings > Payouts?", staffBefore, Fix, 0},                         // styles33 11
		{"Could you restart the router and let me know what the light does?", staffBefore, 0, Fix},
		{"Could you phone the store and ask?", staffBefore, 0, Fix},
		// a change told as what a thing now does
		{"Their change template now includes that route check.", staffBefore, Fix, 0},                            // styles43 01
		{"The Allotment Hour now lives in the Greenfork Media workspace.", staffBefore, Fix, 0},                  // styles40 12
		{"Fleet payload now sends vehicleUseClass per vehicle.", staffBefore, Fix, 0},                            // styles22 15
		{"It now runs every day, so next Monday's patients will get theirs this Saturday.", staffBefore, Fix, 0}, // styles35 03
		{"Mailchimp now shows the domain as authenticated.", staffBefore, 0, Fix},
		{"The lab Macs fall back to NTLMv2, which the gateway now refuses.", staffBefore, 0, Fix},
		{"Closing it now, thanks Nadia.", staffBefore, 0, Fix},
		// a step told as having failed
		{"Restart didn't hold.", staffBefore, 0, Fix},                                            // styles25 09, styles47 03
		{"Restart only flushed the retries.", staffBefore, 0, Fix},                               // styles44 09
		{"sorry about this - my fix yesterday only dealt with the symptom.", staffAfter, 0, Fix}, // styles38 07
		{"Backups fine, yesterday's fix only bought time.", staffAfter, 0, Fix},                  // styles50 06
		{"Restarted the sync worker, queue drained in 2 min.", staffBefore, Fix, 0},
	}
	checkWording(t, cases)
}
