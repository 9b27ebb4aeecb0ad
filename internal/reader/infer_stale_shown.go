package reader

import "strings"

// A subject telling that a thing shows, prints or charges an old value
// ("Meat counter scales printing old prices", "Appointment letters giving
// old Castlegate address", "Players' app still shows old rehearsal time")
// states a fault: the service serves what should have been replaced, though
// no fault word says so, and the one question of the opening ("Can this be
// corrected before tomorrow's clinics please?") outvoted nothing. Round 178:
// the 8 tuning subjects (styles to styles110) with "old" after a verb in
// -ing not heading the subject, after shows / loads / gives / prints /
// charges / uses / sends, or after "still" are incidents, in 7 sets
// (styles3 14, styles56 14, styles69 01, styles73 15, styles92 01, styles104
// 07, styles109 01, styles109 12); styles73 15 and styles109 01 were read as
// questions. A gerund heading the subject names the ask ("Moving old data
// to the archive"), and "old" after a noun or "and" ("Refund deposit and old
// card", styles37 04, a question) tells no fault.

// staleVerbs show an old value in the third person.
var staleVerbs = newWordSet(map[string]bool{"shows": true, "show": true, "loads": true, "gives": true, "prints": true,
	"charges": true, "uses": true, "sends": true, "still": true})

// staleShown reports whether a subject, tokenised as ts, tells that a thing
// shows an old value: "printing old prices", "still shows old times".
func staleShown(ts []string) bool {
	for i := 1; i < len(ts); i++ {
		if ts[i] != "old" {
			continue
		}
		p := ts[i-1]
		if i-1 >= 1 && strings.HasSuffix(p, "ing") || staleVerbs.has(p) || i >= 2 && ts[i-2] == "still" {
			return true
		}
	}
	return false
}
