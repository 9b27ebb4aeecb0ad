package reader

import "strings"

// Round 91: a polite instruction of a step with a verb instructionForm does
// not take, or with an object it does not know ("Please update them in
// Partner Hub > Finance > Bank account", "Please press sync again on
// tablet", "Please fit each tag in the van it's labelled for"). The writers
// label every staff "please update <thing>" a fix (seven sets, none left
// unlabelled); instructionForm takes "update" nowhere and "press" only
// before an object of stepObjects, so these were read as nothing (and a
// "please update" as a chase, forms.go's updateTo knowing only "please
// update to").
//
// A staff sentence after the opening, not a question, that opens (after
// "then", "and", "so", "yes", "ok") with "please" or "kindly", then perhaps
// "only", "just", "also", "now", "simply", and a verb of pleaseStepVerbs
// followed by a word that is not the reader as the one told ("please update
// us", "please update me", "please update if ...") nor the ticket; not
// asked with "let us/me know" (instructedStep's refusal: Mendeley's fresh
// split labels "please update the script and let us know." a question, the
// first version's two false rows there); no negation within the step (a
// later clause's, "(if you don't see the update yet, give it an hour)",
// is not the step's). Rows on the tuning
// sets (labelled fix, none read before): styles2 ("Please only press release
// once and wait ..."), 15 ("Please update them in ..."), 16 ("Please update
// the game from the Play Store ..."), 34 ("Please update from the Play Store
// and they'll be there."), 44 ("Please fit each tag in the van ..."), 56 x2
// ("Please update it by cable:", "Please put the robot on the downstairs
// dock ..."), 76 ("Please press sync again on tablet."): 8 rows in 7 sets.
// Unlabelled rows with these verbs after "please": none (the staff "please"
// rows left unlabelled ask to quote, keep, check, send, call, make sure,
// take a moment, leave, bring, return or print).

// pleaseStepVerbs are the verbs of a step told after "please" that
// instructionForm does not read with any object: a device's or an app's step.
var pleaseStepVerbs = newWordSet(map[string]bool{"update": true, "press": true, "put": true, "fit": true,
	"refit": true, "reinstall": true, "install": true, "uninstall": true, "reconnect": true, "re-enter": true,
	"tick": true, "untick": true, "tap": true, "click": true, "hold": true, "plug": true, "unplug": true})

// pleaseNotObjects after the verb make the request a chase or ticket admin.
var pleaseNotObjects = newWordSet(map[string]bool{"us": true, "me": true, "ticket": true, "case": true, "request": true,
	"status": true, "on": true, "asap": true, "if": true, "whether": true})

// pleaseInfoObjects after the verb make the request one for a report.
var pleaseInfoObjects = newWordSet(map[string]bool{"results": true, "result": true, "status": true, "progress": true,
	"feedback": true, "findings": true})

// pleaseStep reports whether a staff sentence is a polite instruction of a
// step (above).
func pleaseStep(text string, sc *scan, c Context, staff bool) bool {
	if !staff || c.Opening {
		return false
	}
	ts := sc.ts
	k := 0
	for k < len(ts) && k < 2 && (ts[k] == "then" || ts[k] == "and" || ts[k] == "so" || ts[k] == "yes" || ts[k] == "ok") {
		k++
	}
	if k >= len(ts) || ts[k] != "please" && ts[k] != "kindly" { // a word test first, before any allocation
		return false
	}
	k++
	for k < len(ts) && (ts[k] == "only" || ts[k] == "just" || ts[k] == "also" || ts[k] == "now" || ts[k] == "simply") {
		k++
	}
	if k+1 >= len(ts) || !pleaseStepVerbs.has(ts[k]) || pleaseNotObjects.has(ts[k+1]) || ts[k+1] == "the" && k+2 < len(ts) && pleaseNotObjects.has(ts[k+2]) {
		return false
	}
	if endsQuestion(text) || negAt(ts, k, k+4) {
		return false
	}
	for _, w := range ts[k+1 : min(len(ts), k+4)] {
		if pleaseInfoObjects.has(w) {
			return false // "kindly update the testing results ...": a report asked for (Mendeley's dev split)
		}
	}
	if strings.Contains(text, "let us know") || strings.Contains(text, "let me know") {
		return false // a step asked with its report back is read as a question (instructedStep)
	}
	return formHit("fix:please", text)
}
