package reader

import "strings"

// Round 36: a step done told with any verb. stepAfterSubject and terseStep
// (fix_done.go) read the writer's perfect and a terse note only with the
// verbs of doneSteps; the fourteen newest writers tell steps of their trade
// ("I have also raised the allocation to 35 TB", "Tixora have put the old
// certificate back", "my grandson has put the auto top up on my phone",
// "Revalidated ticket 074-... against the 07:10 segment", "Compacted the 4
// VHDX overnight"). These forms read the shapes with any participle that
// stepParticiple (fix_passive_note.go) takes for a step's: not one of a
// fault, a check, a message or a plan.

// perfectStepLeads may come between the auxiliary of a perfect and its
// participle.
var perfectStepLeads = newWordSet(map[string]bool{"also": true, "now": true, "just": true, "already": true,
	"since": true, "manually": true, "successfully": true, "then": true})

// perfectSubjectStops before the auxiliary make the perfect part of a
// condition, a relative clause or a question, not a step reported.
var perfectSubjectStops = newWordSet(map[string]bool{"if": true, "when": true, "once": true, "until": true,
	"unless": true, "before": true, "after": true, "that": true, "which": true, "who": true,
	"what": true, "whether": true, "why": true, "how": true, "where": true, "not": true, "no": true,
	"never": true, "to": true, "is": true, "are": true, "was": true, "were": true, "had": true,
	"will": true, "would": true, "should": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "nobody": true, "noone": true, "nothing": true})

// notPerfectSteps are participles that stepParticiple takes for a step's
// but that, in the perfect, tell a relay, a look, a fault or a system's own
// result: "Lisa has forwarded it", "I've remoted onto the PC", "the ribbon
// has vanished", "the site has picked up 37 changes".
var notPerfectSteps = newWordSet(map[string]bool{"forwarded": true, "remoted": true, "vanished": true,
	"disappeared": true, "picked": true, "activated": true, "invoiced": true, "placed": true,
	"submitted": true, "filed": true})

// perfectResults in a sentence whose step is a third party's tell the
// step's result, a restoration ("Lewis has uploaded Tuesday's flight, all
// good", "both have activated fine").
var perfectResults = newWordSet(map[string]bool{"fine": true, "good": true, "ok": true, "okay": true, "worked": true,
	"works": true, "working": true, "right": true, "successfully": true})

// perfectAnyStep reports whether a sentence reports a step done in the
// perfect with any step's participle, by the writer or a party named before
// the auxiliary within its first eight words: "I have made you the owner",
// "Our web team has raised the upload size limit". Staff's or, after the
// opening, a customer's; not a question, a hedge, a plan, a negation or a
// condition before the step, nor a message sent.
func perfectAnyStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if c.Opening || len(ts) < 3 || endsQuestion(text) || hedges.hasIn(sc) ||
		unknownCause.hasIn(sc) || fixFuture.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for h := 0; h < min(len(ts)-1, 9); h++ {
		w := ts[h]
		if perfectSubjectStops.has(w) {
			return false
		}
		aux := w == "i've" || w == "we've" || w == "they've"
		if (w == "have" || w == "has") && h > 0 {
			aux = true
		}
		if !aux {
			continue
		}
		k := h + 1
		for k < len(ts) && perfectStepLeads.has(ts[k]) {
			k++
		}
		if k >= len(ts)-1 || !stepParticiple(ts[k]) || notPerfectSteps.has(ts[k]) || negAt(ts, 0, k) {
			return false
		}
		if !staff && (negations.hasIn(sc) || problemWords.hasIn(sc) || contrastWords.hasIn(sc) ||
			ts[k] == "sent" || ts[k] == "resent" || ts[k] == "re-sent") {
			return false // what a customer sent is evidence, not a step (as fixStepDone)
		}
		writer := w == "i've" || w == "we've" || h > 0 && (ts[h-1] == "i" || ts[h-1] == "we")
		if !writer || !staff {
			for _, r := range ts {
				if perfectResults.has(r) {
					return false
				}
			}
		}
		next := ts[k+1]
		if next == "to" || next == "by" || next == "been" || next == "longer" || ts[k] == "copied" && (next == "in" || next == "him" ||
			next == "her" || next == "them" || next == "their" || next == "you") {
			return false // "I've copied him in": a message's copy
		}
		for _, o := range ts[k+1 : min(len(ts), k+5)] {
			if notStepObjects.has(o) || messageWords.has(o) || o == "test" || o == "tests" || o == "reading" || o == "readings" {
				return false // "I've sent the logs", "we have opened a ticket", "I've uploaded a test file"
			}
		}
		return formHit("fix:perfect", text)
	}
	return false
}

// notNoteSteps open a note of a look, a talk, advice, a test or a person
// sent, not a step: "Pulled traces for 3 bad calls", "Phoned store, spoke to
// Ahmed", "Dispatched Kev (ETA 14:30)", "Suggested taping the roll diagram
// inside the lid", "Simulated a grid loss from the installer app".
var notNoteSteps = newWordSet(map[string]bool{"walked": true, "pulled": true, "reminded": true, "phoned": true,
	"dispatched": true, "watched": true, "simulated": true, "suggested": true, "managed": true,
	"triangulated": true, "zipped": true})

