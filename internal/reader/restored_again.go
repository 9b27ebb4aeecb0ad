package reader

import "strings"

// A thing at its work again, after a remedy, whatever its verb, with the
// verb's object, particle or manner between it and "again" (round 35): one
// clause of the sentence, its subject a thing and not the writer, its
// predicate a verb in "-ing", a present of a service's work, "can" and a
// verb, or a verb of being with a state or place:
//
//   - "the catalogue links open correctly from off campus again" (styles5),
//     "Balances reconcile to the points ledger again" (styles7), "roof-box
//     amendments price normally again" (styles28), "both codes go through at
//     checkout again" (styles36), "your cached URLs work again" (styles46);
//   - "the turnstiles were letting members through again" (styles25), "taps
//     are being approved again" (styles29), "the reset links are getting
//     through again" (styles41), "the texts are going out again" (styles46);
//   - "the rooms are on the full plan again" (styles29), "they're all on 4G
//     data again" (styles42), "gate see temperatures again" (styles35).
//
// Refused: the writer's own step ("I've started it again", "sent the
// instruction again"), an attempt or instruction ("please try again", "ask
// him to tap again"), a recurrence ("it's happening again", "it's gone into
// standby again", "It is closing again"), a future or condition ("so this
// shouldn't happen again", "won't fill up again"), a negation and a fault
// word anywhere in the clause. Only after a remedy: staff's or the system's
// last message read a fix or a restoration (Context.AfterRemedy), an earlier
// sentence of the message did (Context.RemedyBefore), or the sentence's own
// earlier clause is staff's fix ("We've updated the proxy and ...").

// againStops refuse a clause for thingAgain: the shared report stops, and a
// recurrence, an attempt or a fault.
var againStops = newWordSet(withReportStops("should", "shouldn't", "won't", "never", "once", "tried", "retry", "tap", "happen",
	"happens", "happened", "another", "same", "error", "errors", "issue", "issues", "problem", "problems", "down",
	"missing", "blank", "crash", "crashed", "crashing", "closing", "standby", "complaints", "shut", "sorry", "ask",
	"asked", "annoyingly", "red", "rang", "called", "expired", "declining", "declined", "refused",
	"refusing", "dropping", "offline", "late", "no", "not", "nothing", "nobody", "none", "before", "locked", "frozen",
	"dead", "black", "gone", "lost", "stopped", "pending", "unavailable", "unreachable", "disconnected", "hung", "looping"))

// againSteps are words before "again" that make it the writer's step or
// attempt, not a thing at work: "started it again", "looked again".
var againSteps = newWordSet(map[string]bool{"it": true, "them": true, "him": true, "her": true, "this": true, "that": true,
	"me": true, "us": true, "you": true, "once": true, "start": true, "started": true, "starts": true, "keep": true,
	"keeps": true, "kept": true, "stop": true, "stopped": true, "try": true, "looked": true, "checked": true,
	"and": true, "now": true})

// pastStep are irregular pasts that open a writer's terse note of a step.
var pastStep = newWordSet(map[string]bool{"ran": true, "re-ran": true, "reran": true, "sent": true, "re-sent": true, "resent": true,
	"put": true, "set": true, "made": true, "did": true, "gave": true, "took": true, "rebuilt": true, "built": true})

// thingAgain reports a restoration of the form above; remedy says the
// context gates are met (the caller's).
func thingAgain(text string, staff, ownFix bool) bool {
	if !strings.Contains(text, "again") && !strings.Contains(text, "Again") {
		return false
	}
	first, cond := true, false
	for rest := text; rest != ""; {
		cl, next := nextAgainClause(rest)
		rest = next
		if strings.Contains(cl, "again") && (!ownFix || !first) && !cond && againClause(cl, staff) {
			return true
		}
		if t := strings.TrimSpace(cl); t != "" {
			first = false
			// a condition's clause governs the next: "After saving, the 11
			// jobs can be pre-translated again"
			cond = conditionLead(t)
		}
	}
	return false
}

