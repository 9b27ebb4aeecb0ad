package reader

import "strings"

// Round 128: a run in a test place told with its result. Staff open on a run
// or a replay ("Ran", "Re-ran", "Replayed") in a test place (test, a test
// mode, a replica, a sandbox) and give what it showed after a colon or a dash
// ("Ran it for tomorrow's batch in test mode: dates match the matters.",
// "Re-ran the spring Penmarric file in test: 14/14 statements on the right
// clients.", "Ran it manually on the replica now: 2 min, no effect on live
// sessions."): a check of the remedy or of the fault, not the remedy; the
// writers label it restored or none. Round 110's check told with its finding
// (fix_check_told.go) has "checked", "compared", "diffed" only. Counted over
// every tuning set (styles to styles98, a throwaway dump of each row's labels
// and reading): of the rows read as fix, 5 false in 5 sets (styles17, 62, 83,
// 88, 94), no true one. Left, as fixes: a run in test with no result told
// ("Ran the sync by hand in test.", styles85, labelled fix) and a run on
// staging then production (styles40).

// testPlaces are where a run is a test, not the remedy.
var testPlaces = newWordSet(map[string]bool{"test": true, "replica": true, "sandbox": true})

// testRunTold reports whether a sentence opens on "ran", "re-ran", "reran"
// or "replayed", has a testPlaces word before its first colon or " - ", and
// words after that break.
func testRunTold(text string, ts []string) bool {
	if len(ts) < 4 {
		return false
	}
	switch ts[0] {
	case "ran", "re-ran", "reran", "replayed", "re-played":
	default:
		return false
	}
	brk := strings.Index(text, ":")
	if d := strings.Index(text, " - "); d >= 0 && (brk < 0 || d < brk) {
		brk = d
	}
	if brk < 0 || strings.TrimSpace(strings.TrimLeft(text[brk:], ":- ")) == "" {
		return false
	}
	for k := 1; k < len(ts); k++ {
		end := tokenEnd(text, ts, k)
		if end < 0 || end > brk {
			return false
		}
		if testPlaces.has(ts[k]) {
			return true
		}
	}
	return false
}
