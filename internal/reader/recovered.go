package reader

import "strings"

// Round 5: the short reports of a recovery that carry no restoration phrase
// ("pages load in two seconds now", "all fine", "no more timeouts since the
// change", "the test upload succeeded").

// goodStates are the words of a working state.
var goodStates = newWordSet(map[string]bool{"fine": true, "ok": true, "okay": true, "good": true, "correct": true,
	"correctly": true, "clearly": true, "better": true, "faster": true, "fast": true, "quickly": true,
	"sorted": true, "working": true, "works": true, "worked": true, "live": true, "online": true, "green": true,
	"normal": true, "flat": true, "stable": true, "smoothly": true, "succeeded": true, "successfully": true,
	"reachable": true, "through": true, "there": true, "in": true, "trading": true, "picking": true})

// reportBlockers make a sentence something other than a report of recovery:
// the future, a condition, a hedge, a contrast, a remaining fault.
var reportBlockers = newWordSet(map[string]bool{"will": true, "would": true, "should": true, "could": true, "might": true,
	"may": true, "if": true, "when": true, "once": true, "but": true, "except": true, "still": true, "yet": true,
	"error": true, "errors": true, "failed": true, "failing": true, "fails": true, "issue": true, "problem": true,
	"wrong": true, "slow": true, "stuck": true, "again?": true, "why": true, "how": true, "what": true,
	"please": true, "kindly": true, "can": true, "check": true, "checking": true, "try": true, "ticket": true,
	"request": true, "case": true, "plan": true, "indicates": true, "indicate": true, "suggests": true,
	"seems": true, "seemed": true, "appears": true, "appeared": true, "looked": true, "sounded": true, "looks": true, "for": true, "closing": true, "close": true, "hopefully": true, "hope": true,
	"although": true, "though": true, "itself": true})

// waitNouns after "no" are what the writer waits for ("no response since
// Monday"), not a symptom that ended.
var waitNouns = newWordSet(map[string]bool{"response": true, "reply": true, "update": true, "news": true, "word": true,
	"feedback": true, "contact": true, "answer": true, "progress": true, "change": true})

// closeAfter are the words that may follow a working state and leave it the
// state of the sentence ("fine now", "working again", "fast, thanks").
var closeAfter = newWordSet(map[string]bool{"now": true, "again": true, "thanks": true, "thank": true, "too": true,
	"as": true, "and": true, "on": false, "this": true, "today": true, "since": true, "all": true, "here": true,
	"at": true, "from": true, "for": false, "after": true, "with": true, "across": true, "in": true})

// mannerStates, after a verb, say it went well ("arrived fine", "logged in
// fine", "uploaded successfully").
var mannerStates = map[string]bool{"fine": true, "ok": true, "okay": true, "successfully": true,
	"correctly": true, "clearly": true, "smoothly": true}

// mannerAfter reports whether the manner word at ts[k] follows a verb of
// something that went well: "arrived fine", "logged in fine", not a remedy
// ("deployed successfully" reports the fix), a test ("tested successfully")
// or a past progressive ("was running smoothly" describes, it does not
// report).
func mannerAfter(ts []string, cls []uint16, k int) bool {
	v := ts[k-1]
	if !(strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") || v == "in" || v == "through") {
		return false
	}
	if cls[k-1]&(clsRemedyPast|clsRemedyIng|clsRemedialBase) != 0 || strings.HasPrefix(v, "test") ||
		strings.HasSuffix(v, "ing") && k > 1 && (ts[k-2] == "was" || ts[k-2] == "were") {
		return false
	}
	for _, t := range ts[:k] {
		if t == "implemented" || t == "applied" || t == "deployed" || t == "delivered" || t == "installed" {
			return false
		}
	}
	return true
}

// accessSubject reports whether a word is a subject with its verb before
// "in" ("I'm in", "Anna's in").
func accessSubject(t string) bool {
	switch t {
	case "i'm", "im", "we're", "you're", "they're", "he's", "she's", "everyone's", "everybody's":
		return true
	}
	return strings.HasSuffix(t, "'s") && t != "it's" && t != "that's" && t != "what's" && t != "there's"
}

