package reader

import "strings"

// Round 176: a step told in a past week, month or year. Staff tell what was
// done before the trouble ("the aging reports moved to CellTrace Analytics
// last week.", "ETX-05 accounts were recreated last year and are inside 180
// days.", "The carton label template was changed last Friday and it's now
// picking up the planned quantity instead of the counted one.", "So the sync
// undid last week's fix on Saturday night."): the history or the change that
// broke things, told as a finding or a cause, not this ticket's remedy, which
// is told in hours, "last night", "this morning" or "today". Counted over
// every tuning set (styles to styles110, -styleserrorstp): staff rows read as
// fix with "last week/month/year" or "last <weekday>" are 13 false in 13 sets
// (labelled cause or nothing) and none true; no row labelled fix and missed
// has the words either. The one true row with "last" and a weekday names a
// day to come ("the last Tuesday collection will be 28 April", styles89:
// "the" before it) and stays; "last night" is the remedy's own time (31 true
// rows) and is not taken.

// pastPeriods are the spans "last" makes a time before the ticket's trouble.
var pastPeriods = map[string]bool{"week": true, "month": true, "year": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// pastPeriodTold reports whether a sentence has "last" before a week, a
// month, a year or a weekday (perhaps with "'s"), with no determiner before
// "last" (which makes it the last of a series) and no "since" (a state
// lasting from then to now).
func pastPeriodTold(ts []string) bool {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] != "last" || !pastPeriods[strings.TrimSuffix(ts[i+1], "'s")] {
			continue
		}
		if i > 0 {
			switch ts[i-1] {
			case "the", "this", "that", "a", "your", "our", "its", "their", "his", "her", "since", "until", "till":
				continue
			}
		}
		return true
	}
	return false
}
