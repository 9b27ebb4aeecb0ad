package reader

import "testing"

// TestCauseNoNeedAfterSoRefused checks round 56's refusals (notCause, so the model
// too): how a product works told in the present, then "so there is no /
// nothing / only ...", and the usual cause of a kind of fault. The sentences
// are written for the test; near misses keep their cause.
func TestCauseNoNeedAfterSoRefused(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// how a product works, then "so there is no ..."
		{"The portal renews every licence on its anniversary, so there's nothing for you to do.", true},
		{"Guests use the shared kiosk in the lobby, so there isn't a login to create.", true},
		{"Your plan includes the add-on already, so there is no extra charge.", true},
		{"Monday's delivery moves to Tuesday, which is already one of your days, so there is only one delivery that week.", true},
		{"The settings haven't changed, so there's nothing new to send them.", true},
		// near misses: a past event before "so", no "there is"
		{"The backup never finished because the disk filled, so there is nothing to restore.", false},
		{"The import job died at 02:10, so there is no data for last night.", false},
		{"The certificate was renewed on the old server, so there's no valid chain on the new one.", false},
		{"The proxy drops the header, so the app rejects the request.", false},

		// the usual cause of a kind of fault
		{"The usual culprit is an old phone still syncing with the previous password.", true},
		{"Most often that's a loose cable at the back of the dock.", true},
		{"The most common cause is a full mailbox on the recipient's side.", true},
		// near misses: this case's cause
		{"It was locked after 5 failed sign-ins, which usually means a device still has the old password.", false},
		{"The cause was a full mailbox on the recipient's side.", false},

		// nothing lost or to fix, with words between
		{"Messages are held for 3 days, so nothing from this morning is lost.", true},
		{"Nothing in Dropbox is wrong or lost, it just wasn't indexed.", true},
		{"The ledger already shows the right total, so nothing to fix on your side.", true},
		// near misses: a part ruled out beside a cause, a contrast
		{"The switch lost power, which is why the cameras dropped - nothing wrong with the cameras.", false},
		{"Nothing from Saturday is lost, but the sync stopped because the token expired.", false},

		// a product's lack beside "because"
		{"There's no undo as such, because once an invoice is issued its number is used.", true},
		{"Smart TVs can't join the staff network because there's nowhere on them to enter a password.", true},
		// near misses: a past event in the sentence
		{"The transfer was returned because the account has since closed, so there is nowhere to send it.", false},
		{"There was no backup because the job failed on Friday.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := noneNeededAfterSo(scn.ts) || usualCause(scn.ts) || nothingLost(scn) || lackByDesign(scn.ts); got != tc.want {
			t.Errorf("noneNeededAfterSo, usualCause, nothingLost or lackByDesign(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
