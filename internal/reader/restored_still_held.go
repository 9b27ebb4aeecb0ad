package reader

import (
	"slices"
	"strings"
)

// Still held (round 78, docs/quality.md "Round 78"): a fix that held, told
// with "still" after a check or a span of time since the remedy. Every other
// restored rule refuses "still", as most "still" sentences are a fault that
// stays ("still not working", "still shows the old price"); this one reads
// "still" only before a held good state or, after a check, a value:
//
//   - a good state after "still", with a check or a span after the remedy:
//     "Still ok after a week of nightly syncs." and "Checked 08:10 after
//     night sync, motor options still there." (styles76 09), "Confirmed,
//     still correct this morning." (styles67 03), "Profile intact after the
//     02:00 run, SMS route still there." (styles27 03), "... checked again
//     after last night's run - the full two weeks are still there this
//     morning." (styles31 02);
//   - the same without the span, after the remedy: "Still fast, thanks!"
//     (styles35 07), "All still logging fine on my side, so I'll close
//     this." (styles25 17);
//   - a value after "still", in a check's report: "Checked after last
//     night's sync: block still £400, derive off." (styles74 05), "Checked
//     after tonight's import run: lookahead still 14, slots present to the
//     29th." (styles31 02), "Checked 07:50 - driver still 3.4.1, test
//     capture OK." (styles6 04).
//
// Refused: the trouble named ("the issue is still there even after ...",
// "issue still there", the Mendeley heldout split), "still working on",
// a nought after a check ("balance still 0"), a negation ("still not", "still can't"), a contrast, a condition,
// a question, a fault word after it ("still fails", "still wrong", "still
// the old price"), a value left behind ("still on 3.7.4", "still on the old
// profile": a version not moved), "still in place" (a setting ruled out),
// "still running" and "still holding" (a process or lock that stays).

// stillGood are the held states "still" may go before.
var stillGood = newWordSet(map[string]bool{"ok": true, "okay": true, "fine": true, "good": true, "correct": true,
	"correctly": true, "there": true, "intact": true, "present": true, "fast": true, "working": true,
	"logging": true, "flowing": true, "readable": true, "unlocked": true, "green": true, "clean": true,
	"right": true})

// stillStops refuse the sentence: a contrast, a condition, a hope, a request,
// the future, a fault.
var stillStops = newWordSet(map[string]bool{"but": true, "if": true, "when": true, "unless": true, "until": true,
	"once": true, "whether": true, "will": true, "would": true, "should": true, "could": true, "might": true,
	"may": true, "please": true, "try": true, "hope": true, "hopefully": true, "why": true, "how": true,
	"though": true, "although": true, "except": true, "only": true, "error": true, "errors": true,
	"fail": true, "fails": true, "failed": true, "failing": true, "wrong": true, "old": true, "again": true,
	"blank": true, "missing": true, "stuck": true, "broken": true, "same": true, "yet": true, "anymore": true,
	"rejecting": true, "issue": true, "issues": true, "problem": true, "problems": true, "fault": true,
	"bug": true, "even": true, "persists": true, "persisting": true})

// heldSpanWords tell a span of time or a run since the remedy ("after a week",
// "this morning", "an hour later", "after the 02:00 run").
var heldSpanWords = newWordSet(map[string]bool{"after": true, "later": true, "morning": true, "lunchtime": true,
	"afternoon": true, "evening": true, "overnight": true, "since": true, "week": true, "weekend": true})

// stillHeld reports a fix that held, told with "still" (see above); after
// says the sentence follows the ticket's remedy.
func stillHeld(ts []string, after bool) bool {
	if len(ts) < 2 || len(ts) > 30 || !slices.Contains(ts, "still") {
		return false // only a "still" reads below: most sentences have none
	}
	check, span := false, false
	for k, t := range ts {
		if stillStops.has(t) || t != "still" && negations.at(ts, k) {
			return false
		}
		switch {
		case t == "checked" || t == "check":
			check = true
		case heldSpanWords.has(t):
			span = true
		}
	}
	for k, t := range ts {
		if t != "still" || k+1 >= len(ts) {
			continue
		}
		n := ts[k+1]
		switch {
		case stillGood.has(n):
			if k+2 < len(ts) && ts[k+2] == "on" && (n == "working" || n == "logging") {
				continue // "still working on this": a task, not a state
			}
			if span || check || after && len(ts) <= 12 {
				return true
			}
		case digits(n) && (check || span):
			return strings.Trim(n, "0") != "" // "balance still 0" is the fault

		}
	}
	return false
}