// recoveryReport reports whether a sentence reports, briefly, that things
// work: "now" with a working state ("I can see the files now" is left to the
// restoration phrases; "pages load fast now", "the labels print clearly
// now"), "all" before a working state ("all fine", "all working"), "no more"
// or "no <symptoms> since" ("no more timeouts", "no drops since Friday"), or a
// test that "succeeded". A negation of the state, the future, a condition, a
// hedge and a remaining fault leave it alone.
func recoveryReport(sc *scan) bool {
	ts := sc.ts
	if len(ts) < 2 || sc.trig&trigRecovery == 0 && ts[len(ts)-1] != "in" || hedges.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	if partialSubject.has(ts[0]) {
		return false // "One card went through", "Some members now have ...": a part
	}
	now, good, hit := false, -1, false
	for k, t := range ts {
		if reportBlockers.has(t) {
			return false
		}
		switch {
		case t == "now":
			now = true
		case t == "no" && k+1 < len(ts) && (ts[k+1] == "more" || k+2 < len(ts) && !waitNouns.has(ts[k+1]) &&
			(ts[k+2] == "since" || ts[k+2] == "in" && k+3 < len(ts) && (ts[k+3] == "the" || ts[k+3] == "last"))):
			hit = true // "no more 429s", "no drops since Friday"
			continue
		case t == "succeeded" || t == "sorted":
			hit = true
		}
		if goodStates.has(t) && good < 0 {
			if t == "in" && !(k+1 == len(ts) || ts[k+1] == "now" || ts[k+1] == "thanks" || ts[k+1] == "thank") {
				continue // "I'm in", "everyone's in now"; not "in the queue"
			}
			if t == "there" && (k+1 < len(ts) && ts[k+1] != "now" && ts[k+1] != "thanks" && ts[k+1] != "thank" || !thereState(ts, k)) {
				continue // "all there", "it's there now"; not "pinning it there"
			}
			if stepObject(ts, k) {
				continue // "picking this up now", "went through it together": a step
			}
			if k > 0 && (ts[k-1] == "go" || ts[k-1] == "to" || ts[k-1] == "be") {
				continue // "you can now go live", "to be fine": a permission or an aim
			}
			if k+1 < len(ts) && !closeAfter.has(ts[k+1]) && t != "through" {
				continue // "working on it", "a good one", "working days": not a state
			}
			good = k
			if k > 0 && ((t == "in" || t == "through") && (accessSubject(ts[k-1]) || ts[k-1] == "back" && k > 1 && accessSubject(ts[k-2]) ||
				ts[k-1] == "went" || ts[k-1] == "gone" || ts[k-1] == "going") ||
				mannerStates[t] && mannerAfter(ts, sc.cls, k)) {
				hit = true // "I'm in", "you're back in", "went through", "arrived fine", "logged in fine"
			}
			if k+1 < len(ts) && (ts[k+1] == "thanks" || ts[k+1] == "thank") && t != "ok" && t != "okay" {
				hit = true // "much better, thanks", "pipeline green, thanks"
			}
			if k > 0 && ts[k-1] == "all" || k > 1 && ts[k-2] == "all" {
				hit = true // "all fine", "all back working"
			}
		}
	}
	if !hit && !(now && good >= 0) && !nowHolds(ts) || ownPurposeIn(ts) {
		return false
	}
	// A negation denies the state, unless it is the "no" of "no more
	// timeouts", "no drops since Friday".
	if j, _ := negations.findIn(sc); j >= 0 {
		if ts[j] != "no" || j+1 >= len(ts) {
			return false
		}
		for k := j + 1; k < len(ts); k++ {
			if ts[k] != "still" && negations.at(ts, k) {
				return false
			}
		}
		if ts[j+1] != "more" && !(j+2 < len(ts) && (ts[j+2] == "since" || ts[j+2] == "in")) {
			return false
		}
	}
	return true
}

// nowHolds reports whether a component or a person is said to hold the state
// asked for now: "now" then a verb of having or being, after a subject that is
// not the writer, the ticket or the problem ("your account is now verified",
// "Kasia now has full access", "the payslips now show the overtime").
func nowHolds(ts []string) bool {
	if hasNow(ts) {
		return true
	}
	for k := 1; k+2 < len(ts); k++ {
		if ts[k] != "now" {
			continue
		}
		switch ts[k+1] {
		case "has", "have", "shows", "show", "is", "are":
		default:
			return false
		}
		for _, t := range ts[:k] {
			switch t {
			case "we", "i", "it", "this", "that", "there", "you":
				return false
			}
		}
		return ts[k+2] != "been" && ts[k+2] != "being" && !digits(ts[k+2])
	}
	return false
}

// hasNow reports whether a subject other than the writer is said to have what
// it lacked, with "now" after the object ("the export has rows now", "all the
// crews have their rosters now"), as against the writer's own means ("we have
// a workaround now") or a question.
func hasNow(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		if ts[k] != "has" && ts[k] != "have" || ts[k+1] == "been" || ts[k+1] == "to" || ts[k+1] == "now" {
			continue
		}
		for _, t := range ts[:k] {
			switch t {
			case "we", "i", "it", "this", "that", "there", "you", "who", "what", "which":
				return false
			}
		}
		for j := k + 2; j < len(ts) && j <= k+6; j++ {
			if ts[j] == "now" {
				return true
			}
		}
		return false
	}
	return false
}
