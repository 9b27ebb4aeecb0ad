package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// The reporter's own statement of what broke is chosen by ranking the
// sentences of the message that reported it, rather than taking the first one
// the reader marked as a problem: the reader marks the consequence ("we can't
// see drug charts"), a guess at the cause ("maybe it's the update?") and the
// fault itself alike, and an opening often begins with a greeting, a form's
// fields or a line of context before it says what is wrong.

// faultWords say that something does not work: a failure, an error, a
// negation of function. A sentence with one states a fault.
var faultWords = newMatcher([]string{
	"no longer", "never", "none", "nobody", "no one", "can't", "cannot", "can not", "cant", "couldn't", "won't", "wont",
	"unable", "error*", "fail*", "broken", "break*", "down", "outage", "crash*", "stuck", "freez*", "frozen", "hang*",
	"blank", "missing", "slow*", "time out", "times out", "timing out", "timed out", "timeout*", "drop*", "disconnect*",
	"declin*", "reject*", "refus*", "bounc*", "offline", "unavailable", "invalid", "wrong", "incorrect", "loop*",
	"spinning", "stopped", "stops", "duplicat*", "gaps", "holes", "corrupt*", "lost", "losing", "empty", "denied",
	"expired", "faint", "cuts off", "cut off", "rings out", "ring out", "closes", "degraded", "still", "pending",
	"not working", "doesn't work", "not ready", "notready", "unresponsive", "not responding", "flatlined", "flat since",
	"502", "502s", "500", "500s", "503", "404", "taking over", "takes ages", "too long",
	"late", "delayed", "suspended", "locked out", "disabled", "on hold",
})

// arrivalVerbs after a negation name a function that failed ("have not
// received", "didn't arrive", "isn't printing"): a fault, not a bare denial.
var arrivalVerbs = map[string]bool{"received": true, "receive": true, "arrived": true, "arrive": true, "come": true,
	"came": true, "work": true, "worked": true, "load": true, "loaded": true, "open": true, "opened": true,
	"start": true, "started": true, "print": true, "printed": true, "sync": true, "synced": true, "connect": true,
	"connected": true, "delivered": true, "sent": true, "update": true, "updated": true, "show": true,
	"shown": true, "appear": true, "appeared": true, "reach": true, "reached": true, "run": true, "ran": true}

// ownDenials are a reporter's denial of their own part ("we did not change
// anything", "I did nothing wrong"): said to rule a cause out, never the
// statement of what broke.
var ownDenials = newMatcher([]string{"we did not", "we didn't", "we have not changed", "we haven't changed",
	"we have not touched", "we haven't touched", "we never", "i did not", "i didn't", "i have not changed",
	"i haven't changed", "i never", "i did nothing", "we did nothing", "nothing has changed", "nothing changed",
	"no change on our side", "no changes on our side", "no changes our side"})

// negations deny without naming a failure ("we haven't deployed anything"): a
// weaker sign of a fault than faultWords, unless a verb of function follows ("not showing").
var negations = newMatcher([]string{"not", "no", "nothing", "doesn't", "doesnt", "don't", "didn't", "isn't", "aren't",
	"hasn't", "haven't", "wasn't", "weren't"})

// guessWords mark a guess at the cause, not the statement of the fault.
var guessWords = newMatcher([]string{"i think", "we think", "i wonder", "could it be", "might be", "is it possible",
	"i suspect", "we suspect", "i guess", "not sure"})

// guessOpeners mark a guess when they begin the sentence ("Maybe it's the update?"), not inside it ("maybe 1 in 5").
var guessOpeners = newMatcher([]string{"maybe", "possibly", "perhaps", "probably"})

// describeFields are the labels of a form's fields whose value describes the
// problem or the request, matched whole.
var describeFields = map[string]bool{"description": true, "problem": true, "issue": true, "details": true, "detail": true,
	"summary": true, "symptoms": true, "symptom": true, "what happened": true, "reason": true, "justification": true,
	"fault": true, "problem description": true, "issue description": true, "request": true, "change": true,
	"requested change": true, "message": true}

// openers are sentences that greet, apologise or frame the message rather
// than say what is wrong: they rank only when they also state a fault.
var openers = newMatcher([]string{"hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "hope you*",
	"i hope", "sorry to bother", "sorry for", "thanks", "thank you", "regards", "kind regards", "best regards", "urgent",
	"submitted via", "sent from my", "chat started", "live chat", "call from", "phone call", "call with", "spoke to",
	"spoke with", "i am", "i'm", "this is"})

// field splits a form's field line ("Category: Printing") into its label and value; ok is false for a
// sentence that is not one (a label of at most four words, each beginning with a letter).
func field(s string) (label, value string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 || i+1 >= len(s) || s[i+1] != ' ' {
		return "", "", false
	}
	words := strings.Fields(s[:i])
	if len(words) == 0 || len(words) > 4 {
		return "", "", false
	}
	for _, w := range words {
		if c := w[0]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return "", "", false
		}
	}
	return s[:i], strings.TrimSpace(s[i+1:]), true
}

