package reader

import "strings"

// Fixes said as instructions or requests to the reader: an imperative of a
// screen or remedial step ("Go to Settings → Wi-Fi, tap ...", "Please use
// the downtime procedure"), a request to try one ("Could you try signing
// out and back in?"), a polite request that the reader or someone on site
// take a remedial step, an instruction to ask someone to take one, a step
// staff walked the reader through ("Talked him through a calibration"), and
// a step staff had the reader take ("Had her hold the reset button for ten
// seconds"). Not a request for information ("please let us know", "could
// you send the logs").
//
// Written in rounds 11, 16 and 17 (docs/quality.md, "Round 11", "Round 16",
// "Round 17").

// uiVerbs are the base forms of the steps of an instruction that are not
// remedial verbs: moving through a screen ("go to", "open", "tap", "tick"),
// signing in and out, using something instead.
var uiVerbs = map[string]bool{"go": true, "open": true, "click": true, "tap": true, "tick": true, "untick": true,
	"choose": true, "select": true, "hold": true, "press": true, "sign": true, "log": true,
	"use": true, "split": true, "unplug": true, "plug": true, "close": true, "turn": true,
	"power": true, "power-cycle": true, "resubmit": true, "re-enable": true, "forget": true,
	"pull": true, "keep": true, "reopen": true, "sign-in": true, "log-in": true, "enter": true,
	"reboot": true, "restart": true, "clear": true, "disable": true, "enable": true, "switch": true,
	"remove": true, "re-add": true, "unlink": true, "relink": true, "map": true, "set": true}

// infoVerbs ask the reader for information, not for a step ("let us know",
// "tell me", "send us the logs", "check whether").
var infoVerbs = map[string]bool{"let": true, "tell": true, "send": true, "share": true, "confirm": true,
	"check": true, "provide": true, "attach": true, "reply": true, "advise": true, "describe": true,
	"call": true, "contact": true, "email": true, "ring": true, "phone": true, "request": true, "add": true}

// instructionLead are the words that may come before an instruction's verb:
// a politeness, a sequence, a time ("in the meantime", "for now", "until then").
var instructionLead = newWordSet(map[string]bool{"please": true, "kindly": true, "then": true, "and": true, "also": true,
	"now": true, "first": true, "next": true, "just": true, "simply": true, "meantime": true, "meanwhile": true,
	"the": true, "in": true, "for": true, "until": true, "so": true, "finally": true, "instead": true})

// instructedStep reports whether a staff sentence instructs the reader to take a
// step: an imperative of a screen or remedial step after any politeness or
// place ("Go to Settings → Wi-Fi, tap ...", "In 3CX, set the caller ID ...",
// "On your phone, open the Wi-Fi settings", "Please use the downtime
// procedure"), or a request to try one ("Could you try signing out and back
// in?", "Can you try again in a private window?", "Could you ask the team to
// unplug each handset ..."). Not a request for information ("please let us
// know", "could you send the logs"), a condition, a negation ("don't clear
// storage"), nor a step asked with "and let us know" (the labellers read those
// as questions).
func instructedStep(text string, ts []string) bool {
	if len(ts) < 3 || !instructionForm(text, ts) || strings.Contains(text, "let us know") || strings.Contains(text, "let me know") {
		return false
	}
	for _, t := range ts {
		if askedBack.has(t) {
			return false // "join the below session", "restart it and check", "try a call and report back"
		}
	}
	return true
}

