package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound13Forms checks round 13's restorations (restored_after_remedy.go), which hold
// only after staff's remedy, on sentences written for this test, with their
// near misses: the same words in an opening or before any remedy, a customer
// still reporting trouble, a question, a condition, a hope, a negation.
func TestRound13Forms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	before := Context{Role: ticket.RoleCustomer, Public: true}
	opening := Context{Role: ticket.RoleCustomer, Public: true, Opening: true, AfterRemedy: true}
	staffBefore := Context{Role: ticket.RoleAgent, Public: true}
	cases := []wordingCase{
		// a customer's own use
		{"I can print from the second floor.", customer, Restored, 0},
		{"The night shift can book rooms.", customer, Restored, 0},
		{"She is able to sign in from the ward PC.", customer, Restored, 0},
		// something received
		{"yep got it, 15 licences.", customer, Restored, 0},
		{"Great, seen the credit on my statement.", customer, Restored, 0},
		{"today we received the replacement codes.", customer, Restored, 0},
		// a use that went well
		{"The delivery drivers got in fine this morning.", customer, Restored, 0},
		{"Payroll went fine, 212 payslips out.", customer, Restored, 0},
		{"and ran fine.", customer, 0, Restored},
		// a bare confirmation
		{"yes!!", customer, Restored, 0},
		{"that did the trick, cheers", customer, Restored, 0},
		{"All working, thank you so much.", customer, Restored, 0},
		// a terse result after the remedy
		{"06:10 unit 4 reflashed, self-test pass.", staff, Restored, 0},
		{"Nightly export re-run OK 07:45.", staff, Restored, 0},
		{"Done, all three accepted.", customer, Restored, 0},
		{"Queue latency flat at 40 ms.", staff, Restored, 0},
		{"Rebuilt the index, search check passed.", staff, Restored, 0},
		// near misses: no remedy yet, or an opening (a diagnostic)
		{"I can print from the second floor.", before, 0, Restored},
		{"I can log in to the laptop but the VPN drops.", opening, 0, Restored},
		{"Disk OK.", staffBefore, 0, Restored},
		{"yes!!", before, 0, Restored},
		// near misses after the remedy
		{"I can print but the colours are wrong.", customer, 0, Restored},
		{"I still can't sign in.", customer, 0, Restored},
		{"Can I log in from home now?", customer, 0, Restored},
		{"Should work now?", customer, 0, Restored},
		{"If it is accepted we can close.", customer, 0, Restored},
		{"Hopefully the upload goes fine tonight.", customer, 0, Restored},
		{"You can log in with the new password.", customer, 0, Restored},
		{"Got the email with the steps, will try tonight.", customer, 0, Restored},
		{"Got your message.", customer, 0, Restored},
		{"Thanks!", customer, 0, Restored},
		{"Perfect, thank you.", customer, 0, Restored},
		{"Ah ok, that was my colleague.", customer, 0, Restored},
		{"That is fine.", customer, 0, Restored},
		{"Checked the node, everything seemed OK.", staff, 0, Restored},
		{"38 updated in the first pass.", staff, 0, Restored},
		{"Self-test not passed.", staff, 0, Restored},
		{"Memory is flat at 95 MB but the leak is back.", customer, 0, Restored},
		{"Manager says OK to delete the old files, as long as we can get them back.", customer, 0, Restored},
	}
	checkWording(t, cases)
}
