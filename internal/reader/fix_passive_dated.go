package reader

import "strings"

// Round 176: a thing done to, told in the passive with a calendar date.
// Staff tell what was done to a thing on a day of the record ("The machine
// was repaired on 29 May.", "C-07 was replaced in Feb after the storm
// damage.", "Nairobi's LegaDesk seal certificate was renewed on 9 Nov
// (automatic renewal).", "Your loan was fully repaid on 14 January, and our
// system created a stop notice for your employer the same day.", "... until
// old exports were cleared on the 4th."): the history the finding rests on,
// not this ticket's remedy, which staff tell in the first person or by the
// hour. Counted over every tuning set (styles to styles110,
// -styleserrorstp): staff rows read as fix with "was/were", a participle and
// "on/in" a date are 6 false in 6 sets (styles39, 52, 63, 82, 104, 109;
// labelled cause or nothing) and none true; no row labelled fix and missed
// has the shape. The one missed fix near it has a place, not a date ("The
// replacement access point was fitted on 4th floor east this morning ...",
// styles3) and is not taken; a weekday ("was archived on Friday") is not
// taken either.

// passiveDated reports whether a sentence with no I or we, and no "now" or
// "back" (a result told beside it: "Your Shipment tab is back on and now
// shows your container - it was loaded on 16 May ...", styles83, a fix), has "was" or
// "were", then within three words a participle (fix_requirement.go's, or one
// after "re": "repaid") and "on" or "in" before a calendar date: a month, a number
// and a month, or "the" and an ordinal closing the sentence or before "of".
func passiveDated(ts []string) bool {
	for _, t := range ts {
		switch t {
		case "i", "we", "i've", "we've", "i'd", "we'd", "i'll", "we'll", "now", "back":
			return false
		}
	}
	for i, t := range ts {
		if t != "was" && t != "were" {
			continue
		}
		for j := i + 1; j+1 < len(ts) && j <= i+3; j++ {
			if (ts[j+1] == "on" || ts[j+1] == "in") && (participle(ts[j]) || participle(strings.TrimPrefix(ts[j], "re"))) && dateAt(ts, j+2) {
				return true
			}
		}
	}
	return false
}

// dateAt reports whether ts[k:] opens with a calendar date: a month, a
// number and a month, or "the" and an ordinal at the end or before "of".
func dateAt(ts []string, k int) bool {
	if k >= len(ts) {
		return false
	}
	if monthNames.has(ts[k]) {
		return true
	}
	if k+1 < len(ts) && isDigits(ts[k]) && monthNames.has(ts[k+1]) {
		return true
	}
	if ts[k] == "the" && k+1 < len(ts) && ordinal(ts[k+1]) {
		return k+2 == len(ts) || ts[k+2] == "of"
	}
	return false
}

// ordinal reports whether w is a number with "st", "nd", "rd" or "th".
func ordinal(w string) bool {
	for _, s := range []string{"st", "nd", "rd", "th"} {
		if n := strings.TrimSuffix(w, s); n != w && isDigits(n) {
			return true
		}
	}
	return false
}
