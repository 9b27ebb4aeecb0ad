package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 11: fixes said as instructions to the reader, as a customer's report
// of a step done, and as a change gone live; and fixes refused inside a cause's
// narrative. Each form looks at the first words of a sentence or at one of a
// few words, so a sentence without them pays a map look-up or two.

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
var instructionLead = map[string]bool{"please": true, "kindly": true, "then": true, "and": true, "also": true,
	"now": true, "first": true, "next": true, "just": true, "simply": true, "meantime": true, "meanwhile": true,
	"the": true, "in": true, "for": true, "until": true, "so": true, "finally": true, "instead": true}

// instructed11 reports whether a staff sentence instructs the reader to take a
// step: an imperative of a screen or remedial step after any politeness or
// place ("Go to Settings → Wi-Fi, tap ...", "In 3CX, set the caller ID ...",
// "On your phone, open the Wi-Fi settings", "Please use the downtime
// procedure"), or a request to try one ("Could you try signing out and back
// in?", "Can you try again in a private window?", "Could you ask the team to
// unplug each handset ..."). Not a request for information ("please let us
// know", "could you send the logs"), a condition, a negation ("don't clear
// storage"), nor a step asked with "and let us know" (the labellers read those
// as questions).
func instructed11(text string, ts []string) bool {
	if len(ts) < 3 || !instructionForm(text, ts) || strings.Contains(text, "let us know") || strings.Contains(text, "let me know") {
		return false
	}
	for _, t := range ts {
		if askedBack[t] {
			return false // "join the below session", "restart it and check", "try a call and report back"
		}
	}
	return true
}

