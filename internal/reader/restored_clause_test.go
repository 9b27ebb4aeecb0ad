package reader

import "testing"

// TestRestoredClause checks round 20's restorations (restored_clause.go) on
// sentences written for this test, with their near misses: a check without
// a verdict or with a failing one, "all" with a state that is not the
// service's, a fault or a step in the progressive, staff's own work, others
// who report a fault, and the same words before any remedy or in an opening.
func TestRestoredClause(t *testing.T) {
	after := custAfter
	before := custBefore
	opening := custOpening
	staff := staffAfter
	staffFirst := staffBefore
	cases := []wordingCase{
		// a spot check and its verdict
		{"Spot-checked 4 invoices against the bank export, all match.", staffFirst, Restored, 0},
		{"Tested with the two rejected batches, both pass.", staffFirst, Restored, 0},
		{"Checked room 12 against the booking system - matches.", staffFirst, Restored, 0},
		{"Verified on the Leeds tills, fine.", staffFirst, Restored, 0},
		// near misses: no verdict, a failing verdict, a plan, a hedge, a subject
		{"Spot-checked 4 invoices against the bank export.", staffFirst, 0, Restored},
		{"Spot-checked 4 invoices, two still wrong.", staffFirst, 0, Restored},
		{"Tested with the two rejected batches, neither passes.", staffFirst, 0, Restored},
		{"Checked the ledger, the totals don't match.", staffFirst, 0, Restored},
		{"Tested on staging, should pass in production.", staffFirst, 0, Restored},
		{"We checked every till and they all match.", before, 0, Restored},
		// "all" and a state as a clause
		{"Great, all printed here.", after, Restored, 0},
		{"All delivered, thanks Omar.", after, Restored, 0},
		{"Ran the batch again at 6, all in, no rejects.", after, Restored, 0},
		{"all done.", staff, Restored, 0},
		// near misses: before a remedy, an opening, a part, a future, a request
		{"Great, all printed here.", before, 0, Restored},
		{"All gone, every file in the share.", opening, 0, Restored},
		{"All printed except the last page.", after, 0, Restored},
		{"All done by Friday, I hope.", after, 0, Restored},
		{"Thanks, all received.", staff, 0, Restored},
		{"Can you check they are all in?", after, 0, Restored},
		// a thing doing its work again, in the progressive
		{"The kiosks are dispensing again since 9:40.", staff, Restored, 0},
		{"Done, orders syncing again to the warehouse.", after, Restored, 0},
		{"Queue cleared and labels generating again, so I'll close this.", staff, Restored, 0},
		// near misses: a fault, a step, staff's own work, a start, before a remedy
		{"The kiosks are failing again since 9:40.", staff, 0, Restored},
		{"It's freezing again on the login screen.", after, 0, Restored},
		{"We're reprocessing again from the start.", staff, 0, Restored},
		{"Please try uploading again.", after, 0, Restored},
		{"I started importing again but it stopped at row 40.", after, 0, Restored},
		{"The kiosks are dispensing again since 9:40.", before, 0, Restored},
		// others' confirmation, relayed
		{"Also three colleagues confirm it.", after, Restored, 0},
		{"and the night team tried, works for them too", after, Restored, 0},
		// near misses: before a remedy, others confirm a fault, staff, a request
		{"Also three colleagues confirm it.", before, 0, Restored},
		{"My colleagues confirm the error is still there.", after, 0, Restored},
		{"Can your team confirm it?", after, 0, Restored},
		{"The team tried again, still not working for them.", after, 0, Restored},
	}
	checkWording(t, cases)
}
