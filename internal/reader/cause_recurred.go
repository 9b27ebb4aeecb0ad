package reader

import "strings"

// A fault said to have come back is the symptom again, not its cause: "Queue
// stalled again 05:30." (styles44), "mar-sh-06 hung again on the 02:00
// scheduled reboot, 2 sessions stuck." (styles50), "Reran by hand 05:05 ->
// failed again, exit 1." (styles28). A cause may still tell a fault's
// return as its consequence ("so it failed again when the credits ran out",
// styles13; "the breaker trips again as soon as it is plugged in" after
// "because", styles5) or explain it after a dash ("the sensor install failed
// again - the SecuraShield cleanup leaves its filter driver behind",
// styles42): those keep their reading.
//
// Written in round 37 (docs/quality.md, "Round 37").

// recurredVerbs are faults in the past that "again" may follow.
var recurredVerbs = newWordSet(map[string]bool{"stalled": true, "hung": true, "failed": true, "crashed": true, "froze": true,
	"died": true, "dropped": true, "tripped": true, "stopped": true, "errored": true, "locked": true, "jammed": true})

// recurredLinks before the fault make it a consequence or a clause of a
// cause: "so", "because", "which", "when", "after", "since", "until".
var recurredLinks = newWordSet(map[string]bool{"so": true, "because": true, "which": true, "when": true, "after": true,
	"since": true, "until": true, "as": true, "that": true})

// recurredAgain reports whether a sentence tells a fault in the past followed
// by "again", with no link of cause before it and no dash, colon or
// semicolon after it (an explanation joined on).
func recurredAgain(text string, ts []string) bool {
	k := -1
	for j := 0; j+1 < len(ts); j++ {
		if recurredVerbs.has(ts[j]) && ts[j+1] == "again" {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	for _, w := range ts[:k] {
		if recurredLinks.has(w) {
			return false
		}
	}
	i := strings.Index(text, "again")
	if i < 0 {
		i = strings.Index(text, "Again")
	}
	if i < 0 {
		return false
	}
	rest := text[i:]
	return !strings.Contains(rest, " - ") && !strings.Contains(rest, " – ") && !strings.Contains(rest, " — ") &&
		!strings.Contains(rest, ": ") && !strings.Contains(rest, "; ")
}
