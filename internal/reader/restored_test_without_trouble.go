package reader

import "strings"

// A test or a run after the remedy that went "without a problem" (round 101,
// docs/quality.md "Round 101"): round 42's clean run (restored_clean_run.go)
// reads "no" and the symptom after a break or "with" ("ran 45 minutes with
// no shutdown"); this reads the same test told with "without a / any / a
// single" and a trouble or fault noun. Tuning rows (misses before the rule,
// each labelled restored):
//
//   - "I've uploaded a 14 MB test file to our own test claim without any
//     problem." (styles6 01-claims-upload-limit);
//   - "As a test I uploaded a 310 MB TIFF to object 1998.45.2 and it attached
//     without any problem (I've deleted it again)." (styles21
//     16-tiff-upload-413);
//   - "The lift ran 30 loaded test trips without a problem and is in normal
//     service." (styles27 09-goods-lift-intermittent-stops);
//   - "I've swapped the sensor and run the wheel through all positions fifty
//     times this afternoon without a single fault." (styles52
//     01-reduce-queue-flats).
//
// Over every tuning sentence of staff's, whatever its context, a test word
// before "without a/any <trouble>" is labelled restored each time (one more,
// styles29, read already); the two sentences of "without any error" with no
// test before it are causes ("... came out empty without any error being
// raised", styles12) and are not read. Only after a remedy or in staff's own
// step (the caller's gate, as the clean run's); refused with round 42's
// stops (a look or a finding, a remaining fault, a condition, the future), a
// negation before "without", a question.

// testWithoutTrouble reports staff's test or run told "without a <trouble>";
// the caller checks the role and the remedy.
func testWithoutTrouble(text string, ts []string) bool {
	n := len(ts)
	if n < 4 || n > 30 || strings.ContainsRune(text, '?') {
		return false
	}
	test := -1
	for k, t := range ts {
		if cleanStops.has(t) {
			return false
		}
		if test < 0 && testWords.has(t) {
			test = k
		}
		if t != "without" || test < 0 {
			continue
		}
		j := k + 1
		if j < n && (ts[j] == "a" || ts[j] == "an" || ts[j] == "any") {
			j++
		}
		if j < n && ts[j] == "single" {
			j++
		}
		if j < n && (troubleNouns.has(ts[j]) || faultNoun.has(ts[j])) && !negAt(ts, 0, k) {
			return true
		}
	}
	return false
}
