package reader

import "strings"

// A candidate dismissed, with no cause told after it, is no cause: "So it
// wasn't the profile.", "It was not the certificate renewal that was also
// done yesterday.", "Not the SIM outage, that was the week before." Staff
// rule a suspect out; the cause, when found, is told in a sentence of its
// own. A shape of staff sentences the rules or the model read as causes,
// seen in three writers' sets (tuning, round 108: 3 false, no true one),
// never labelled a cause:
//
//   - "So it wasn't the profile." (styles26, 05-keyless-unlock-firmware; an
//     internal note)
//   - "Not the SIM outage, that was the week before." (styles85,
//     17-fuel-alerts-not-emailed; an internal note)
//   - "It was not the certificate renewal that was also done yesterday."
//     (styles92, 92-12-webshop-502-alert)
//
// The marks: the sentence opens (perhaps after "so", "and" or "sorry") on
// "it / that / this" and "wasn't", "isn't", "was not", "is not", "was never"
// or "is never", or on "not", and then "the", "a", "your", "our" or
// "their": the suspect. The dismissal that goes on to the cause after a
// colon, a dash or "it's" stays, as round 49's ruledOutOnly keeps it: "It
// wasn't your Mac: the print server update we installed on Sunday had a
// bug ..." (styles26), "it isn't your account, it's the winter timetable:
// ..." (styles44), "It wasn't your phone after all - a lock update went out
// ..." (styles84), "Not the connection - proxy logs show upload session
// killed at 15 GB ..." (styles4), all true causes. So does one with a word
// of reason ("because", "due", "caused", "cause", "so", "why", "which",
// "but", "instead", "rather"). Round 49's ruledOutOnly takes the
// suspect dismissed at its clause's end ("The spreadsheet import isn't
// it"); this takes it named after the dismissal.
//
// Refused in notCause, so the model is bound by it too (modelVeto). Cheap
// test first: the sentence's first words.
//
// Written in round 108 (docs/quality.md, "Round 108").

// dismissedSuspectWords open the suspect after the dismissal.
var dismissedSuspectWords = newWordSet(map[string]bool{"the": true, "a": true, "your": true, "our": true, "their": true})

// candidateDismissed reports whether a sentence opens on a suspect ruled
// out and tells no cause after it.
func candidateDismissed(text string, ts []string) bool {
	k := 0
	if len(ts) > 0 && (ts[0] == "so" || ts[0] == "and" || ts[0] == "sorry") {
		k++
	}
	if k+2 >= len(ts) {
		return false
	}
	j := -1 // the suspect's first word
	switch ts[k] {
	case "it", "that", "this":
		switch {
		case ts[k+1] == "wasn't" || ts[k+1] == "isn't":
			j = k + 2
		case (ts[k+1] == "was" || ts[k+1] == "is") && (ts[k+2] == "not" || ts[k+2] == "never"):
			j = k + 3
		}
	case "not":
		j = k + 1
	}
	if j < 0 || j >= len(ts) || !dismissedSuspectWords.has(ts[j]) {
		return false
	}
	for _, w := range ts[k+1:] {
		switch w {
		case "because", "due", "caused", "cause", "so", "why", "which", "but", "instead", "rather", "it's":
			return false
		}
	}
	// the cause told after a colon or a dash
	return !strings.Contains(text, ": ") && !strings.Contains(text, " - ") && !strings.ContainsAny(text, ";\u2013\u2014")
}
