package reader

import "strings"

// Round 140: the change or the ticket closed, told as its status. Staff's
// closing lines that rounds 47 and 107 (fix_closing_as.go,
// fix_closing_notice.go) do not take, as they open on the record or end on
// the closing: "Change closed successful, PIR not needed.", "Change closed as
// successful with one incident.", "CHG0020419 closed as implemented with an
// issue (...)", "Change completed successfully; closing.", "Done, closing.",
// "I'm closing the change as completed.", "..., so I'll close this ticket."
// The writers label them closing (or restored for a state told beside), never
// fix. Counted over every tuning set (styles to styles102, the rows read as
// fix): 9 false in 9 sets (styles3, 4, 36, 71, 79, 98, 99, 100, 102), no
// true one; the true rows with "close" or "closing" are instructions ("close
// the app fully and open it again"), closing times re-saved, or a step after
// the closing ("Closing this; I've also added the calibration run ...",
// styles35), and stay.

// closedStatuses are what a record is closed as; "closed as the new
// procedure has been added" gives the reason, a step, and is not taken
// (Mendeley heldout 1005265 22.1, a fix).
var closedStatuses = newWordSet(map[string]bool{"successful": true, "implemented": true, "completed": true, "complete": true,
	"done": true, "resolved": true, "duplicate": true, "cancelled": true, "withdrawn": true, "unsuccessful": true,
	"failed": true, "planned": true})

// closedRecords are the records a closing is told of.
var closedRecords = newWordSet(map[string]bool{"change": true, "ticket": true, "case": true, "request": true,
	"incident": true, "task": true})

// recordClosed reports whether a sentence tells a change or a ticket closed:
// the record (or its number) then "closed" and "successful(ly)" or "as" and
// a status (closedStatuses);
// "closing" or "close" after "I'm", "I'll", "we're", "we'll" and then "the"
// or "this" and the record; or the sentence ending "; closing" or ", closing".
func recordClosed(text string, ts []string) bool {
	for i, t := range ts {
		switch t {
		case "closed":
			if i == 0 || !closedRecords.has(ts[i-1]) && !recordNumber(ts[i-1]) {
				continue
			}
			switch nextToken(ts, i) {
			case "successful", "successfully":
				return true
			case "as":
				if closedStatuses.has(nextToken(ts, i+1)) {
					return true
				}
			}
		case "closing", "close":
			if i == 0 || i+2 >= len(ts) {
				continue
			}
			switch ts[i-1] {
			case "i'm", "i'll", "we're", "we'll":
			default:
				continue
			}
			if (ts[i+1] == "the" || ts[i+1] == "this") && closedRecords.has(ts[i+2]) {
				return true
			}
		}
	}
	if len(ts) < 2 || ts[len(ts)-1] != "closing" {
		return false
	}
	s := strings.TrimRight(strings.TrimSpace(text), ".!")
	const tail = " closing"
	if len(s) < len(tail)+1 || !strings.EqualFold(s[len(s)-len(tail):], tail) {
		return false
	}
	b := s[len(s)-len(tail)-1]
	return b == ';' || b == ','
}

// recordNumber reports whether a word is a record's number: letters then
// digits, at least three of them ("chg0020419", "inc12345").
func recordNumber(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == 0 || len(w)-i < 3 {
		return false
	}
	for _, c := range w[i:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
