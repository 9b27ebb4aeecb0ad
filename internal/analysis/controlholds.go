package analysis

import "regexp"

// testIdentity names a test run as a test identity or with a test object:
// "Tested as re.testuser", "Logged in as emp.test", "test member card",
// "Test booking at Low Moor". A real user's name does not count: "Tested as
// jsmith - access denied" after a request to give jsmith access is a fault
// found, not a control shown to work.
var testIdentity = regexp.MustCompile(`\b(?:tested|logged in|signed in|checked|tried) (?:as|with) (?:an? |the |my |our )?[\w.-]*test[\w.-]*|\btest (?:[a-z]+ )?(?:account|user|login|log-in|card|booking|badge|fob|profile)s?\b`)

// refusalWords say that the test was kept out: the control's own answer,
// not a failure of the service.
var refusalWords = regexp.MustCompile(`\b(?:access denied|denied|refused|blocked|rejected|declined|(?:doesn't|does not|don't|do not|didn't|did not) (?:come up|show|appear)|(?:can't|cannot|can not|couldn't) (?:see|open|find) (?:it|them|the \w+)|(?:not|isn't|wasn't) visible|no access)\b`)

// controlHolds reports whether l, a lowered sentence of staff's, reports a
// test of a control they set up that the control passed: a test identity
// or a test object was refused, as the work meant it to be, and no other
// words of a fault remain. Staff test a wall, a lock or a limit by being kept
// out by it; the refusal is the work done, not a fault found while doing it.
// Rows (staff's notes, each quoted as a problem met during the work): styles6
// REQ-11872 "Tested as re.testuser - access denied." (an ethical wall),
// styles39 NLI-77489 "Logged in as emp.test (Employment role) - the matter
// doesn't come up in search, time entry or WIP reports." (an information
// barrier), styles8 PF-30877 "23:30 test: test member card opened doors 1
// and 2, door 3 denied (correct)" (a door schedule); styles72 BHP-IT-4152's
// "Test booking at Low Moor for 1 night on 29/08 refused, 3 nights accepted"
// (a minimum stay) is the same shape. A test that shows a fault keeps its fault words
// ("Reproduced with a test account: submission fails when total attachment
// size > 20 MB", styles2 CP-2026-004417: "fails" is no refusal).
func controlHolds(l string) bool {
	if !testIdentity.MatchString(l) || !refusalWords.MatchString(l) {
		return false
	}
	if _, ok := persistWords.find(l); ok {
		return false // "test account still refused": the fault stands
	}
	return faultRank(refusalWords.ReplaceAllString(l, " ")) < faultScore
}