// instructionForm reports instructed11's forms before its refusals, which
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
	if ts[0] == "you" && (ts[1] == "can" || ts[1] == "could") && uiVerbs[ts[2]] && len(ts) > 3 && (ts[3] == "it" || ts[3] == "them" || determiners[ts[3]]) {
		return true // "In the meantime you can map it yourself"
	}
	k := 0
	// "Could you (please) try ...", "Can you try again", "Could you ask X to ...",
	// "Could someone on site connect ...".
	if ts[0] == "could" || ts[0] == "can" || ts[0] == "would" {
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
		return false // "Could you switch the connector to the backup relay?": fix16's politeRequest
	}
	if strings.HasSuffix(strings.TrimSpace(text), "?") {
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
	for k < len(ts) && k <= 6 && instructionLead[ts[k]] && !uiVerbs[ts[k]] {
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
	return stepObjects[next] && next != "us" || instructionParticle[next]
}

// askedBack are the words of a step asked for the writer's own diagnosis or
// a meeting, not as a remedy: "restart the game and check your balance",
// "please join the below session", "try a build from main and report back".
var askedBack = map[string]bool{"check": true, "session": true, "meeting": true, "zoom": true, "confirm": true,
	"report": true, "test": true, "us": true, "ticket": true, "progress": true, "logs": true, "data": true,
	"print": true, "status": true, "results": true, "see": true}

// instructionParticle may follow an instruction's verb ("tap on ...", "hold down").
var instructionParticle = map[string]bool{"on": true, "off": true, "down": true, "up": true, "out": true,
	"in": true, "into": true, "back": true, "to": true, "with": true, "under": true, "from": true}

// infoGerund are the -ing forms of a request for information ("could you try
// checking whether ...", "try sending us the logs").
func infoGerund(t string) bool {
	switch t {
	case "checking", "sending", "looking", "calling", "contacting", "emailing", "confirming":
		return true
	}
	return false
}

// didWords open a customer's report that the step asked of them is done:
// "Done that.", "did that, still 5003", "We did the download in all 8",
// "I did everything but ...", "Done both of those this morning".
var didObjects = map[string]bool{"that": true, "it": true, "this": true, "both": true, "all": true,
	"everything": true, "the": true, "so": true, "those": true, "them": true, "as": true}

// didReported11 reports whether a customer (after the opening) says they did
// the step asked or tried one: "done"/"did" (after any ok, yes, thanks or a
// first person) before its object, "tried <something>", and "off and on"
// ("We have turned them off and on", "switched the printer off and on, no
// change"). Not a question, a negation ("didn't do that"), a plan ("will do
// that") nor "did" as an auxiliary ("did it work?", "did you get").
func didReported11(ts []string) bool {
	if !didForm(ts) {
		return false
	}
	for _, t := range ts {
		switch t {
		case "fine", "worked", "works", "working", "perfect", "perfectly":
			return false // "Done, all four are fine now": the restoration
		}
	}
	return true
}

// didForm reports didReported11's forms before its refusal, which runs only
// on a sentence that has one.
func didForm(ts []string) bool {
	for k := 0; k+1 < len(ts) && k <= 6; k++ {
		t := ts[k]
		switch t {
		case "done", "did":
			if k > 0 {
				p := ts[k-1]
				if p != "i" && p != "we" && p != "have" && p != "i've" && p != "we've" && p != "ok" && p != "okay" &&
					p != "yes" && p != "already" && p != "just" && p != "all" && p != "thanks" && p != "say" {
					continue
				}
			}
			if !didObjects[ts[k+1]] || negAt(ts, 0, k) {
				continue
			}
			if ts[k+1] == "it" && k+2 < len(ts) && (ts[k+2] == "work" || ts[k+2] == "help") {
				continue // "did it work"
			}
			return true
		case "tried":
			if negAt(ts, 0, k) || ts[k+1] == "to" || ts[k+1] == "and" || ts[k+1] == "calling" || ts[k+1] == "phoning" ||
				ts[k+1] == "contacting" || ts[k+1] == "emailing" || ts[k+1] == "ringing" || ts[k+1] == "logging" {
				continue // "tried to call", "tried logging in": a contact or the symptom
			}
			if !stepObjects[ts[k+1]] && remedyForms[ts[k+1]] != 'g' {
				continue // "tried scanning", "tried multiple emails", "tried after deleting"
			}
			return k == 0 || ts[k-1] == "i" || ts[k-1] == "we" || ts[k-1] == "have" || ts[k-1] == "also" ||
				ts[k-1] == "already"
		case "tapped", "ticked", "unticked", "clicked", "pressed", "entered", "added", "installed",
			"reinstalled", "restarted", "rebooted", "cleared", "changed", "removed", "reset", "enabled", "disabled":
			// "Added it.", "I tapped it, it says ...": a step just asked
			// of them, reported with its object, first in the sentence;
			// not "uploaded" or "ran" (a file or a query given to the
			// investigation: "I have uploaded the image").
			if k > 2 || k > 0 && !customerLead[ts[k-1]] || !stepObjects[ts[k+1]] || negAt(ts, 0, k) {
				continue
			}
			return true
		case "off", "on":
			if k+2 < len(ts) && ts[k+1] == "and" && (ts[k+2] == "on" || ts[k+2] == "off") && ts[k+2] != t {
				return !negAt(ts, 0, k)
			}
		}
	}
	return false
}

// customerLead may come before the verb of a customer's step reported done.
var customerLead = map[string]bool{"ok": true, "okay": true, "yes": true, "i": true, "we": true, "just": true,
	"have": true, "i've": true, "we've": true, "thanks": true, "also": true, "now": true}

// liveChange11 reports whether a staff sentence says a change went in or is in
// place: "the rule went in at 10:12", "the 25 g tolerance went live",
// "Both changes are in place on ml-staging", "the restriction has been live
// since 18:10". Not a plan ("will go live", "goes live on Monday"), a
// question, a negation.
func liveChange11(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		t, next := ts[k], ts[k+1]
		live := t == "went" && (next == "live" || next == "in" && k+2 < len(ts) && (ts[k+2] == "at" || ts[k+2] == "on" || isNumber(ts[k+2]))) ||
			t == "been" && next == "live" ||
			(t == "is" || t == "are") && next == "in" && k+2 < len(ts) && ts[k+2] == "place"
		if !live || negAt(ts, 0, k) {
			continue
		}
		if w, _ := hedges.find(ts[:k]); w >= 0 {
			continue
		}
		for _, w := range ts[:k] {
			if w == "everything" || w == "asked" {
				return false // "Everything you asked for is in place": the request done
			}
			if w == "will" || w == "if" || w == "when" || w == "once" || w == "fix" {
				return false
			}
		}
		return true
	}
	return false
}

