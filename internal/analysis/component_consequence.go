package analysis

import "strings"

// What a cause statement tells after "so" or "which is why" is the
// consequence, and its subject the thing the fault reached, not the one that
// failed: "an update to BoxTrack on 19 March changed the barcode on printed
// labels so that | our drivers' scanners rejected it" (styles89),
// "refunds are only paid out of that balance, so | each refund request has
// failed" (styles118), "Controller rebooted after the power cut with its
// date reset to 01/01/2000, so | every fob looked expired" (styles84), "the
// refresh job … reads the boundary file from its local cache, …, so each
// night | it put the old boundaries back" (styles104). The actions name the
// component from the words before it.

// consequenceMarks open a cause statement's consequence.
var consequenceMarks = []string{", so ", " so that ", " so ", ", which is why", " which is why", " that is why",
	" that's why", " hence "}

// beforeConsequence is clause up to its consequence, clause itself where it
// tells none.
func beforeConsequence(clause string) string {
	lower := strings.ToLower(clause)
	cut := -1
	for _, m := range consequenceMarks {
		if i := strings.Index(lower, m); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return clause
	}
	return clause[:cut]
}

// failureBecause names the component of a failure told after "because"
// where the failure verb at best comes before it: "The reports stopped
// because | the reporting server's data disk filled up" (styles9 12) is
// about the disk, the reports being what the fault reached. ok is false
// where no "because" follows best or the words after it name nothing.
func failureBecause(clause, lower string, best int) (string, bool) {
	i := strings.Index(lower[best:], " because ")
	if i < 0 {
		return "", false
	}
	rest := clause[best+i+len(" because "):]
	if c := failingSubject(rest); c != "" {
		return c, true
	}
	return "", false
}
