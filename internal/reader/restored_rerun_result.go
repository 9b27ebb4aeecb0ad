package reader

import "strings"

// A job re-run told with its result (round 65, docs/quality.md "Round 65"):
// staff's sentence opens on the re-run ("Re-ran ...", "Manual rerun of
// ...") and closes on what the run gave, its duration or a count come
// whole, with nothing else after it:
//
//   - "Re-ran job, 6 min." (styles69 04), a duration;
//   - "Re-ran: HDY done in 41s." (styles37 02), a duration;
//   - "Manual rerun of WCT: 14/14 accepted, Toyota ack ref ..." (styles22
//     05), a count come whole;
//   - "... re-ran the 28/05 file in test: 318/318 OK." (styles39 16) opens on
//     the change, not the re-run, and stays missed (round 64's count come
//     whole on its own added false restorations).
//
// A re-run told alone is a step ("Re-ran sync manually 11:05.", styles7 15;
// "Re-ran import for 05/10 manually.", styles14 07: a clock time or a date
// is not a result) and stays a fix; so does one whose duration is a
// setting ("Re-ran COR-09/COR-11 with a 30 min download timeout.", styles6
// 21: the duration is not last) or whose count is a part ("198 pass, 14
// ..."). Refused: a fault, the future, a request (rerunResultStops).

// rerunWords open a re-run.
var rerunWords = newWordSet(map[string]bool{"re-ran": true, "reran": true, "re-run": true, "rerun": true})

// durationUnits close a duration: "6 min", "41 s".
var durationUnits = newWordSet(map[string]bool{"s": true, "sec": true, "secs": true, "seconds": true, "min": true,
	"mins": true, "minutes": true})

// rerunResultStops refuse the form: the report stops, a failure or a part.
var rerunResultStops = newWordSet(withReportStops("again", "error", "errors", "timeout", "timed", "aborted", "partial",
	"partially", "every", "nightly", "review", "pending", "skipped"))

// rerunResult reports the form above from the sentence's text and its words.
func rerunResult(text string, ts []string) bool {
	n := len(ts)
	if n < 3 || n > 14 {
		return false
	}
	k := 0
	if ts[0] == "manual" || ts[0] == "manually" {
		k = 1
	}
	if !rerunWords.has(ts[k]) {
		return false
	}
	for _, t := range ts {
		if rerunResultStops.has(t) {
			return false
		}
	}
	return endsOnDuration(ts) || countComeWhole(text)
}

// endsOnDuration reports a sentence whose last words are a duration: "6
// min", "in 41s".
func endsOnDuration(ts []string) bool {
	n := len(ts)
	if last := ts[n-1]; durationUnits.has(last) && isNumber(ts[n-2]) {
		return true
	}
	last := strings.TrimRight(ts[n-1], "smin")
	return last != ts[n-1] && last != "" && isNumber(last) && unitSuffix(ts[n-1][len(last):])
}

// unitSuffix reports a unit written on its number: "41s", "6min".
func unitSuffix(s string) bool { return s == "s" || s == "min" || s == "mins" }

// countComeWhole reports "14/14" (the same count each side of a slash, at
// least 2), not a date ("05/05") read as one: a leading zero is refused.
func countComeWhole(text string) bool {
	for i := strings.IndexByte(text, '/'); i > 0; i = nextSlash(text, i) {
		a, b := i, i+1
		for a > 0 && text[a-1] >= '0' && text[a-1] <= '9' {
			a--
		}
		for b < len(text) && text[b] >= '0' && text[b] <= '9' {
			b++
		}
		l, r := text[a:i], text[i+1:b]
		if l != "" && l == r && l[0] != '0' && l != "1" && (a == 0 || text[a-1] == ' ' || text[a-1] == ':') &&
			(b == len(text) || text[b] == ' ' || text[b] == ',' || text[b] == '.') {
			return true
		}
	}
	return false
}

// nextSlash returns the next '/' after offset i, or -1.
func nextSlash(text string, i int) int {
	j := strings.IndexByte(text[i+1:], '/')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}
