package reader

import "testing"

func TestSoAllRight(t *testing.T) {
	checkPredicate(t, "soAllRight", soAllRight, []predicateCase{
		{"Members who had already spent the extra points keep them; the reversal only took back unspent duplicates, so no balance has gone negative.", true},
		{"The 14 that are still estimated had no read from their meter this quarter, so their bills are right as they are.", true},
		{"I can see your three rentals fine on our side, so your account is OK - it's the app that isn't showing them.", true},
		{"Hallbrook's result reached our server at 01:42, so the page behind the CDN is right.", true},
		{"Calls to Penrose have been going to the national overflow since then, so no caller has gone unanswered because of it.", true},
		{"Panel HMI at the kiln is local to the PLC and still shows live values, so the kiln is under control, we just can't see it centrally and the historian isn't recording.", true},
		{"The backup ran at 02:00, so it's all correct now.", true},
		// near misses: no copula, a negation or contrast in the clause, the
		// word before its noun, a harm after "no", no "so", "so far", the
		// reassurance before "so"
		{"For what it's worth, that schedule was created in February and UTC is the default for new schedules, so it would have looked right all winter.", false},
		{"Printers on older firmware don't recognise the new certificate, so they can't connect to the cloud at all, even though your network is fine.", false},
		{"At changeover it loaded that stale entry, so every correct 750 ml bottle was \"over\".", false},
		{"The import job stopped at 02:00, so the totals are not right.", false},
		{"The import job stopped at 02:00, so no invoices were sent.", false},
		{"The import job stopped at 02:00, so nothing is right on the board.", false},
		{"The page behind the CDN is right.", false},
		{"The cache was stale, so far the page is right.", false},
		{"Your account is OK, so the fault is in the app's cache.", false},
	})
}
