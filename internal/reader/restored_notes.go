package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Two short ways staff state that the service is back (round 25, docs/quality.md), which the
// labellers read as the restoration and the other rules miss:
//
//   - the state expected now, after staff's own remedy: "the scanners should
//     be working again now", "your reports should now be correct again",
//     "Sage should be back to normal speed now; can you confirm?". Staff say
//     "should" of a result they have brought about and ask the customer to
//     check it; the sets label it restored (in the tuning sets, 30 of 33
//     staff sentences with "should" and a later "now" or "again" are
//     restored). A request to check may follow in the same sentence. Not a
//     prevention ("that should stop it happening again"), an instruction to
//     a person ("anyone who still sees it should close the app and open it
//     again"), a condition or a later time ("once the sync runs it should
//     be fine again"), a denial ("nothing should go out from now on");
//   - a state with the clock time it came back, in a staff note: "link up at
//     07:12", "controller heartbeat back 09:02", "Studio 2 back on air
//     06:14", "gates 1-6 open 08:41". Not a step with a time ("rolled back
//     10:38", "rang him back 11:20": a verb before the state word), opening
//     hours ("the desk is open 08:00-18:00": an auxiliary before it, a range
//     after), a deadline ("must be back by 05:00").
//
// Both read only staff's sentences outside the opening; a system's notice
// has its own rules (recoveryReport).

// expectedStops make an expected state something other than a result now:
// a condition, a later time, a remainder, a contrast, a hedge.
var expectedStops = newWordSet(map[string]bool{"once": true, "if": true, "when": true, "whenever": true, "until": true,
	"unless": true, "tomorrow": true, "tonight": true, "later": true, "soon": true, "next": true, "still": true,
	"but": true, "except": true, "might": true, "may": true, "maybe": true, "probably": true, "nothing": true,
	"nobody": true, "no-one": true})

// expectedNotVerbs after "should" say what the remedy prevents or what
// someone is to do, not a state now: "should stop it", "should buy some
// time", "should help", "should contact us".
var expectedNotVerbs = newWordSet(map[string]bool{"stop": true, "prevent": true, "avoid": true, "buy": true, "help": true,
	"fix": true, "sort": true, "solve": true, "resolve": true, "cure": true, "reduce": true, "contact": true,
	"call": true, "ring": true, "email": true, "expect": true, "go": true, "take": true, "last": true,
	"arrive": true})

// personSubject are the subjects of an instruction in "should": a person
// who should do something ("you should restart it again").
var personSubject = newWordSet(map[string]bool{"you": true, "anyone": true, "everyone": true, "someone": true,
	"users": true, "staff": true, "they": true, "he": true, "she": true, "we": true, "i": true})

// restoredExpected reports a staff sentence stating the service's state
// expected now (the first form above). question says the sentence was read
// as a question: it counts only when the request to check follows the state.
func restoredExpected(text string, sc *scan, c Context, question bool) bool {
	ts := sc.ts
	if c.Role != ticket.RoleAgent || c.Opening || len(ts) < 3 || testEnv.hasIn(sc) {
		return false
	}
	k := -1
	for i, t := range ts {
		if t == "should" {
			k = i
			break
		}
	}
	if k < 0 || negAt(ts, k-3, k+4) {
		return false
	}
	for _, t := range ts {
		if expectedStops.has(t) || recurVerbs[t] && t != "come" && t != "see" || t == "happening" {
			return false
		}
	}
	v := k + 1
	for v < len(ts) && (ts[v] == "now" || ts[v] == "all" || ts[v] == "also" || ts[v] == "then") {
		v++
	}
	if k > 0 && ts[k-1] == "which" {
		return false // "..., which should buy us time": the step's effect foretold
	}
	if v >= len(ts) || expectedNotVerbs.has(ts[v]) || ts[v] != "be" && k > 0 && personSubject.has(ts[k-1]) && askedVerbs.has(ts[v]) {
		return false
	}
	at := -1
	for j := k + 1; j < len(ts) && j <= k+9; j++ {
		if ts[j] == "now" && !(j+1 < len(ts) && ts[j+1] == "on") || ts[j] == "again" {
			at = j
			break
		}
	}
	if at < 0 {
		return false
	}
	if !question {
		return true
	}
	if interrogatives.at(ts, 0) {
		return false
	}
	for j := at + 1; j < len(ts); j++ {
		switch ts[j] {
		case "can", "could", "would", "please", "pls", "let":
			return true // "...now; can you confirm?"
		}
	}
	return false
}

// clockStates are the words of a state a staff note times: "back", "up",
// "online", "open" and "on air".
var clockStates = newWordSet(map[string]bool{"back": true, "up": true, "online": true, "open": true, "air": true})

// clockNotBefore before the state word make it a step or a state to come:
// an auxiliary or modal (opening hours, a plan), a verb of a step ("rang
// back", "put back", "came up" is left to the other rules).
var clockNotBefore = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "to": true, "will": true, "must": true, "should": true, "rang": true, "ring": true,
	"call": true, "put": true, "set": true, "roll": true, "came": true, "come": true, "went": true,
	"go": true, "got": true, "get": true, "brought": true, "bring": true, "sent": true, "send": true,
	"picked": true, "pick": true, "back": false, "we're": true, "i'm": true, "it's": true, "they're": true,
	"not": true, "never": true, "stay": true, "stays": true, "keep": true})

// stateAtClock reports the second form above: a state word, then at most
// "at", "since" or "from", then a clock time.
func stateAtClock(text string, ts []string, c Context) bool {
	if c.Role != ticket.RoleAgent || c.Opening {
		return false
	}
	for k := 1; k+2 < len(ts); k++ {
		if !clockStates.has(ts[k]) || ts[k] == "air" && ts[k-1] != "on" {
			continue
		}
		j := k + 1
		if j < len(ts) && (ts[j] == "at" || ts[j] == "since" || ts[j] == "from" && ts[k] != "open") {
			j++
		}
		if j+1 >= len(ts) || !isNumber(ts[j]) || !isNumber(ts[j+1]) || !strings.Contains(text, ts[j]+":"+ts[j+1]) {
			continue
		}
		p := k - 1
		if ts[k] == "air" {
			p-- // "back on air"
		}
		if p > 0 && ts[p] == "back" && ts[k] != "back" {
			p-- // "back online 06:41"
		}
		if p < 0 {
			continue
		}
		b := ts[p]
		if clockNotBefore.has(b) || len(b) > 3 && strings.HasSuffix(b, "ed") || p > 0 && stepVerbBefore(ts[max(0, p-3):p]) {
			continue // "rang Owen back 11:20", "put the old driver back at 02:10"
		}
		if negAt(ts, 0, j) {
			return false
		}
		return true
	}
	return false
}

// clockStepVerbs put something or someone back: with one of them just
// before the subject, the state word is the step's ("rang Owen back").
var clockStepVerbs = newWordSet(map[string]bool{"rang": true, "rung": true, "called": true, "phoned": true, "ring": true,
	"call": true, "rolled": true, "swapped": true, "put": true, "moved": true, "switched": true, "turned": true,
	"set": true, "brought": true, "failed": true, "picked": true, "pick": true, "filled": true})

// stepVerbBefore reports a verb of clockStepVerbs among ws.
func stepVerbBefore(ws []string) bool {
	for _, w := range ws {
		if clockStepVerbs.has(w) {
			return true
		}
	}
	return false
}
