package reader

// A date an opening tells "from" a day on (effectiveFrom) beside an ask
// counts toward a planned change (typeVotes.dated) when it dates what takes
// effect: "From 1 April our labour and materials rates change", "Hopper is
// to cover Ashby Parva and Little Stowe from Monday 1 December", told
// before or in the ask, or after it heading its line ("- from 1 April,
// weekdays 08:00-18:00"). Two dates are not the ask's effective day: one
// told after the ask and not heading its line, a detail of the thing asked
// for ("Request: Add users" ... "Comments: Chloe will approve new shade formulas from January"; staff's
// call note "Needs the terminal ... moving" ... "Has keys for the new
// premises from 1 Nov."), and a form's need date ("Needed from: Monday 1
// June 07:00"), the day the thing is wanted by, as "Needed by:" is. Round
// 206: the dated vote alone turned 6 tuning tickets to changes, 3 right
// (styles44 08, styles63 04, styles98 06, each dated before or in the ask)
// and 3 service requests in 3 sets (styles30 09, styles37 11, styles110
// 15), the ones these two dates refuse.

// needDateWords are the participles a form's need-date field opens with.
var needDateWords = newWordSet(map[string]bool{"needed": true, "required": true, "wanted": true})

// needDated reports whether ts, a sentence's words, is a form's need-date
// field: "Needed from: Monday 1 June", "Required by 16 March".
func needDated(ts []string) bool {
	return len(ts) >= 2 && needDateWords.has(ts[0]) && (ts[1] == "from" || ts[1] == "by")
}

// datesChange reports whether a sentence ts dated from a day on, asking
// nothing itself, dates a change: not a need date (needDated), and told
// before any ask of the subject or the opening (v.request is the asks read
// so far) or, after one, heading its line with the day things take effect
// (a list item "- from 1 April, weekdays 08:00-18:00", a field "Effective:
// Saturday 7 June", "Live from: Thursday 16 October").
func (v *typeVotes) datesChange(ts []string) bool {
	return !needDated(ts) && (v.request == 0 || effectiveWords.has(ts[0]))
}
