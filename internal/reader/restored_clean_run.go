package reader

import "strings"

// A test or a run after the remedy that shows none of the trouble (round 42,
// docs/quality.md "Round 42"): staff's sentence with a test, a run or a
// watch, then "no" and the symptom after a break or "with":
//
//   - "Replaced the intake fan, projector ran 45 minutes on test with no
//     shutdown, temperature normal." (styles3);
//   - "Test run of 200 picks with no E-214." (styles8);
//   - "I walked all 12 issued books through both gate pairs after the
//     change: no alarms." (styles9), "24 h monitoring: no 0/255% readings on
//     the batch, 41 trips completed." (styles9);
//   - "Ran 30 cycles with 300 kg in the car, no stops." (styles27);
//   - "40 test scans, no misses." (styles31);
//   - "Re-seated and tightened, ran both bowls and dishwasher for 10 min, no
//     leak." (styles48).
//
// Only after a remedy (Context.AfterRemedy, Context.RemedyBefore) or in the
// sentence of staff's own step: before one, the same test that shows nothing
// is a fault not reproduced. Refused: a finding ("no fault found", a look
// such as "checked the logs"), "no" before a wait or a change ("no
// response", "no change", "no difference"), the future, a condition, a
// contrast, a remaining fault.

// testWords name a test, a run or a watch.
var testWords = newWordSet(map[string]bool{"test": true, "tests": true, "tested": true, "testing": true, "ran": true,
	"run": true, "runs": true, "monitoring": true, "monitored": true, "walked": true, "cycles": true,
	"trial": true, "watched": true, "soak": true})

// cleanStops refuse the sentence: the shared report stops, a look or a
// finding, a remaining fault.
var cleanStops = newWordSet(withReportStops("found", "checked", "looked", "reviewed", "investigated", "reproduce",
	"reproduced", "replicate", "still", "except", "although", "though", "yet", "should", "could"))

// cleanNotTrouble are words after "no" that are no symptom: a wait, a
// change, a person, a need.
var cleanNotTrouble = newWordSet(map[string]bool{"longer": true, "one": true, "need": true, "change": true, "changes": true,
	"difference": true, "improvement": true, "response": true, "reply": true, "answer": true, "update": true,
	"news": true, "word": true, "feedback": true, "further": true, "action": true, "idea": true, "luck": true})

// testClean reports staff's clean test of the form above; the caller checks
// the role and the context.
func testClean(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 30 || !noAfterBreak(text) {
		return false
	}
	test, z := -1, -1
	for k, t := range ts {
		if cleanStops.has(t) {
			return false
		}
		if testWords.has(t) && test < 0 {
			test = k
		}
		if t == "no" && z < 0 && test >= 0 && k+1 < len(ts) && !cleanNotTrouble.has(ts[k+1]) {
			z = k
		}
	}
	return z > 0 && !negAt(ts, 0, z)
}

// noAfterBreak reports "no" after a comma, colon, semicolon, dash or
// "with": ", no leak", ": no alarms", "with no E-214".
//
// Round 258: the loop jumps from one "o " to the next (strings.Index) instead
// of testing every byte; the same positions are tested the same way.
func noAfterBreak(text string) bool {
	for from := 0; ; {
		j := strings.Index(text[from:], "o ")
		if j < 0 {
			return false
		}
		i := from + j - 1 // the "n" of " no "
		from += j + 1
		if i < 2 || text[i] != 'n' && text[i] != 'N' || text[i-1] != ' ' {
			continue
		}
		switch text[i-2] {
		case ',', ':', ';', '-':
			return true
		case 'h':
			if i >= 5 && (text[i-5:i-1] == "with" || text[i-5:i-1] == "With") {
				return true
			}
		}
	}
}
