package reader

import "testing"

// TestRestoredConfirmed checks round 21's confirmations in people's own words
// (restored_confirmed.go) on sentences written for this test, with their
// near misses: the same words before any remedy or in an opening, from
// staff where only a customer's count, a question, a hedge, a negation, a
// partial or remaining state, a person or a part that arrives, a fault that
// comes through, a figure that is better higher, a queue still draining.
func TestRestoredConfirmed(t *testing.T) {
	after := custAfter
	before := custBefore
	opening := custOpening
	staff := staffAfter
	staffFirst := staffBefore
	cases := []wordingCase{
		// arrived or went through
		{"The credit note has come through, thanks.", after, Restored, 0},
		{"Parcel arrived this morning.", after, Restored, 0},
		{"Salaries went through overnight, cheers.", after, Restored, 0},
		{"Pallets finally landed 10:15.", after, Restored, 0},
		{"Parcel arrived this morning.", opening, 0, Restored},
		{"Parcel arrived this morning.", before, 0, Restored},
		{"The engineer arrived at nine.", after, 0, Restored},
		{"The replacement router arrived.", after, 0, Restored},
		{"Parcel arrived but two tins were missing.", after, 0, Restored},
		{"Only some of the payments have gone through.", after, 0, Restored},
		{"Another error came through overnight.", after, 0, Restored},
		{"came through at noon.", after, 0, Restored},
		{"Has the credit note come through?", after, 0, Restored},
		// a use without trouble
		{"Ran the whole month-end close without a hitch.", after, Restored, 0},
		{"Got through the full shift with no problems, thank you.", after, Restored, 0},
		{"Got through the full shift with no problems, thank you.", opening, 0, Restored},
		{"I can't finish the close without errors.", after, 0, Restored},
		{"Will the close run without problems tomorrow?", after, 0, Restored},
		{"Ran the close without errors in the first half, but it stopped at step 9.", after, 0, Restored},
		// trouble absent since
		{"None since Tuesday's patch, thanks.", after, Restored, 0},
		{"Haven't had a single dropout since.", after, Restored, 0},
		{"Readings stable since 09:10.", staffFirst, Restored, 0},
		{"No freezes at all this week.", after, Restored, 0},
		{"No reply from the vendor since Monday.", staffFirst, 0, Restored},
		{"Readings stable since 09:10.", opening, 0, Restored},
		{"Not stable since the upgrade.", staffFirst, 0, Restored},
		{"No freezes since Monday but the screen still flickers.", after, 0, Restored},
		// got in
		{"Yes, I'm in now.", after, Restored, 0},
		{"Back into the portal, cheers.", after, Restored, 0},
		{"I'm in the office until five.", after, 0, Restored},
		{"We're in touch with the bank.", after, 0, Restored},
		// a terse result
		{"scanner connected!", after, Restored, 0},
		{"It printed, thanks.", after, Restored, 0},
		{"They've both signed in.", after, Restored, 0},
		{"scanner connected!", before, 0, Restored},
		{"scanner connected!", staff, 0, Restored},
		{"Still not connected.", after, 0, Restored},
		{"The alarm is active.", after, 0, Restored},
		{"Nothing found.", after, 0, Restored},
		// looks right
		{"The invoices look correct now.", after, Restored, 0},
		{"The invoices don't look right.", after, 0, Restored},
		{"Looks good, go ahead with the change.", after, 0, Restored},
		// the noise stopped
		{"Complaints from the front desk have died down.", after, Restored, 0},
		{"The line went quiet mid-call.", after, 0, Restored},
		{"The connection dropped off twice.", after, 0, Restored},
		// quick again
		{"Much faster now, thanks.", after, Restored, 0},
		{"Not much faster now.", after, 0, Restored},
		// a bad figure down, from anyone outside the opening
		{"Error rate down to 0.1% since the rollback.", staffFirst, Restored, 0},
		{"404 rate dropped to zero.", staffFirst, Restored, 0},
		{"Heap stays under 2 GB over the soak.", staffFirst, Restored, 0},
		{"The 500s stopped at 10:02.", staffFirst, Restored, 0},
		{"Backlog down to 0.", staffFirst, Restored, 0},
		{"Backlog down to 4,200.", staffFirst, 0, Restored},
		{"Success rate dropped to 60%.", staffFirst, 0, Restored},
		{"Traffic dropped to zero at 02:00.", staffFirst, 0, Restored},
		{"The server stopped at 07:29.", staffFirst, 0, Restored},
		{"Latency down to 40ms but it should go lower.", staffFirst, 0, Restored},
		{"Error rate down to 0.1%.", opening, 0, Restored},
	}
	checkWording(t, cases)
}