// sentCarriers are what a fix is sent as: a code, a key, a licence, an
// invitation ("Sent the code via managed app config", "they have now sent
// new keys to the terminal"), not a message or the logs ("email sent to
// the dev team", "sent you the logs").
var sentCarriers = map[string]bool{"code": true, "codes": true, "key": true, "keys": true, "licence": true,
	"license": true, "invitation": true, "invite": true, "certificate": true, "cert": true, "credentials": true,
	"token": true, "password": true, "passwords": true, "parameters": true, "config": true, "configuration": true}

// sentStep reports whether a staff sentence says the writer or a third
// party sent a carrier of the fix: "sent"/"re-sent" (opening the sentence,
// or after I/we/they with any "have", "now", "just") and a carrier within
// three words.
func sentStep(ts []string) bool {
	for k := 0; k+1 < len(ts) && k <= 4; k++ {
		if ts[k] != "sent" && ts[k] != "re-sent" && ts[k] != "resent" {
			continue
		}
		j := k - 1
		for j >= 0 && (ts[j] == "now" || ts[j] == "just" || ts[j] == "also" || ts[j] == "have" || ts[j] == "has") {
			j--
		}
		if j >= 0 && !(ts[j] == "i" || ts[j] == "we" || ts[j] == "they" || ts[j] == "i've" || ts[j] == "we've" || ts[j] == "they've") {
			return false
		}
		if j >= 0 && negAt(ts, 0, k) {
			return false
		}
		for _, w := range ts[k+1 : min(len(ts), k+5)] {
			if sentCarriers[w] {
				return true
			}
		}
		return false
	}
	return false
}

// fix11 reports whether a sentence states a fix in one of round 11's forms.
func fix11(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if len(ts) < 2 {
		return false
	}
	if staff && c.Opening {
		return false
	}
	if staff {
		return !c.Opening && (instructed11(text, ts) || liveChange11(ts) || sentStep(ts) || !strings.HasSuffix(strings.TrimSpace(text), "?") && offAndOn(ts))
	}
	if c.Role != ticket.RoleCustomer || strings.HasSuffix(strings.TrimSpace(text), "?") {
		return false
	}
	if c.Opening {
		// The reporter's own attempts, in the opening, count when they say
		// it did not help: "We've already restarted the router a few times
		// and swapped the cable, no change", "reinstalled twice already".
		return failedAttempt(ts) && (didReported11(ts) || ownRemedy(ts, sc.cls))
	}
	return didReported11(ts)
}

// offAndOn reports "<switched|turned> ... off and on", an attempt by anyone.
func offAndOn(ts []string) bool {
	for k := 1; k+2 < len(ts); k++ {
		if (ts[k] == "off" || ts[k] == "on") && ts[k+1] == "and" && (ts[k+2] == "on" || ts[k+2] == "off") && ts[k+2] != ts[k] {
			return !negAt(ts, 0, k)
		}
	}
	return false
}

// causeNarrative11 reports whether a sentence read as a cause tells its
// remedial verb as part of the cause's story rather than as the writer's
// remedy: a connective of explanation ("so", "because", "which", "why",
// "since") and no first-person perfect or "now" that would make the step
// the writer's own ("we've rolled back, so ..."): "the key was rotated on 3
// Mar ... so every file fails", "the update Ricoh applied on Thursday reset
// the security settings, so ...".
func causeNarrative11(ts []string) bool {
	connective := false
	for k, t := range ts {
		switch t {
		case "so", "because", "which", "why", "since":
			connective = true
		case "i", "we", "i've", "we've", "now", "i'll", "we'll", "workaround", "temporarily", "have", "please", "needs", "need":
			return false // "so we reset all the passwords", "needs to be renewed", "please find the updated trigger"
		}
		if connective && (actors[t] || t == "developer") && k+1 < len(ts) && ts[k+1] != "had" && ts[k+1] != "was" {
			return false // "... so the developer changed its configuration"
		}
		if outcomeVerbs[t] {
			return false // "solved after applying the recommendations"
		}
	}
	return connective
}

// failedAttempt reports whether a sentence marks an attempt as repeated or
// fruitless: "already", "twice", "a few times", "no change", "the same" (not
// "still", which more often tells the symptom that stayed).
func failedAttempt(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "already", "twice", "same", "times":
			return true
		case "no":
			if k+1 < len(ts) && (ts[k+1] == "change" || ts[k+1] == "difference" || ts[k+1] == "luck") {
				return true
			}
		}
	}
	return false
}