// pastNoteLeads may open a terse note before its verb.
var pastNoteLeads = newWordSet(map[string]bool{"also": true, "then": true, "and": true, "just": true, "have": true})

// pastNoteStep reports whether a staff sentence is a terse note of a step
// done, opening with the step's past with any verb and its object: "Revalidated
// ticket 074-2219384457 against the 07:10 segment", "Compacted the 4 VHDX
// overnight", "Put dealing back to live prices at 10:46". Not a question, a
// hedge, a plan or a negation, nor a step on the ticket or a message.
func pastNoteStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 2 || endsQuestion(text) || hedges.hasIn(sc) ||
		unknownCause.hasIn(sc) || fixFuture.hasIn(sc) || negations.hasIn(sc) || testEnv.hasIn(sc) || ticketAdmin(sc) {
		return false
	}
	k := 0
	for k < len(ts)-1 && pastNoteLeads.has(ts[k]) {
		k++
	}
	if k >= len(ts)-1 || !stepParticiple(ts[k]) || notPerfectSteps.has(ts[k]) || notNoteSteps.has(ts[k]) || normally.hasIn(sc) {
		return false
	}
	for _, w := range ts[k+1 : min(len(ts), k+3)] {
		if (w == "is" || w == "are" || w == "was" || w == "were") && ts[k] != "done" {
			return false // "Chilled water is down to 7.5": an adjective, not a step
		}
	}
	switch ts[k+1] {
	case "to", "by", "is", "are", "was", "were", "that", "as", "in":
		return false // "Moved to ...", "Caused by ...", "Set in ...": no step's object
	}
	for _, o := range ts[k+1 : min(len(ts), k+5)] {
		if notStepObjects.has(o) || messageWords.has(o) || o == "test" || o == "tests" {
			return false
		}
	}
	return formHit("fix:pastnote", text)
}

// fulfilledStates are what a thing set up, loaded or put live is, told as
// its state once staff have done the step.
// Not "live" (the labels read "the new prices are now live" as a restoration
// as often as a fix), "scheduled" or "in place" (plans: "Installation is
// scheduled for Wednesday", "so it's in place for Monday").
var fulfilledStates = newWordSet(map[string]bool{"loaded": true, "registered": true, "created": true,
	"enabled": true, "installed": true, "configured": true, "enforced": true, "activated": true,
	"built": true})

// fulfilledState reports whether a staff sentence tells a step done as the
// state it left: "The new template is live on your account as of today",
// "the quarterly export is now set up for both addresses", "The 2027 rates
// ... are loaded and showing in Atlas now". Not a question, a hedge, a plan,
// a negation, a fault or a condition.
func fulfilledState(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 || endsQuestion(text) || hedges.hasIn(sc) ||
		unknownCause.hasIn(sc) || fixFuture.hasIn(sc) || negations.hasIn(sc) || problemWords.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for _, w := range ts {
		if w == "again" {
			return false // "map positions are live again": a restoration
		}
	}
	for h := 1; h < min(len(ts)-1, 9); h++ {
		w := ts[h]
		if perfectSubjectStops.has(w) && w != "is" && w != "are" {
			return false
		}
		if w != "is" && w != "are" && w != "it's" {
			continue
		}
		k := h + 1
		for k < len(ts) && (ts[k] == "now" || ts[k] == "also" || ts[k] == "all" || ts[k] == "already") {
			k++
		}
		if k >= len(ts) {
			return false
		}
		if fulfilledStates.has(ts[k]) || ts[k] == "set" && k+1 < len(ts) && ts[k+1] == "up" {
			return formHit("fix:state", text)
		}
		return false
	}
	return false
}

// menuPathStep reports whether a staff sentence instructs a step through a
// menu path ("go to My Account > Meter > Tell us about a problem, pick ...",
// "Yes - use Reports > Data export > Nightly summary (CSV)", "It's under
// Orders > open the order > 'Return items'"): a path of at least two steps
// joined by '>' and a screen verb in the sentence. Not a question, a hedge,
// a negation, a test, nor where a thing is found ("It's under Settings >
// About", "You can see it in the portal under Sites > Schedules").
func menuPathStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 || endsQuestion(text) || hedges.hasIn(sc) ||
		negations.hasIn(sc) {
		return false
	}
	if strings.Count(text, " > ") < 1 && !screenWalk(ts) {
		return false
	}
	step := false
	for _, w := range ts {
		switch {
		case w == "find" || w == "see" || w == "test" || w == "automatically":
			return false // where a thing is shown ("you'll find her timetable under ..."), a test, a system's act
		case uiVerbs[w] || w == "pick" || w == "submit":
			step = true
		}
	}
	return step && formHit("fix:menu", text)
}

// screenWalk reports an instruction that opens with "open" and walks on
// through the screen with "go to": "Open the order in the back office, go to
// Payments and use Issue credit", "Open the performance, go to Prices".
func screenWalk(ts []string) bool {
	if len(ts) < 5 || ts[0] != "open" {
		return false
	}
	for j := 2; j+1 < len(ts); j++ {
		if ts[j] == "go" && ts[j+1] == "to" {
			return true
		}
	}
	return false
}