// instructionForm reports instructedStep's forms before its refusals, which
// run only on a sentence that has one.
func instructionForm(text string, ts []string) bool {
	// "In the meantime, could you try ...", "Then in PeoplePoint go to ...",
	// "Yes please, ask them to add ...": a lead that may open either form.
	for len(ts) > 3 && (ts[0] == "then" || ts[0] == "yes" || ts[0] == "meanwhile" ||
		ts[0] == "in" && ts[1] == "the" && (ts[2] == "meantime" || ts[2] == "meanwhile")) {
		if ts[0] == "in" {
			ts = ts[3:]
		} else {
			ts = ts[1:]
		}
	}
	if len(ts) < 3 {
		return false
	}
	if ts[0] == "you" && (ts[1] == "can" || ts[1] == "could") && uiVerbs[ts[2]] && len(ts) > 3 && (ts[3] == "it" || ts[3] == "them" || determiners.has(ts[3])) {
		return true // "In the meantime you can map it yourself"
	}
	k := 0
	// "Could you (please) try ...", "Can you try again", "Could you ask X to ...",
	// "Could someone on site connect ...".
	if requestModals.at(ts, 0) {
		if ts[1] != "you" {
			return false
		}
		k = 2
		if ts[k] == "please" {
			k++
		}
		if k < len(ts) && ts[k] == "ask" {
			for j := k + 1; j < len(ts) && j <= k+6; j++ {
				if ts[j] == "to" && j+1 < len(ts) {
					return uiVerbs[ts[j+1]] || remedyBase[ts[j+1]] && !infoVerbs[ts[j+1]]
				}
			}
			return false
		}
		if k < len(ts) && ts[k] == "try" {
			k++
			if k >= len(ts) {
				return false
			}
			if ts[k] == "again" || ts[k] == "the" || ts[k] == "one" {
				return true // "can you try again in a private window", "could you try the desktop client"
			}
			return strings.HasSuffix(ts[k], "ing") && !infoGerund(ts[k])
		}
		return false // "Could you switch the connector to the backup relay?": fixRequestedOrNamed's politeRequest
	}
	if endsQuestion(text) {
		return false
	}
	// A place before the instruction: "In 3CX go to ...", "On the phone, go
	// to ...", "In the meantime, please use ...": skip to the first comma or
	// to the verb within six words.
	if ts[0] == "in" || ts[0] == "on" || ts[0] == "for" || ts[0] == "until" {
		j := 1
		for j < len(ts) && j <= 6 && !uiVerbs[ts[j]] && ts[j] != "please" {
			j++
		}
		if j > 6 || j >= len(ts) {
			return false
		}
		k = j
	}
	for k < len(ts) && k <= 6 && instructionLead.has(ts[k]) && !uiVerbs[ts[k]] {
		k++
	}
	if k >= len(ts)-1 {
		return false
	}
	v := ts[k]
	if v == "ask" && k > 0 && ts[k-1] == "please" {
		// "please ask your IT team to add the attached key", "please ask
		// stores to ignore the suggestions and order manually"
		for j := k + 1; j+1 < len(ts) && j <= k+6; j++ {
			if ts[j] == "to" {
				w := ts[j+1]
				return uiVerbs[w] || remedyBase[w] || w == "ignore"
			}
		}
		return false
	}
	if !uiVerbs[v] || negAt(ts, 0, k) {
		return false
	}
	next := ts[k+1]
	switch v {
	case "go":
		return next == "to" || next == "into" || next == "back" // "Go to My Profile > Availability"
	case "sign", "log":
		return next == "in" || next == "out" || next == "into" || next == "them" || next == "off" || next == "back"
	case "turn", "switch", "power":
		return next == "off" || next == "on" || next == "it" || next == "them" || next == "the" || next == "your"
	case "keep":
		// "Please keep trading in offline mode", "Please leave the terminal
		// switched on": a workaround to hold, not "leave it with us".
		return k > 0 && ts[k-1] == "please" && next != "it" && next != "this" && next != "us" && next != "me" && next != "monitoring"
	case "open":
		// Only after a place ("In Entra, open the app", "On your phone, open
		// the Wi-Fi settings"): a bare "open the ..." also opens tickets,
		// links and screens to look at.
		return (ts[0] == "in" || ts[0] == "on") && next != "a" && next != "an"
	case "use":
		return next == "the" || next == "your" || next == "a" || next == "it" || next == "them"
	}
	return stepObjects.has(next) && next != "us" || instructionParticle.has(next)
}

// askedBack are the words of a step asked for the writer's own diagnosis or
// a meeting, not as a remedy: "restart the game and check your balance",
// "please join the below session", "try a build from main and report back".
var askedBack = newWordSet(map[string]bool{"check": true, "session": true, "meeting": true, "zoom": true, "confirm": true,
	"report": true, "test": true, "us": true, "ticket": true, "progress": true, "logs": true, "data": true,
	"print": true, "status": true, "results": true, "see": true})

// instructionParticle may follow an instruction's verb ("tap on ...", "hold down").
var instructionParticle = newWordSet(map[string]bool{"on": true, "off": true, "down": true, "up": true, "out": true,
	"in": true, "into": true, "back": true, "to": true, "with": true, "under": true, "from": true})

// infoGerund are the -ing forms of a request for information ("could you try
// checking whether ...", "try sending us the logs").
func infoGerund(t string) bool {
	switch t {
	case "checking", "sending", "looking", "calling", "contacting", "emailing", "confirming":
		return true
	}
	return false
}

