package reader

import "testing"

// TestFixScheduledByWriter checks round 75's writer's perfect of scheduling
// (fix_scheduled_by_writer.go) on rows of the styles sets (set and ticket
// beside each) and near misses that must stay no fix: a step scheduled with
// no writer in it, a worker or a slot booked, a question, a refusal.
func TestFixScheduledByWriter(t *testing.T) {
	checkWording(t, []wordingCase{
		{"I've scheduled Ferncliffe Court to go live at 07:00 on Monday 23rd.", staffBefore, Fix, 0},                                                           // styles75 12
		{"M-0412's reader is on older firmware with the short timeout - I've scheduled 4.1.6 for it tonight at 02:00.", staffBefore, Fix, 0},                   // styles77 02
		{"I've scheduled the new £88 price for the motorway lesson to take effect at 00:00 on 1 April, leaving the block price at £400.", staffBefore, Fix, 0}, // styles74 05
		{"I've scheduled the change: a premium rule of 26% for sales with a start date on or after 1 April 2026.", staffBefore, Fix, 0},                        // styles69 09
		{"I have booked your sofa and fridge collection against the other payment for Friday 12 June.", staffBefore, Fix, 0},                                   // styles28 11
		{"I have booked you a slot at Hatherley Lane for Saturday 14 March, 10:30-11:00.", staffBefore, Fix, 0},                                                // styles64 15
		// near misses: a plan, a worker or a slot booked, a question, a refusal, a promise
		{"Hotfix 4.12.1 scheduled for Wednesday night.", staffBefore, 0, Fix},
		{"I've booked an Openreach engineer for Wednesday 3 June between 8am and 1pm.", staffBefore, 0, Fix},
		{"I've booked him for 07:30 on the 20th and 08:00 on the 26th.", staffBefore, 0, Fix},
		{"Have you scheduled the export for tonight?", staffBefore, 0, Fix},
		{"I haven't scheduled the change yet, as finance have not signed it off.", staffBefore, 0, Fix},
		{"I've scheduled a call with the vendor and will probably know more then.", staffBefore, 0, Fix},
		{"I've scheduled a call with the vendor for Tuesday.", staffBefore, 0, Fix},
		{"We've scheduled an engineer visit for Thursday morning.", staffBefore, 0, Fix},
		{"I'll schedule the change for Monday once you confirm.", staffBefore, 0, Fix},
		{"We've scheduled 4.1.6 for tonight.", custBefore, 0, Fix},
	})
}
