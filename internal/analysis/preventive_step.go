package analysis

import (
	"regexp"
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// A step staff took against a repeat, told among the fixes, is the
// incident's preventive action already under way: "We have paused automatic
// driver updates for that printer model so it cannot happen again"
// (G205-344), "Blocked driver updates from Windows Update via policy on this
// PC." (styles70), "Added cert expiry for HB-APP02 to monitoring, 30 day
// warning." (styles4), "I've also repaired the clean-up on all four
// gateways, so it shouldn't creep up on us again." (styles106). The
// preventive action then asks to confirm that the step holds and to extend
// it where it applies, not for monitoring in general the team has already
// gone past. Three shapes, each a step told as done by staff:
//   - a purpose against a repeat: "so this shouldn't happen again", "so it
//     can't … again", "to stop it happening again", "so we hear about it";
//   - an alert, a check or a reminder set up: "added a disk alert at 80%",
//     "put both certs' expiry dates in the OT maintenance calendar",
//     "reminder set for January";
//   - updates held back: "excluded driver updates from Windows Update",
//     "paused auto-update", "stopped Windows from replacing it again".
// A step offered, asked of the customer or still under way is none ("To
// stop it happening again, please ask your IT to exclude …", "I'd suggest we
// pin the port", "we're changing the import so it can't happen again").

var (
	// againstRepeat is a purpose against a repeat.
	againstRepeat = regexp.MustCompile(`\bso (that )?[^.;]{0,40}?\b(shouldn't|should not|can't|cannot|can not|won't|will not|doesn't|does not|never)\b[^.;]{0,50}?\b(again|recur|come back|catch us|creep up|repeat|bite)\b` +
		`|\bto (stop|prevent|avoid) (it|this|that|a repeat|the same|a recurrence|any repeat)\b|\bfrom (happening|recurring) again\b`)
	// toldPurpose is a purpose of being told in time, which says what the
	// step watches and stays in the quote ("I have also added an alert so
	// that we are told if that storage passes 80%", styles68 03).
	toldPurpose = regexp.MustCompile(`\bso (that )?(we|you|we'd|you'd) (are told|hear|get warning|would hear|'d hear|catch|'d catch|would catch|are alerted|get alerted)\b`)
	// watchSetUp is an alert, a check or a reminder set up, as the verb's
	// object or in the passive; "a test alarm" is a test of one.
	watchSetUp = regexp.MustCompile(`\b(added|set|set up|enabled|turned on|switched on|put|created|configured)( [^ .;,]+){0,5}? (alerts?|alarms?|reminders?|warnings?|monitoring|checks?)\b` +
		`|\b(added|put)\b[^.;]{0,60}\b(to|in|into|on)( [^ .;,]+){0,4} (monitoring|calendar|register|alarms|checklist|health script|warning check|diary)\b` +
		`|\b(alerts?|alarms?|reminders?|monitoring|warnings?|checks?)( [^ .;,]+){0,6}? (added|set|enabled|set up)\b`)
	// updatesHeld is updates blocked, paused or excluded.
	updatesHeld = regexp.MustCompile(`\b(blocked|paused|excluded|disabled|stopped|switched off|turned off)( [^ .;,]+){0,8}? (updates?|auto-?updates?|update checks|auto-rejoin|rollout|scheduled deploy|patch reboots|automatic patch\w*|firmware push|from replacing|from changing|from installing)\b`)
	// stepOffered is a step asked, offered, proposed or still under way.
	stepOffered = regexp.MustCompile(`\b(please|you can|you could|could you|can you|ask your|i'd suggest|i would suggest|we suggest|we recommend|we'll|we will|i'll|i will|(we're|i'm|we are|i am) \w+ing|going to|if you|should you|worth|tip|test alarm|had stopped|has stopped|was stopped)\b`)
	// stepDone is a step told as done: a first person's perfect or past, a
	// passive's perfect, a terse note opening on a past verb ("Added …",
	// "Blocked …", "Put …") or a participle of the shapes' verbs ("Prune job
	// re-enabled … and a disk alert at 80% added", styles120 02).
	stepDone = regexp.MustCompile(`^(\w+ed|put|set|made|built|took)\b|\b(i've|we've|i have|we have|i|we|they've|they have|has been|have been|is now|are now|now)\b` +
		`|\b(added|re-enabled|set up|blocked|paused|excluded|disabled)\b`)
)

// stepWords holds a word of every match of againstRepeat, toldPurpose,
// watchSetUp and updatesHeld: a fix with none of them tells no step
// against a repeat, and the patterns (with stepOffered and stepDone, which
// match most fixes) are not tried on it. Asked of every fix of staff's
// twice an analysis (actions and confirmStep), the patterns were 6% of the
// analysis's CPU.
var stepWords = []string{
	// againstRepeat
	"again", "recur", "come back", "catch", "creep up", "repeat", "bite", "to stop", "to prevent", "to avoid",
	// toldPurpose ("catch" above)
	"told", "hear", "warning", "alert",
	// watchSetUp ("alert", "warning" and "check" cover their plurals and
	// "alerted", "checklist", "warning check")
	"alarm", "reminder", "monitoring", "check", "calendar", "register", "health script", "diary",
	// updatesHeld ("update" covers "updates", "auto-update", "update checks")
	"update", "auto-rejoin", "rollout", "scheduled deploy", "patch reboots", "automatic patch", "firmware push",
	"from replacing", "from changing", "from installing",
}

// mayTellStep reports whether l (a fix in lower case) holds a word of
// stepWords.
func mayTellStep(l string) bool {
	for _, w := range stepWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// preventiveStep is the first fix statement of staff's that tells a step
// taken against a repeat, with the words of the step (the purpose cut off);
// nil where none does.
func preventiveStep(f *Facts) *Quote {
	for i := range f.Fixes {
		q := &f.Fixes[i] // copied only into what is returned: a copy taken per fix moved to the heap
		if q.Role != ticket.RoleAgent {
			continue
		}
		l := lower(q.Text)
		if !mayTellStep(l) || stepOffered.MatchString(l) || !stepDone.MatchString(l) {
			continue
		}
		if loc := againstRepeat.FindStringIndex(l); loc != nil {
			out := *q
			if step := strings.TrimRight(strings.TrimSpace(q.Text[:loc[0]]), " ,;:-"); len(strings.Fields(step)) >= 3 {
				out.Text = step
			}
			return &out
		}
		if toldPurpose.MatchString(l) {
			out := *q
			return &out
		}
		loc := watchSetUp.FindStringIndex(l)
		if loc == nil {
			loc = updatesHeld.FindStringIndex(l)
		}
		if loc != nil {
			out := *q
			out.Text = stepClause(q.Text, l, loc[0])
			return &out
		}
	}
	return nil
}

// confirmStep is the preventive action a step taken against a repeat calls
// for, in place of the monitoring one.
var confirmStep = actionTemplate{"confirm_prevention", Preventive, func(f *Facts) string {
	q := preventiveStep(f)
	if q == nil {
		return ""
	}
	return "Confirm that the step the team took against a repeat (" + quote(briefen(strings.TrimRight(q.Text, " ."), 96)) +
		") holds, and extend it wherever the same weakness applies"
}}

// stepClause is the clause of text (l its lower case) that holds the step
// found at at: from the last comma, semicolon, colon or "and" before it to
// the next semicolon ("Rolled back to ZDesigner 8.6, set darkness 24 / speed
// 3 in the driver defaults, | paused driver updates for that PC in Intune",
// styles59); text where the clause would be under three words.
func stepClause(text, l string, at int) string {
	start := 0
	for _, sep := range []string{", ", "; ", ": ", " and "} {
		if i := strings.LastIndex(l[:at], sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
	}
	end := len(text)
	if i := strings.Index(l[at:], "; "); i >= 0 {
		end = at + i
	}
	out := strings.TrimSpace(text[start:end])
	if len(strings.Fields(out)) < 3 {
		return text
	}
	return out
}
