package reader

import "testing"

// TestFixSentToCustomer checks round 77's thing sent or delivered as the
// remedy (fix_sent_to_customer.go) on rows of the styles sets (set and ticket
// beside each) and near misses that must stay no fix: causes (a stale
// destination, a release going out), promises, questions, a record seen.
func TestFixSentToCustomer(t *testing.T) {
	checkWording(t, []wordingCase{
		{"VPN invite and first-login notes went to his personal email this morning.", staffBefore, Fix, 0},                                  // styles67 11
		{"His first-login details have gone to his personal email with the DBS number recorded on his staff record.", staffBefore, Fix, 0},  // styles78 12
		{"The list has gone to Lorraine so head office can arrange refunds of the difference.", staffBefore, Fix, 0},                        // styles69 01
		{"The temporary passwords have gone to Alison by text, and they'll be asked to change them at first sign-in.", staffBefore, Fix, 0}, // styles3 24
		{"The transfer of £187.40 was sent today (reference CSF7732K-R).", staffBefore, Fix, 0},                                             // styles8 05
		{"His welcome letter and security token went in the post today and should reach you by Friday.", staffBefore, Fix, 0},               // styles17 03
		{"A replacement kit for those three tests was posted today at no charge.", staffBefore, Fix, 0},                                     // styles43 16
		{"The tags were posted today by tracked delivery; each one is labelled with the registration it's paired to.", staffBefore, Fix, 0}, // styles44 04
		{"Each technician has been sent an activation e-mail.", staffBefore, Fix, 0},                                                        // styles10 03
		// near misses: causes, releases, promises, questions, a record seen, a customer
		{"Renewal reminder went to their old warranty admin mailbox and bounced.", staffBefore, 0, Fix},
		{"Notice went to our old payments@ mailbox which nobody reads.", staffBefore, 0, Fix},
		{"Could you let the buyer who got the reminder know it was sent in error?", staffBefore, 0, Fix},
		{"The reminder was sent in error this morning.", staffBefore, 0, Fix},
		{"For your awareness: this morning's examiner timetable e-mails went out late, at 08:25 instead of 05:00.", staffBefore, 0, Fix},
		{"4.18.0 went to all stores at 08:00 today.", staffBefore, 0, Fix},
		{"The update went out this morning to all tablets.", staffBefore, 0, Fix},
		{"I can see your evidence on the dispute and it went to the cardholder's bank today.", staffBefore, 0, Fix},
		{"I'll ring you once the invite has gone to him.", staffBefore, 0, Fix},
		{"Site has gone to paper permits under their contingency procedure.", staffBefore, 0, Fix},
		{"Their temporary PINs will be sent to the home's manager inbox in a separate e-mail.", staffBefore, 0, Fix},
		{"Has the replacement been posted today?", staffBefore, 0, Fix},
		{"The replacement wasn't sent today because the courier didn't collect.", staffBefore, 0, Fix},
		{"The new certificate was sent to your EDI team on 29 September.", staffBefore, 0, Fix},
		{"It went out at 14:02 to 431 contacts: 402 received it through the app and 26 by text, all within about two minutes.", staffBefore, 0, Fix},
		{"My login details went to my personal email this morning.", custBefore, 0, Fix},
	})
}