// conditionLead reports a clause that opens with a condition or a time
// before the main clause.
func conditionLead(cl string) bool {
	w, _, _ := strings.Cut(strings.ToLower(cl), " ")
	switch w {
	case "if", "after", "when", "once", "before", "unless", "until", "whenever":
		return true
	}
	return false
}

// nextAgainClause cuts text at its first clause boundary: a comma,
// semicolon, colon, dash, or " and " / " so " between words.
func nextAgainClause(text string) (clause, rest string) {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case ',', ';', ':':
			return text[:i], text[i+1:]
		case '-':
			if i > 0 && i+1 < len(text) && text[i-1] == ' ' && text[i+1] == ' ' {
				return text[:i], text[i+1:]
			}
		case ' ', '\n':
			if s := text[i+1:]; len(s) > 4 && (s[:4] == "and " || s[:4] == "and\n") {
				return text[:i], s[4:]
			} else if len(s) > 3 && (s[:3] == "so " || s[:3] == "so\n") {
				return text[:i], s[3:]
			}
		case 0xe2: // en and em dashes
			if strings.HasPrefix(text[i:], "–") || strings.HasPrefix(text[i:], "—") {
				return text[:i], text[i+3:]
			}
		}
	}
	return text, ""
}

// againClause reads one clause: a thing, its predicate, the predicate's
// words, "again".
func againClause(cl string, staff bool) bool {
	var buf [40]string
	ts := tokens(cl, buf[:0])
	a := -1
	for k, t := range ts {
		if againStops.has(t) {
			return false
		}
		if t == "again" && a < 0 {
			a = k
		}
	}
	if a < 2 || a > 12 || againSteps.has(ts[a-1]) || negAt(ts, 0, len(ts)) {
		return false
	}
	can := false
	for _, t := range ts[:a] {
		if t == "can" || t == "could" {
			can = true
		}
	}
	if ownSubject(ts[:a], staff) && !can {
		return false
	}
	if strings.HasSuffix(ts[0], "ed") || pastStep.has(ts[0]) {
		return false // the writer's terse step: "ran the sync again"
	}
	switch ts[0] {
	case "i", "we", "i've", "we've", "i'd", "we'd", "you", "you've", "please", "then", "if":
		if !can {
			return false
		}
	}
	from := 1
	if ts[0] == "it's" || ts[0] == "they're" {
		from = 0 // the subject in the verb: "they're all on 4G data again"
	}
	for j := from; j < a; j++ {
		if againPredicate(ts, j, a) {
			return true
		}
	}
	return false
}

// againPredicate reports whether ts[j] is the predicate of a thing at work,
// "again" at ts[a].
func againPredicate(ts []string, j, a int) bool {
	w := ts[j]
	switch {
	case len(w) >= 5 && strings.HasSuffix(w, "ing"):
		switch w {
		case "going", "getting":
			return j+1 < a && (ts[j+1] == "out" || ts[j+1] == "through" || ts[j+1] == "across")
		case "showing":
			return j+1 == a
		}
		return !ingNotWork.has(w)
	case servicePresent.has(w):
		switch ts[j-1] {
		case "the", "a", "an", "your", "our", "my", "their", "his", "her", "its":
			return false // a noun: "ran the sync"
		}
		return !isPronoun(ts[j-1])
	case w == "go" || w == "goes" || w == "price" || w == "prices":
		return j+1 < a && (ts[j+1] == "through" || ts[j+1] == "out" || ts[j+1] == "normally" || ts[j+1] == "correctly")
	case w == "can" || w == "see":
		return j+1 < a || w == "see"
	case w == "is" || w == "are" || w == "it's" || w == "they're":
		if j+1 < a && strings.HasSuffix(ts[j+1], "ing") && ts[j+1] != "being" {
			return false // the "-ing" after it decides: not "it's happening again"
		}
		return j+1 < a && ts[j+1] != "back" && ts[j+1] != "being" || j+2 < a && ts[j+1] == "being"
	}
	return false
}
