package reader

import "strings"

// Staff's report of a remedy done by someone named, two steps or more in a
// row, is no cause: "Rob fitted a new bracket, reset the gauge to the
// tell-tale reading and boxed it in with a timber guard; ..." (styles98),
// "We replaced the switch this afternoon and put the controller on a new
// cable." (styles108). Round 46's ownStepNote and round 147's stepNoteBare
// take a step note with no subject; these name who did the work, and their
// objects (a part, a gauge) read as a fault to a cause phrase, a change rule
// or the model. Over every tuning set (round 172): 0 true / 4 false, all
// staff's and labelled fix, in three writers' sets:
//
//   - "Vendor started the scheduler at 11:02 and ran the job by hand."
//     (styles85, 09-tags-green-after-expiry; the model)
//   - "Rob fitted a new bracket, reset the gauge to the tell-tale reading and
//     boxed it in with a timber guard; scaffolders moved the tube off it."
//     (styles98, 98-10-crack-gauge-amber-alert; the model)
//   - "We replaced the switch this afternoon and put the controller on a new
//     cable." (styles108, 108-06-cycler-f14-comms-timeout; "change as
//     subject")
//   - "Maintenance (Dev Sharma) changed the probe card and all contact pins
//     on 03, cleaned the nest and recalibrated against the reference meter."
//     (styles108, 108-07-eol-ocv-offset; "change altered")
//
// The shape: "we" or one capitalised word (a bracket after it left out), a
// step's past verb at once, and a second one after a comma or "and" in the
// same clause (before any semicolon); no word of a cause (because, so,
// since, due, cause(d), why, after, when, which, that, until, had) and no
// colon but a time's. A thing's steps stay causes: "Windows Update ran
// overnight and swapped the Ricoh driver for the generic ..." (styles22 01;
// two words before the verb), and so do a change or a thing as the subject
// ("Update ...", "Release ...", "Migration ...": stepsThingSubjects) and the
// pronouns ("They moved trunk group 3 ...", styles95 02).
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 172 (docs/quality.md, "Round 172").

// stepsMorePast are remedy steps' past forms beyond stepPast that open or
// carry on such a report.
var stepsMorePast = newWordSet(map[string]bool{"fitted": true, "cleaned": true, "recalibrated": true,
	"started": true, "changed": true, "boxed": true, "put": true})

// stepsThingSubjects are one-word subjects that name a change or a thing
// doing steps on its own, whose steps are a cause ("Update replaced the
// driver and reset the port").
var stepsThingSubjects = newWordSet(map[string]bool{"update": true, "updates": true, "upgrade": true,
	"release": true, "migration": true, "patch": true, "rollout": true, "deployment": true,
	"script": true, "job": true, "firmware": true, "windows": true, "system": true, "software": true,
	"app": true, "installer": true})

// stepsReported reports whether a sentence is a named doer's report of two
// or more remedy steps.
func stepsReported(text string, ts []string) bool {
	return stepsReportIn(text, ts, func(w string) bool { return stepPast.has(w) || stepsMorePast.has(w) }, false)
}

// stepsReportIn is stepsReported with the test of a step's past form given
// (isStep) and, where bare, a report with no subject too: the first word the
// step itself (stepsToldBare, cause_steps_bare.go), after which any past in
// "-ed" counts as the next step.
func stepsReportIn(text string, ts []string, isStep func(string) bool, bare bool) bool {
	if len(ts) < 6 || text == "" || !(text[0] >= 'A' && text[0] <= 'Z') {
		return false
	}
	for _, t := range ts {
		switch t {
		case "because", "so", "since", "due", "cause", "caused", "why", "after", "when", "which",
			"that", "until", "had":
			return false
		}
	}
	clause := text
	if i := strings.IndexByte(clause, ';'); i > 0 {
		clause = clause[:i]
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(clause); i++ {
		switch c := clause[i]; {
		case c == '(':
			depth++
		case c == ')':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case c == ':' && !(i+1 < len(clause) && clause[i+1] >= '0' && clause[i+1] <= '9'):
			return false // a lead-in or a log line, not a report of steps
		default:
			b.WriteByte(c)
		}
	}
	plain := b.String()
	var buf [64]string
	cs := tokens(plain, buf[:0])
	if len(cs) < 5 {
		return false
	}
	opensBare := bare && isStep(cs[0])
	switch {
	case opensBare:
	case stepsThingSubjects.has(cs[0]):
		return false
	default:
		switch cs[0] {
		case "it", "they", "this", "that", "these", "those", "he", "she", "i", "you", "there", "the":
			return false
		}
		if !isStep(cs[1]) {
			return false
		}
	}
	low := strings.ToLower(plain)
	for _, sep := range []string{", ", " and "} {
		for i := 0; ; {
			at := strings.Index(low[i:], sep)
			if at < 0 {
				break
			}
			i += at + len(sep)
			var nb [2]string
			if next := tokens(low[i:min(len(low), i+16)], nb[:0]); len(next) > 0 && (isStep(next[0]) || opensBare && len(next[0]) > 4 && strings.HasSuffix(next[0], "ed") && !strings.HasSuffix(next[0], "eed")) {
				return true
			}
		}
	}
	return false
}
