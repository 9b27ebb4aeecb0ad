package reader

import "strings"

// No trouble as a report's tail (round 84, docs/quality.md "Round 84"): a
// check or run told after the remedy and closed by ", no" and the trouble,
// two words at most, the verdict of the check:
//
//   - "Running 35 mins now, flow 23 l/min, no alarm." (styles80 01);
//   - "Beth confirms full rig up at 100% for 10 min, no trips." (styles66
//     14);
//   - "All 1,214 offline transactions matched on the dashboard, no
//     declines." (styles66 02);
//   - "12 calls from the trust since, none dropped." (styles81 06).
//
// The tail must name trouble (faultNoun, quietTrouble); with a wanted
// thing it is the fault ("..., no signal", "..., no reply"). A single
// "no error" is what a test step showed while the fault was looked for
// ("Had him roll 25fps on the same card: 20 mins, no error.", styles67 01;
// "Kiosk app log just stops at 13:38:52, no error.", styles54 13; styles12
// 07), and "nothing" or "needed" make it a finding or no trouble at all
// ("Nothing deployed, no node restarts.", styles26 09; "..., no reboot
// needed.", styles23 01). Before any
// remedy the same tail is a finding ("Logs checked, no errors." rules a
// part out), so the caller asks for a remedy before it; the stops of
// quietPeriod refuse a hope, a condition, the future or a contrast.
func noTroubleTail(text string, ts []string) bool {
	if len(ts) < 4 || len(ts) > 40 {
		return false
	}
	if !strings.Contains(text, ", no") {
		return false // round 258: the forward search is the cheaper where most sentences have none
	}
	i := strings.LastIndex(text, ", no")
	tail := tokens(text[i+2:], nil)
	if len(tail) < 2 || len(tail) > 3 || tail[0] != "no" && tail[0] != "none" {
		return false
	}
	for _, t := range ts {
		if quietStops.has(t) || t == "nothing" || t == "needed" {
			return false // "Nothing deployed, no node restarts." is a finding; "no reboot needed" no trouble
		}
	}
	if tail[0] == "none" {
		return quietTrouble.has(tail[1]) // "none dropped"
	}
	for _, t := range tail[1:] {
		if quietWanted.has(t) {
			return false
		}
	}
	for _, t := range tail[1:] {
		if t != "error" && (faultNoun.has(t) || quietTrouble.has(t) && t != "more") {
			return true
		}
	}
	return false
}