// opener reports whether s greets or frames rather than states: "Hi team,
// hope you're well", "[Chat started from the Help portal]", "URGENT.", "Steve rang 08:12."
func opener(s string) bool {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return true
	}
	l := lower(t)
	if w, ok := openers.find(l); ok && strings.HasPrefix(l, w) {
		return true
	}
	// A call note's first line: who rang and when.
	_, rang := callWords.find(l)
	return rang && len(strings.Fields(t)) <= 8
}

var callWords = newMatcher([]string{"rang", "phoned", "called", "call", "calling"})

// faultRank is how plainly l, a lowered sentence, states a fault: faultScore
// for a failure named, less for a bare negation, 0 for none.
func faultRank(l string) int {
	if _, ok := faultWords.find(l); ok {
		return faultScore
	}
	if w, ok := negations.find(l); ok {
		if i := strings.Index(l, w+" "); i >= 0 {
			next := strings.Fields(l[i+len(w):])
			if len(next) > 0 && strings.HasSuffix(strings.Trim(next[0], ".,;:!"), "ing") {
				return faultScore // "not showing", "isn't loading"
			}
			// "have not received", "hasn't yet arrived", "did not print"
			for k := 0; k < min(len(next), 3); k++ {
				if arrivalVerbs[strings.Trim(next[k], ".,;:!")] {
					return faultScore
				}
			}
		}
		return faultScore - 1
	}
	return 0
}

// faultScore is the rank a fault stated in words adds.
const faultScore = 4

// candidate is a sentence that may state the reporter's problem: its text
// (a form field's value without its label) and its rank.
type candidate struct {
	text  string
	score int
}

// rankProblem ranks a sentence of the message that reported the problem: a
// failure stated outright ranks above a bare negation, a described field, a
// guess or a question; greetings, framing and a form's other fields do not rank
// at all (ok false) unless they state a fault themselves.
func rankProblem(sn reader.Sentence) (candidate, bool) {
	text := strings.TrimSpace(sn.Text)
	if len(text) <= 15 {
		return candidate{}, false
	}
	c := candidate{text: text}
	desc := false
	if label, value, ok := field(text); ok {
		if describeFields[lower(label)] && len(value) > 15 {
			c.text, c.score, desc = value, 2, true // the form's description, without its label
		} else if faultRank(lower(value)) == 0 {
			return candidate{}, false // a form's field: what was asked for, not what broke
		}
	}
	l := lower(c.text)
	fault := faultRank(l)
	if fault == 0 && !desc && opener(c.text) {
		return candidate{}, false
	}
	c.score += fault
	if fault == 0 && sn.Acts&reader.Problem != 0 {
		c.score++ // the reader's mark counts where no fault is stated in words
	}
	_, guess := guessWords.find(l)
	if w, ok := guessOpeners.find(l); ok && strings.HasPrefix(l, w) {
		guess = true
	}
	if guess {
		c.score -= 3
	}
	if w, ok := ownDenials.find(l); ok && strings.Index(l, w) < 12 {
		c.score -= faultScore + 1 // a denial of one's own part, however worded
	}
	if strings.HasSuffix(c.text, "?") || sn.Acts&reader.Question != 0 {
		c.score -= faultScore
	}
	return c, true
}

// openingRank ranks a sentence as the opening's statement of what the message
// is about, when no sentence states a fault: a form's description first, then
// any sentence that says something, questions (requests) included.
func openingRank(sn reader.Sentence) (candidate, bool) {
	c, ok := rankProblem(sn)
	if !ok {
		return c, false
	}
	if c.text != strings.TrimSpace(sn.Text) {
		return candidate{text: c.text, score: 1}, true
	}
	return candidate{text: c.text}, true
}

// bestProblem returns the sentence of m that best states the problem, and
// whether any ranks at all; of equal ranks the earliest wins.
func bestProblem(m *reader.Message, rank func(reader.Sentence) (candidate, bool)) (candidate, reader.Sentence, bool) {
	var best candidate
	var at reader.Sentence
	found := false
	for _, sn := range m.Sentences {
		c, ok := rank(sn)
		if !ok {
			continue
		}
		if !found || c.score > best.score {
			best, at, found = c, sn, true
		}
	}
	return best, at, found
}

// staffOpened returns the message in which staff opened the ticket on the
// customer's behalf (notes of a call, a chat or a visit) before anyone else
// wrote, or -1. Such a note may read as automatic by its timing alone, as a
// robot's answer would; one automatic by its text or author is not a note.
func staffOpened(t *ticket.Ticket, rd *reader.Reading) int {
	if len(rd.Messages) == 0 {
		return -1
	}
	m := &rd.Messages[0]
	if t.Events[m.Event].Role != ticket.RoleAgent || m.Automatic && m.Why != "timing" {
		return -1
	}
	return 0
}
