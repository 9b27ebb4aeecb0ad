package reader

import "slices"

// A change told gone live, with no result after it (round 192,
// docs/quality.md "Round 192"): "The new scrap reason codes went live at
// 22:18 last night on all 38 presses.", "The passport number field and the
// 30-day duplicate check went live on 11 November for passport renewals.".
// A requested change (a fee schedule, a tolerance, a rule set) put in place
// on its date is a step done, labelled fix (the borders table), or a cause's
// timeline ("the new nginx reverse proxy (went live Mon 16th ...)"); the
// "restored words" rule read "live" as the service's state. Tuning rows read
// as restored before (-styleserrorstp, every tuning set): 15 false, 0 true,
// in 14 sets: styles7 06, 12 06, 19 09, 21 16, 22 13, 25 08, 30 03, 30 04,
// 36 12, 49 18, 50 15, 81 09, 92 14, 104 12, 106 05.
//
// Kept as restorations: a fix or a correction gone live ("A fix went live at
// 14:20 and we've recalculated ...", styles30 18), and a word of the result
// after it ("... went live at midnight and took their first SA19 order",
// styles31 10; "... went live this morning and employers can now see ...",
// styles109 15; "... and a test session here has just run ...", styles86 07).

// wentLiveResult are the words after "went live" that tell its result.
var wentLiveResult = newWordSet(map[string]bool{
	"now": true, "can": true, "first": true, "checked": true, "test": true, "tested": true,
	"shows": true, "show": true, "showing": true, "working": true, "works": true, "fine": true,
	"ok": true, "again": true, "back": true, "since": true, "running": true, "passing": true,
})

// wentLiveNoResult reports a change told gone live with no result after it and
// no fix as its subject (see above); ts is the sentence's tokens.
func wentLiveNoResult(ts []string) bool {
	if !slices.Contains(ts, "live") {
		return false
	}
	at := -1
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] == "went" && ts[i+1] == "live" {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, w := range ts[:at] {
		if w == "fix" || w == "correction" || w == "fixed" {
			return false
		}
	}
	for _, w := range ts[at+2:] {
		if wentLiveResult.has(w) {
			return false
		}
	}
	return true
}
