package reader

// A count come whole (round 64, docs/quality.md "Round 64"): staff's or a
// monitor's report that every one of the things counted has done what was
// wanted, written as the same number on both sides of "/" or "of", with
// whatever the things did around it:
//
//   - "TMS reports 41/41 on 7.3." (styles36 13), "214/214 on 3.9.0 and
//     heartbeating." (styles41 17);
//   - "Applied via admin console, 12/12 devices reported new policy."
//     (styles56 16), "... deployed to all 38 Actuarial devices via Intune,
//     38/38 installed." (styles57 18);
//   - "Manual rerun of WCT: 14/14 accepted, Toyota ack ref ..." (styles22
//     05), "... re-ran the 28/05 file in test: 318/318 OK." (styles39 16);
//   - "Walk test RC-4: 4 of 4." (styles55 14), "Wave 03 allocated 15:11, 1,840/1,840 lines,
//     released to floor 15:12." (styles13 08), "... counts match (14/14)."
//     (styles40 12).
//
// countBack and countDone (restored_counts.go) read the whole only before
// a state or "completed" within a few words; these writers put the count
// last, or a version, a verb of their own or nothing beside it. A part ("7
// of 8 on 2.8.0", "27 of 40"), a date ("01/01", "10/10/2026"), a version or
// a decimal is no whole. Refused: the future, a condition, a request, a
// contrast, a fault ("12/12 failed", "5 of 5 offline").

// countWholeStops refuse a count come whole: the shared report stops (a
// future, a condition, a hope, a request, a contrast, a fault) but "still"
// ("all 5 still 5/5"), and the faults a count of things can have.
var countWholeStops = withReportStops("should", "rejected", "rejecting", "declined", "bounced", "offline", "down",
	"missing", "lost", "dropped", "errors", "error", "affected", "impacted", "timed", "timeout", "timeouts", "fail",
	"unreachable", "blocked", "without", "waiting", "pending", "queued",
	// a limit reached, not a whole done: "Enscape 12/12 seats in use." (styles36 08), "Pool sits at 200/200
	// on every pod" (styles56 03), "PSY3041 is full (60/60)" (styles7 14), "3 of 3 in use" (styles46 08)
	"full", "exhausted", "capacity", "limit", "pool", "max", "maxed", "sits")

// countWhole reports the form above in text (tokens ts).
func countWhole(text string, ts []string) bool {
	if len(ts) > 40 || !wholeCount(text) {
		return false
	}
	for k, t := range ts {
		if countWholeStops[t] && t != "still" || t == "use" && k > 0 && ts[k-1] == "in" {
			return false // "in use": a limit reached
		}
	}
	return !negAt(ts, 0, len(ts))
}

// wholeCount reports whether text holds a number, "/" or "of" (or "out
// of"), and the same number: at least 2, written without a leading zero,
// not part of a date, a version or a decimal ("01/01", "3/3/2026",
// "1.2/1.2").
func wholeCount(text string) bool {
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	// number returns the end of a number ("1,840", "38") that starts at i.
	number := func(i int) int {
		j := i
		for j < len(text) && (isDigit(text[j]) || text[j] == ',' && j+1 < len(text) && isDigit(text[j+1]) && j > i) {
			j++
		}
		return j
	}
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || i > 0 && (isDigit(text[i-1]) || text[i-1] == '/' || text[i-1] == '.' || text[i-1] == ',') {
			continue
		}
		e := number(i)
		a := text[i:e]
		if a[0] == '0' || a == "1" {
			i = e
			continue
		}
		j := e
		for j < len(text) && text[j] == ' ' {
			j++
		}
		switch {
		case j < len(text) && text[j] == '/':
			j++
		case hasWordAt(text, j, "of"):
			j += 2
		case hasWordAt(text, j, "out") && hasWordAt(text, j+4, "of"):
			j += 6
		default:
			i = e
			continue
		}
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if k := number(j); k > j && text[j:k] == a && (k >= len(text) || text[k] != '/' && !(text[k] == '.' && k+1 < len(text) && isDigit(text[k+1]))) && !clockAfter(text, k) {
			return true
		}
		i = e
	}
	return false
}

// clockAfter reports whether a clock time follows text[:k] after a space:
// the number before it was a day and a month ("since 11/11 14:06").
func clockAfter(text string, k int) bool {
	for k < len(text) && text[k] == ' ' {
		k++
	}
	d := 0
	for k+d < len(text) && text[k+d] >= '0' && text[k+d] <= '9' {
		d++
	}
	return d >= 1 && d <= 2 && k+d < len(text) && text[k+d] == ':'
}

// hasWordAt reports whether text holds the lower-case word w at i, a whole
// word.
func hasWordAt(text string, i int, w string) bool {
	return i+len(w) <= len(text) && text[i:i+len(w)] == w && wordAt(text, i, len(w))
}
