package reader

import "strings"

// A customer's reply answers staff's last message whatever staff's words
// were read as: after staff asked them to take a step ("In the client, pick
// the SSL profile and connect", "please use this new link", "could you tap
// Send code once more?") or announced something sent their way ("your case
// left the warehouse this morning", "the transfer was sent today", "I've
// resent the confirmations"), the customer's "connected.", "ok I'm in",
// "reds arrived, cheers" reports the result, as after a fix. stepAsked reads
// such a staff sentence; Read then sets Context.AfterRemedy for the
// customer's next message (round 23, docs/quality.md). The sentence itself is not read as a
// fix: the labels keep instructions that are not remedial steps, and
// dispatches, out of the fix act, and the rules for those are elsewhere
// (fix_instructions.go). The context does not touch Context.Opening: a
// customer's first message after an instruction may still report the
// problem ("please use the new portal from Monday" before "I can't log in
// to the new portal").

// askedVerbs are the base forms of a step the reader may be asked to take:
// the screen steps and remedial verbs of instructions, and a few verbs of
// trying or doing something, not of giving information (infoVerbs).
var askedVerbs = newWordSet(func() map[string]bool {
	m := map[string]bool{"try": true, "pick": true, "connect": true, "download": true, "run": true,
		"do": true, "install": true, "scan": true, "print": true, "reprint": true, "join": true, "update": true,
		"upload": true, "save": true, "submit": true, "retry": true, "refresh": true}
	for v := range uiVerbs {
		m[v] = true
	}
	for v := range remedyBase {
		m[v] = true
	}
	for v := range infoVerbs {
		delete(m, v)
	}
	return m
}())

// stepAsked reports whether a staff sentence asks the reader to take a step
// or announces something sent to them:
//
//   - an imperative after any lead or place: "Try one more restart on that
//     one", "In the client, pick the SSL profile and connect", "Please
//     update from the store";
//   - "please" and a step within the sentence: "Here is the new link -
//     please use this one";
//   - a request of a step: "Could you tap Send code once more?", "can you
//     try clearing the cache?", "could someone do a manual end of day?";
//   - a dispatch: "shipped", "dispatched", "resent", "was sent", "sent to
//     your ...", "left the warehouse", "on its way".
//
// Not a request for information ("please let us know", "could you check
// the logs"), a negation ("please don't restart it"), a question of ability
// ("can you see it?"), a question whose auxiliary opens it ("do the
// batches scan today?": an imperative has no question mark, and a sentence
// opening with "do" is read as one only after "please"), nor a report sent
// elsewhere ("I've sent it to our network team").
func stepAsked(text string, ts []string) bool {
	if len(ts) < 2 {
		return false
	}
	if k := leadEnd(ts); k < len(ts) && ts[k] != "do" && imperativeStep(ts, k) && !strings.HasSuffix(trimTail(text), "?") {
		return true
	}
	for k, t := range ts {
		if requestModals.at(ts, k) {
			if k+2 < len(ts) && (ts[k+1] == "you" || ts[k+1] == "someone" || ts[k+1] == "somebody") && requestedStep(ts, k+2) {
				return true
			}
			continue
		}
		switch t {
		case "please":
			if k > 0 && imperativeStep(ts, k+1) {
				return true
			}
		case "shipped", "dispatched", "resent", "re-sent", "couriered":
			return !negAt(ts, 0, k)
		case "sent":
			if k > 0 && (ts[k-1] == "was" || ts[k-1] == "were" || ts[k-1] == "been") || sentToReader(ts, k) {
				return !negAt(ts, 0, k)
			}
		case "left":
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				if ts[j] == "warehouse" || ts[j] == "depot" {
					return true
				}
			}
		case "way":
			if k >= 2 && ts[k-1] == "its" && ts[k-2] == "on" {
				return true // "the replacement is on its way"
			}
		}
	}
	return false
}

// leadEnd returns where an imperative may start: after a politeness, a
// sequence word ("then", "now", "ok"), or a place of up to five words ("In
// FortiClient, pick ...", "On the terminal, press ...").
func leadEnd(ts []string) int {
	k := 0
	if ts[0] == "in" || ts[0] == "on" {
		for j := 1; j < len(ts) && j <= 5; j++ {
			if askedVerbs.has(ts[j]) && j+1 < len(ts) && stepObjects.has(ts[j+1]) {
				return j
			}
		}
	}
	for k < len(ts) && k < 4 && (instructionLead.has(ts[k]) || ts[k] == "ok" || ts[k] == "great" || ts[k] == "thanks") {
		k++
	}
	return k
}

// imperativeStep reports a step verb at k that opens an imperative: its
// object, a particle or "again" follows ("use this one", "update from the
// store", "try again"); "try", "press", "tap" and "click" take any word
// ("press Manual release").
func imperativeStep(ts []string, k int) bool {
	if k >= len(ts)-1 {
		return false
	}
	v, next := ts[k], ts[k+1]
	if !askedVerbs.has(v) {
		return false
	}
	switch v {
	case "try", "press", "tap", "click":
		return next != "to" && next != "and" // "try to", "try and" are the writer's own attempts
	case "update":
		return stepObjects.has(next) // not "Update on the ticket: ..."
	}
	return stepObjects.has(next) && next != "us" || instructionParticle.has(next) || next == "again" || next == "once"
}

// requestedStep reports a step asked after "could you" at k: any "please" or
// "just", then "try" and a gerund or "again", or a step verb that is not a
// look ("could you tap Send code once more?", "can you try signing in
// again?"). Not "could you check", "can you see", "could you send us".
func requestedStep(ts []string, k int) bool {
	for k < len(ts) && (ts[k] == "please" || ts[k] == "just" || ts[k] == "also" || ts[k] == "now") {
		k++
	}
	if k >= len(ts)-1 {
		return false
	}
	if ts[k] == "try" {
		w := ts[k+1]
		return w == "again" || w == "once" || w == "one" || w == "a" || w == "the" ||
			len(w) > 4 && w[len(w)-3:] == "ing" && !infoGerund(w)
	}
	return askedVerbs.has(ts[k]) && ts[k] != "open" && ts[k] != "keep" && ts[k] != "go" && imperativeStep(ts, k)
}

// sentToReader reports "sent" at k with the reader as its recipient: "sent
// you", "sent a test order to your tablet", "sent ... to you".
func sentToReader(ts []string, k int) bool {
	if k+1 < len(ts) && ts[k+1] == "you" {
		return true
	}
	for j := k + 1; j+1 < len(ts) && j <= k+6; j++ {
		if ts[j] == "to" {
			return ts[j+1] == "you" || ts[j+1] == "your"
		}
	}
	return false
}
