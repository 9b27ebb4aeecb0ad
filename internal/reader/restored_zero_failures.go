package reader

import (
	"slices"
	"strings"
)

// A run's count closed by none of its failures, in the words zeroNouns
// (restored_counts.go) does not know (round 65, docs/quality.md "Round
// 65"): a number of things done, then "0" or "zero" and the failures, last
// in the sentence (a parenthesis after it is the old rate, left out):
//
//   - "... picked up by the 06:00 import: 1,318 transactions, 0 rejects."
//     (styles57 07);
//   - "Scheduled job '...' completed: 35 sent, 0 failed." (styles29 17, a
//     system notice labelled auto_ack+restored; the form's wording, but the
//     notice's row is decided before the restored rules and stays missed);
//   - "Low-sun test at 19:45 with Gate ops: 40 scans into the sun on WG-T2
//     and WG-T6, zero misreads (was roughly 1 in 6 before)." (styles31 14).
//
// Not "0 rejected", which the rollout writers use for a step's tally
// ("Triggered a full token pull ... 48,211 tokens, 0 rejected.", styles14
// 03, labelled fix), not a look ("checked 200 lines, 0 rejects": lookVerbs),
// a request or a condition, and not a zero before anything but the
// failures.

// zeroFailureNouns are the failures: a run's rejects, its failed items, a
// reader's misreads.
var zeroFailureNouns = map[string]bool{"rejects": true, "failed": true, "misreads": true, "misread": true,
	"fails": true}

// zeroFailureStops refuse the form: the report stops, a condition, a wish
// or an expectation. Not restoreStops: a test run and a scheduled job are
// the runs that give the count.
var zeroFailureStops = withReportStops("could", "should", "when", "then", "retry", "expected", "planned", "kindly",
	"going", "only")

// zeroFailures reports the form above.
func zeroFailures(text string, ts []string) bool {
	if i := strings.IndexByte(text, '('); i > 0 && (slices.Contains(ts, "0") || slices.Contains(ts, "zero")) {
		ts = tokens(text[:i], nil)
	}
	n := len(ts)
	if n < 4 || n > 30 || !zeroFailureNouns[ts[n-1]] || ts[n-2] != "0" && ts[n-2] != "zero" {
		return false
	}
	num := false
	for _, t := range ts[:n-2] {
		if lookVerbs[t] || zeroFailureStops[t] {
			return false
		}
		num = num || hasDigit(t)
	}
	return num && !requested(ts[:n-2]) && !negAt(ts, 0, n-2)
}
