package reader

import "slices"

// Staff's list of the ones the fault touched, attached (round 199,
// docs/quality.md "Round 199"): "142 dark garments went through PT-2 in that
// window, list attached.", "4 failed as the numbers are no longer in
// service, so those customers will need a call - list attached.". Staff
// count and list what the fault reached; the labels give problem or nothing.
// The "recovery report" and "restored words" rules read "went through" or
// the count as the service back. Tuning rows, staff's, read as restored
// before (-styleserrorstp, every tuning set):
//
//   - "4 failed as the numbers are no longer in service, so those customers
//     will need a call - list attached." (styles69 11, problem);
//   - "Nine Summerfold bookings since 12 February went through that path with
//     a blank medical section - the list is attached, including the three
//     you sent." (styles78 15);
//   - "142 dark garments went through PT-2 in that window, list attached."
//     (styles82 16).
//
// 3 rows in 3 sets, no true row of the shape. Kept as restorations: a word
// of the thing working beside the list ("Regenerated the 14 MF schedules
// created since Tue 16:05 (list attached), all now show endorsements.",
// styles12 07, true).

// listAttachedWorking are words of the thing working that keep the row.
var listAttachedWorking = newWordSet(map[string]bool{"now": true, "again": true, "back": true, "work": true,
	"works": true, "working": true, "fine": true, "ok": true, "okay": true, "normal": true,
	"normally": true, "running": true, "online": true, "fixed": true, "resolved": true,
	"restored": true, "correct": true, "correctly": true})

// listAttached reports staff's sentence with its list of the ones the fault
// touched attached and no word of a thing working (see above); ts is the
// sentence's tokens.
func listAttached(ts []string) bool {
	if !slices.Contains(ts, "list") || !slices.Contains(ts, "attached") {
		return false
	}
	found := false
	for i, t := range ts {
		if listAttachedWorking.has(t) {
			return false
		}
		if t != "list" {
			continue
		}
		next := nextToken(ts, i)
		found = found || next == "attached" ||
			(next == "is" || next == "are") && nextToken(ts, i+1) == "attached"
	}
	return found
}
