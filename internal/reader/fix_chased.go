package reader

// Round 95: a party chased. Staff tell that they chased someone (a vendor, a
// team, a case): a nudge to whoever holds the remedy, which the sentence does
// not report done; it takes no fix. Counted over every tuning set (styles to
// styles86, -styleserrorstp): 5 false fix rows in 4 sets, no true one:
//   - styles58 15: a cause told, then "..., chasing the provider now."
//   - styles77 18 (x2): a case chased by phone with its time; "I've chased
//     them ... and they expect to put the fix live tomorrow"
//   - styles81 17: "I've chased them" with when
//   - styles83 18: a two-word note, "Chased" and the team
// Refused among classify's refusals for any writer and in modelVeto's fix
// guard. The cheap test is the token itself; "chase" alone (a bank's name, a
// plan to chase) is left.

// chasedParty reports whether a sentence tells a party chased: the token
// "chased" or "chasing".
func chasedParty(ts []string) bool {
	for _, t := range ts {
		if t == "chased" || t == "chasing" {
			return true
		}
	}
	return false
}
