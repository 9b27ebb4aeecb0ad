package reader

import "testing"

func TestHistoryLine(t *testing.T) {
	checkPredicate(t, "historyLine", func(text string) bool {
		var buf [64]string
		return historyLine(text, tokens(text, buf[:0]))
	}, []predicateCase{
		{"Profile history: Ferncastle servicing profile edited 02/09 when their new label template was added.", true},
		{"RH-12 history: 99% every night from about 02:00, back down by mid-morning; same pattern before the battery swap.", true},
		{"Asset history: OPD-LBL-02 was swapped on 3 Apr for a ZD421 (old unit's head failed).", true},
		{"Account history: password reset 14/03 by the user.", true},
		// near misses: a quoted message after the header, no header, the header too far in
		{"Task history: 'logon failure: the user's password has expired' for svc-barriersync every run since Fri 00:00.", false},
		{"Job history: \"disk quota exceeded\" on every run since Monday.", false},
		{"The history shows the profile was edited on 02/09, which broke the labels.", false},
		{"Looking at the ticket's whole history: the template was edited on 02/09.", false},
		{"History of the fault is in the notes.", false},
	})
	checkWording(t, []wordingCase{
		{"Profile history: Ferncastle servicing profile edited 02/09 when their new label template was added.", staffAfter, 0, Cause},
	})
}
