package reader

import "strings"

// Round 28: staff's polite request of a step with any verb. politeRequest
// (fix_instructions.go) reads "could/can/would" and the reader or someone on
// site only with a screen or remedial verb of its lexicons; new writers ask
// for steps of their trade ("Could you text the code from the phone itself?",
// "could someone do a manual end of day on the terminal", "can you point
// people to the link in their confirmation"). This form reads the shape with
// any verb but those that ask for information, a look, an answer or a
// meeting, and allows up to four words of lead before it ("For now, can
// you ...", "Before you open, could someone ...") that are no question word.

// notStepRequests are verbs that, after "could you", ask for information, a
// check, a look, an answer or the writer's own help, not a step.
var notStepRequests = newWordSet(map[string]bool{"see": true, "look": true, "find": true, "clarify": true, "explain": true,
	"give": true, "forward": true, "verify": true, "note": true, "take": true, "grab": true, "capture": true,
	"record": true, "export": true, "help": true, "remind": true, "be": true, "have": true, "know": true,
	"say": true, "show": true, "list": true, "paste": true, "screenshot": true, "upload": true, "download": true,
	"join": true, "meet": true, "book": true, "schedule": true, "arrange": true, "approve": true,
	"please": true, "possibly": true, "just": true, "also": true, "get": true, "make": true, "read": true,
	"ask": true, "answer": true, "run": true, "try": true, "keep": true, "open": true, "go": true,
	"use": true, "not": true, "kindly": true, "double-check": true, "recheck": true, "re-check": true,
	"review": true, "look-up": true, "identify": true, "collect": true, "gather": true,
	"dig": true, "pull": true, "copy": true, "cc": true, "loop": true, "update": true, "post": true,
	"pass": true, "chase": true, "spot-check": true})

// questionLeads before "could you" make the sentence a question of its own.
var questionLeads = newWordSet(map[string]bool{"what": true, "why": true, "how": true, "when": true, "where": true,
	"who": true, "which": true, "whether": true, "if": true})

// requestAnyVerb reports whether a staff sentence asks the reader or someone
// on site to take a step with any verb (see above).
func requestAnyVerb(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 4 || unknownCause.hasIn(sc) {
		return false
	}
	i := -1
	for j := 0; j < min(len(ts)-3, 5); j++ {
		if questionLeads.has(ts[j]) {
			return false
		}
		if requestModals.at(ts, j) && requestSubjects.has(ts[j+1]) && ts[j+1] != "your" && ts[j+1] != "they" {
			i = j
			break
		}
	}
	if i < 0 {
		return false
	}
	k := i + 2
	if ts[k-1] == "someone" || ts[k-1] == "somebody" || ts[k-1] == "anyone" {
		// "could someone on site do ...": skip up to three words of where
		for k < len(ts) && k <= i+5 && (ts[k] == "on" || ts[k] == "at" || ts[k] == "in" || ts[k] == "there" ||
			ts[k] == "site" || ts[k] == "the" || determiners.has(ts[k])) {
			k++
		}
	}
	if k >= len(ts)-1 {
		return false
	}
	info := false
	for j, w := range ts {
		if askedBack.has(w) || w == "whether" || w == "why" || w == "what" {
			return false
		}
		if infoVerbs[w] && w != "add" {
			info = true
			if j == k || j > 0 && (ts[j-1] == "and" || ts[j-1] == "or" || ts[j-1] == "then" || ts[j-1] == "please" || ts[j-1] == "to") {
				return false
			}
		}
		switch w {
		case "rather", "prefer", "still", "we'll", "i'll":
			// a choice offered ("would you rather ..."), a question of ability
			// ("can you still sell ..."), an arrangement with the writer's own
			// next step ("could you box the old one and we'll collect it")
			return false
		}
	}
	v := ts[k]
	if notStepRequests.has(v) || infoVerbs[v] && v != "add" || strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed") || digitWord(v) {
		return false
	}
	if info || v == "add" {
		return formHit("fix:asked2", text)
	}
	return formHit("fix:asked", text)
}
