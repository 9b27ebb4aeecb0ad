package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 145: the next step of an instruction on a screen, opened by "Then"
// with no "please": a screen verb ("Then press FEED twice.", "Then hit
// Redeploy on both apps.") or a menu path ("Then in RoundPad, Menu > Printer
// > Test print."), perhaps after the place it is done in ("Then in the app
// tap Me > Test alert."). imperativeFix knows only the remedies' verbs and
// pleaseStep wants "please", so these were read as nothing. Rows the writers
// label fix and the rules missed: styles13 ("Then hit Redeploy on both
// apps."), styles95 ("Then press FEED twice.", "Then in the app tap Me >
// Test alert."), styles100 ("Then in RoundPad, Menu > Printer > Test
// print."): 4 rows in 3 sets. Round 121 measured every staff "Then <verb>"
// at 4 fix / 14 not; the not rows ask for a report or a check of the
// fault, which this form refuses: "Then let me know what position it
// shows", "Then tell me if the green light comes back.", "Then send me a
// photo of one label ...?", "Then stand on the crate yourself so we can see
// ...", "Then I will tell the LRF ...", "Then the roll's in the wrong way
// round, ...". Over every tuning sentence the form reads no row labelled
// otherwise.

// thenScreenVerbs are the verbs of a step on a screen or a device's button.
var thenScreenVerbs = newWordSet(map[string]bool{"press": true, "hit": true, "tap": true, "click": true,
	"select": true, "choose": true})

// thenScreenStep reports the next step of an instruction on a screen opened
// by "Then" (see above), by an agent, not a question.
func thenScreenStep(text string, sc *scan, c Context) bool {
	ts := sc.ts
	if len(ts) < 2 || ts[0] != "then" || c.Opening || c.Role != ticket.RoleAgent || endsQuestion(text) {
		return false
	}
	k := 1
	if ts[k] == "in" || ts[k] == "on" || ts[k] == "from" { // "Then in the app tap ...": the place first
		for k < len(ts) && k < 6 && !thenScreenVerbs.has(ts[k]) {
			k++
		}
		if k < len(ts) && thenScreenVerbs.has(ts[k]) {
			return true
		}
		return strings.Contains(text, " > ") // "Then in RoundPad, Menu > Printer > Test print."
	}
	return thenScreenVerbs.has(ts[k])
}
