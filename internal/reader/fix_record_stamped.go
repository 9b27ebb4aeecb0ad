package reader

import "strings"

// Round 238: a record's creation or move told with its time stamp is the
// record's history, not a remedy. While they look into the fault, staff read
// the records out: "ShoreDesk: 2 Kotor bookings ..., created 09/05 23:14 and
// 23:52 by the planner import." (styles114 114-14/4), "Kiosk plan table last
// refreshed 28/02 06:00, FLEX-26 created 28/02 11:20." (styles125
// 125-01/5), "... a privaterelay Apple address created 14/04 20:31 - the
// 10-pack is on that one." (125-07/5), "LYS station created 30 Mar with
// stock ..." (styles113 113-15/3), "... created 41 seconds apart on 11
// March from the same login." (styles119 119-06/3), "Her record was merged
// last week with an older one ..." (styles114 114-06/6), "14 other recurring
// series across sites created before 29 March are affected." (styles124
// 124-03/11), "Stop notice created 14/01 status SENT but no receipt ..."
// (styles109 109-06/3). "fix words" reads the participle as a step done;
// the writers label the sentence a cause or nothing. Round 176's
// passiveDated (fix_passive_dated.go) takes "was/were" and a participle
// before "on/in" a date; these are note-style, or the stamp follows the
// participle at once.
//
// The shape: "created", "moved" or "merged", not the sentence's
// first word (an imperative or a note of the writer's own step: "Created 3
// accounts ...", "Moved 14 scores ..."), followed at once by a time stamp: a
// date or clock time ("09/05", "23:14": two numbers of one or two digits), a
// number and a month, a month, a year, a number of days or seconds "ago" or
// "apart", "last" week or night, "yesterday", or "before", "since", "on" or
// "in" and a date; and no I or we in the sentence (the writer's own step
// told with its time stays a fix: "We moved your account on 2 May"). Refused
// among classify's fix refusals for staff and in modelGuards' fix guard.
// Counted over every tuning set (styles to styles126, -styleserrorstp): 17
// false fixes gone in 15 sets (styles6, 33, 38, 66, 79, 85, 87, 90, 105,
// 109, 113, 114 twice, 119, 124, 125 twice), labelled cause or nothing; one
// true fix lost ("Treatment plans created before 01/04 locked to the old
// price list.", styles19 09/4, a step told after the record's stamp).

// recordVerbs are the participles of a record made or moved.
var recordVerbs = wordSetOf("created", "moved", "merged")

// recordFirstPerson are the words of the writer's own step.
var recordFirstPerson = wordSetOf("i", "we", "i've", "we've", "i'd", "we'd", "i'll", "we'll", "i'm", "we're")

// recordAgoUnits count the time since a record was made ("12 days ago",
// "41 seconds apart").
var recordAgoUnits = wordSetOf("seconds", "minutes", "hours", "days", "weeks", "months", "years")

// recordLastUnits follow "last" in a record's time ("last week").
var recordLastUnits = wordSetOf("week", "night", "month", "year", "weekend", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday")

// recordStamped reports whether a sentence (ts, its tokens) tells a record
// created, moved or merged with its time stamp, with no I or we
// (above).
func recordStamped(ts []string) bool {
	if !recordVerbs.anyIn(ts) || recordFirstPerson.anyIn(ts) {
		return false
	}
	for k := 1; k+1 < len(ts); k++ {
		if recordVerbs.has(ts[k]) && recordStampAt(ts, k+1) {
			return true
		}
	}
	return false
}

// recordStampAt reports whether ts[k:] opens with a record's time stamp.
func recordStampAt(ts []string, k int) bool {
	at := func(i int) string {
		if i < len(ts) {
			return ts[i]
		}
		return ""
	}
	w := ts[k]
	switch {
	case shortNumber(w) && shortNumber(at(k+1)):
		return true // "09/05", "23:14"
	case isDigits(w) && len(w) == 4 && (w[:2] == "19" || w[:2] == "20"):
		return true // a year
	case isDigits(w) && monthNames.has(at(k+1)):
		return true // "2 Nov"
	case monthNames.has(w) || monthNames.has(strings.SplitN(w, "-", 2)[0]):
		return true // "Jan-Mar"
	case isDigits(w) && recordAgoUnits.has(at(k+1)) && (at(k+2) == "ago" || at(k+2) == "apart"):
		return true
	case w == "last":
		return recordLastUnits.has(at(k + 1))
	case w == "yesterday":
		return true
	case w == "before" || w == "since" || w == "on" || w == "in":
		n := at(k + 1)
		return isDigits(n) || monthNames.has(n) || weekdays.has(n)
	}
	return false
}

// shortNumber reports whether w is a number of one or two digits.
func shortNumber(w string) bool {
	return (len(w) == 1 || len(w) == 2) && isDigits(w)
}
