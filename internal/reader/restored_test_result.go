package reader

import (
	"slices"
	"strings"
)

// A test after the remedy told with its good result (round 68,
// docs/quality.md "Round 68"): staff's sentence names a test ("test
// booking", "test print", "tested", "test-submitted") and, after it, what
// the test showed or that it went through: "shows", "accepted", "passed",
// "OK", "fine", "arrived", "printed", "correctly", "went through".
// restored_clean_run.go reads a test that shows none of the trouble ("no
// leak"); this one the test that shows the thing right:
//
//   - "Test booking for 07:00 tomorrow shows in Keyline as valid from
//     07:00." (styles67 15); "Test print from admin shows Sesame in bold."
//     (styles73 02); "... made a test booking for 11:00 tomorrow - it shows
//     as 11:00 in Lockbook." (styles63 11);
//   - "I have test-submitted two large invoice packs and both attached to
//     their claims correctly." (styles68 10);
//   - "Test booking made for tomorrow on Beckside, arrival email arrived in
//     4 minutes." (styles49 05); "Test print OK while on the call."
//     (styles30 06); "Test label printed OK while he was on the phone."
//     (styles59 04);
//   - "... we tested its barcode on a turnstile this afternoon and it was
//     accepted." (styles35 11); "I have put our own map back, and a test
//     message to your test port was accepted." (styles16 03); "A test bag
//     from desk 22 tagged for 2214 went straight to lateral 9 ..." (styles58
//     02).
//
// Only after a remedy (Context.AfterRemedy, RemedyBefore) or in the
// sentence of staff's own step: before one, a test that works is a
// diagnosis ("SIP2 service itself up, test login from the staff SIP tool
// OK.", styles17 11, labelled none). Refused: a reproduction or a test
// system ("Repro'd with a 9 MB test PDF on prod, fine on UAT.", styles6
// 01; "Reproduced on test handset A35", styles65 11), a negation, a
// remaining fault ("still"), a contrast, a request or a condition ("Could
// you print a test label ... and check it shows $8.49?", styles73 15), and
// the future ("then we'll do a test pass", styles51 12). A trouble the
// test shows is no result: "screen showed 0 in RC-4" (styles55 14), "our line
// test shows the connection has resynced 23 times" (styles 21), "Our test
// pack only printed the standard template." (styles59 05); nor is "through"
// without going ("put the 12 verification samples ... through IM 1 in test
// mode", styles16 05). A software build's test suite is the step's own check,
// not the service back (round 15's "Regression tests passed on the build.",
// restored_staff_test.go; "... regression tests pass on a100 + v100.",
// styles4 21, and "their smoke tests passed.", styles18 08, both labelled fix
// alone; "Functional tests indicates all fine, ...", a postmortem's row
// before the outage, dfds PM2021-008, labelled none).

// testResultStops refuse the sentence: the future, a condition, a request,
// a contrast, a remaining fault, a finding or a reproduction.
var testResultStops = newWordSet(map[string]bool{"will": true, "we'll": true, "it'll": true, "you'll": true,
	"they'll": true, "i'll": true, "would": true, "might": true, "may": true, "if": true, "once": true,
	"unless": true, "until": true, "whether": true, "hope": true, "hopefully": true, "expect": true,
	"supposed": true, "please": true, "try": true, "need": true, "needs": true, "but": true, "still": true,
	"why": true, "how": true, "could": true, "should": true, "can": true, "found": true, "reproduce": true,
	"reproduced": true, "repro'd": true, "replicate": true, "replicated": true, "staging": true, "uat": true,
	"except": true, "although": true, "though": true, "yet": true, "let": true, "when": true,
	"only": true, "error": true, "errors": true, "blank": true, "empty": true, "wrong": true, "failed": true,
	"fails": true, "failing": true, "missing": true, "times": true,
	"regression": true, "smoke": true, "unit": true, "functional": true, "integration": true, "suite": true,
	"build": true, "built": true})

// testResultGood are the words after the test that tell its good result.
var testResultGood = map[string]bool{"shows": true, "showed": true, "shown": true, "accepted": true,
	"passed": true, "pass": true, "passes": true, "ok": true, "okay": true, "fine": true, "works": true,
	"worked": true, "arrived": true, "printed": true, "reached": true, "correctly": true, "through": true,
	"straight": true, "loads": true, "connected": true}

// testThroughBy are the verbs "through" needs before it to tell a result:
// "went through", not "put the samples through".
var testThroughBy = newWordSet(map[string]bool{"went": true, "gone": true, "goes": true, "came": true, "come": true,
	"coming": true, "going": true})

// testShowsRight reports staff's test of the form above; the caller checks
// the role and the remedy.
func testShowsRight(text string, ts []string) bool { return testShowsBy(text, ts, testResultGood) }

// isTestWord reports a word of a test: "test", "tests", "tested", "test-run".
func isTestWord(t string) bool {
	return t == "test" || t == "tests" || t == "tested" || strings.HasPrefix(t, "test-")
}

// testShowsBy reports staff's test of the form above with a result among
// good (round 101's testAnswered passes its own words).
func testShowsBy(text string, ts []string, good map[string]bool) bool {
	n := len(ts)
	if n < 3 || n > 35 || strings.ContainsRune(text, '?') || !slices.ContainsFunc(ts, isTestWord) || negAt(ts, 0, n) {
		return false // a sentence without a test's word is refused before the negations are looked up at every word
	}
	for _, t := range ts {
		if testResultStops.has(t) {
			return false
		}
	}
	test := -1
	for k, t := range ts {
		if test < 0 && isTestWord(t) {
			test = k
		}
		if test < 0 || k <= test || !good[t] {
			continue
		}
		switch {
		case t == "through" && !testThroughBy.has(ts[k-1]):
		case (t == "shows" || t == "showed") && k+1 < n && (ts[k+1] == "0" || ts[k+1] == "zero"):
		default:
			return true
		}
	}
	return false
}
