package reader

// A part's outage told with its window and nothing else is a notice of the
// fault, not its cause: "Between 02:36 and 08:04 this morning the Aurora job
// scheduler was down" (styles12), "the charger in bays 3-4 at Hilltop was
// offline from about 06:10 to 07:30 this morning" (styles14), "the level 2
// exit camera at the multi-storey was offline between 02:20 and 03:17 last
// night" (styles21), "between 05:42 and 06:04 the link that sends treatment
// data ... was down" (styles29). An outage that caused the fault says so
// after its state ("was offline for a migration from 4 to 17 March, and
// every search with them queued", styles45) or gives no window ("was offline
// 07:50-19:30 Tue (modem fault)", styles12).
//
// Written in round 37 (docs/quality.md, "Round 37").

// outageStates are the states of a part that is out.
var outageStates = newWordSet(map[string]bool{"down": true, "offline": true, "unavailable": true, "unreachable": true})

// windowWords may follow an outage's state in its window: the window's
// words, its times (tokens opening with a digit) and the day's parts.
var windowWords = newWordSet(map[string]bool{"between": true, "and": true, "from": true, "to": true, "until": true, "till": true,
	"about": true, "around": true, "approximately": true, "roughly": true, "this": true, "last": true, "morning": true,
	"night": true, "evening": true, "afternoon": true, "today": true, "yesterday": true, "overnight": true,
	"am": true, "pm": true, "utc": true})

// outageWindow reports whether a sentence tells only a part's outage and its
// window: "was"/"were" and an outage state, a window ("between ... and", or
// "from" a time "to" another) before or after it, and nothing after the
// state but the window and its time of day.
func outageWindow(ts []string) bool {
	k := -1
	for j := 1; j < len(ts); j++ {
		if outageStates.has(ts[j]) && (ts[j-1] == "was" || ts[j-1] == "were") {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	window := false
	for j, w := range ts {
		if (w == "between" || w == "from") && j+1 < len(ts) && (startsDigit(ts[j+1]) ||
			j+2 < len(ts) && (ts[j+1] == "about" || ts[j+1] == "around") && startsDigit(ts[j+2])) {
			window = true
		}
	}
	if !window {
		return false
	}
	for _, w := range ts[k+1:] {
		if !windowWords.has(w) && !startsDigit(w) && !weekdays.has(w) {
			return false
		}
	}
	return true
}

// startsDigit reports whether a token opens with a digit (a time, a date, a count).
func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
