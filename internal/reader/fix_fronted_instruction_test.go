package reader

import "testing"

// TestFixFrontedInstruction checks round 75's instruction after a fronted
// clause (fix_fronted_instruction.go) on rows of the styles sets (set and
// ticket beside each) and near misses that must stay no fix: a request for
// information, a question, a promise, a refusal, ticket admin.
func TestFixFrontedInstruction(t *testing.T) {
	checkWording(t, []wordingCase{
		{"For days already recorded this month, open the day in the register, click the member and change \"Full day\" to \"AM only\".", staffBefore, Fix, 0},           // styles75 15
		{"On each member's Attendance Pattern, untick the PM session for the days they only come in the morning and save.", staffBefore, Fix, 0},                        // styles75 15
		{"When someone leaves, deactivate them under Staff > Status and the app wipes its data on the phone at its next connection.", staffBefore, Fix, 0},              // styles75 09
		{"If landing is carpeted too, draw landing as normal room.", staffBefore, Fix, 0},                                                                               // styles76 13
		{"When you next pay through Tax-Free Childcare, please use the invoice number as the payment reference, and it will match straight away.", staffBefore, Fix, 0}, // styles78 08
		{"If you would prefer the caseback not to be opened, tick \"External inspection only\" when you book the consignment.", staffBefore, Fix, 0},                    // styles69 16
		// near misses
		{"If it happens again, let us know.", staffBefore, 0, Fix},
		{"When you have a moment, send us the logs.", staffBefore, 0, Fix},
		{"If you'd like, open a new ticket for it.", staffBefore, 0, Fix},
		{"If that doesn't help, we'll restart it tonight.", staffBefore, 0, Fix},
		{"If it still fails, don't restart it.", staffBefore, 0, Fix},
		{"When you get a chance, could you restart it?", staffBefore, 0, Fix},
		{"If you can't open it, call us on the usual number.", staffBefore, 0, Fix},
		{"If landing is carpeted too, draw landing as normal room.", custOpening, 0, Fix},
	})
}