// requestSubjects may follow "could/can/would" in a request of a step:
// the reader, someone on their side, or the people they look after.
var requestSubjects = newWordSet(map[string]bool{"you": true, "someone": true, "somebody": true, "they": true,
	"anyone": true, "your": true})

// politeRequest reports a polite request of a remedial step: "could/can/
// would" and the reader or someone on site, any "please", then a remedial or
// screen verb ("Could you restart the terminal and try a small payment?",
// "Could someone on site unplug the kiosk for 30 seconds?", "could they close
// and reopen the app?"), or "ask <someone> to" and one ("Could you ask the
// two viewers to close the app?"). Not a request for information ("could you
// send the logs", "tell me what you see"), a step asked for the writer's own
// check ("open the door and check ..."), a bare "open", nor a question of
// ability ("can you see ...").
func politeRequest(ts []string) bool {
	if len(ts) < 4 || !requestModals.at(ts, 0) || !requestSubjects.has(ts[1]) {
		return false
	}
	k := 2
	if ts[1] == "your" || ts[1] == "someone" || ts[1] == "somebody" || ts[1] == "anyone" {
		// "could your advisors ...", "could someone on site ...": skip up to
		// three words of who or where.
		for k < len(ts) && k <= 5 && !uiVerbs[ts[k]] && !remedyBase[ts[k]] && ts[k] != "please" {
			k++
		}
	}
	for k < len(ts) && (ts[k] == "please" || ts[k] == "just" || ts[k] == "also" || ts[k] == "now") {
		k++
	}
	if k >= len(ts)-1 {
		return false
	}
	for _, w := range ts {
		if askedBack.has(w) || infoVerbs[w] && w != "add" || w == "whether" || w == "output" {
			return false
		}
	}
	v := ts[k]
	if v == "ask" {
		for j := k + 1; j+1 < len(ts) && j <= k+6; j++ {
			if ts[j] == "to" {
				w := ts[j+1]
				return (uiVerbs[w] || remedyBase[w]) && !infoVerbs[w] && w != "open"
			}
		}
		return false
	}
	return (uiVerbs[v] || remedyBase[v]) && !infoVerbs[v] && v != "open" && v != "use" && v != "keep" && v != "go"
}

// askOpening reports an instruction that opens with "ask" and who is to
// take the step ("Ask the affected students to close Chrome completely").
// Not a request for information ("ask them to send the logs").
func askOpening(ts []string) bool {
	if ts[0] != "ask" {
		return false
	}
	for j := 1; j+1 < len(ts) && j <= 6; j++ {
		if ts[j] == "to" {
			w := ts[j+1]
			return (uiVerbs[w] || remedyBase[w]) && !infoVerbs[w] && w != "open"
		}
	}
	return false
}

// talkedThrough reports a step staff walked the reader through ("Talked
// him through a calibration", "Walked her through turning the band back on").
// Not a look taken together ("walked through the logs with him").
func talkedThrough(ts []string) bool {
	if len(ts) < 4 || ts[0] != "talked" && ts[0] != "walked" {
		return false
	}
	switch ts[1] {
	case "him", "her", "them", "you":
		return ts[2] == "through" && !askedBack.has(ts[3]) && ts[3] != "it" && ts[3] != "the" || ts[2] == "through" && ts[3] == "the" && len(ts) > 4 && !askedBack.has(ts[4]) && ts[4] != "logs"
	}
	return false
}

// hadPersons are who staff had take a step: a pronoun or a role.
var hadPersons = newWordSet(map[string]bool{"him": true, "her": true, "them": true, "the": true, "someone": true,
	"somebody": true})

// fixHadTake reports whether a staff sentence states a fix in one of these
// forms: a step staff had the reader take ("Had her hold the reset button
// for ten seconds", "Had them power the router off and on"). Not a thing
// someone had ("had her laptop with her", "had them in the queue"), nor a
// past perfect ("had restarted it", read by the other rules).
func fixHadTake(text string, sc *scan, staff bool) bool {
	ts := sc.ts
	if !staff || len(ts) < 4 || ts[0] != "had" || !hadPersons.has(ts[1]) {
		return false
	}
	k := 2
	if ts[1] == "the" {
		k = 3 // "had the customer ...", "had the site manager ..."
		if k < len(ts) && !remedyBase[ts[k]] && !uiVerbs[ts[k]] {
			k++
		}
	}
	if k >= len(ts)-1 {
		return false
	}
	v := ts[k]
	if (remedyBase[v] || uiVerbs[v] || v == "hold" || v == "power") && !infoVerbs[v] && !askedBack.has(v) {
		return formHit("fix:had", text)
	}
	return false
}
