package reader

import (
	"regexp"
	"strings"
)

// A step and its result in one staff sentence (round 31): the writer (or a
// party they name: "they") did the remedy and, in a later clause joined by
// "and", "so", a colon or a semicolon, something other than a person shows
// the state after it, marked by "now", "again", a closing "since" or a clock
// time: "I've restarted the job and the backlog went through at 10:12",
// "We've moved the feed onto the new host, so the page loads again", "I
// re-sent the batch: 10 have been registered and their links resolve now".
// docs/labelling.md's border "a restoration mid-sentence": both acts on the
// sentence.
//
// The result clause has its own subject that is not a person of the ticket
// (I, we, you, he, she, they) nor a verb, and no modal or future ("should",
// "will", "can"), condition, negation, fault or problem word, hedge, "still",
// plan, contrast or work under way ("looking", "waiting"); "from now on" is
// prevention, "since March" a range of the work, and a subject the step made
// ("the new code is in your inbox now") a fulfilment delivered. Only staff's
// sentences the rules read as a fix are read, never an opening.
//
// Kept by the generality rule: 16 true rows in 14 sets by different writers
// (styles5 to styles50), 2 false ones, both on that border ("I removed the
// device, re-scanned, and the bridge software picked up COM4 again";
// "... and the connector is sending the backlog now").

// stepDoers open the step's clause: the writer or a party acting for them.
var stepDoers = map[string]bool{"i": true, "i've": true, "we": true, "we've": true, "they": true, "they've": true}

// resultSubjectStops may not open a result clause: people of the ticket,
// words that continue the step ("then", "also") and a verb with no subject.
var resultSubjectStops = map[string]bool{"i": true, "i've": true, "i'll": true, "i'm": true, "i'd": true, "we": true,
	"we've": true, "we'll": true, "we're": true, "we'd": true, "you": true, "you'll": true, "you've": true, "you're": true,
	"he": true, "she": true, "he's": true, "she's": true, "they": true, "they'll": true, "they're": true, "they've": true,
	"then": true, "also": true, "let": true, "please": true, "if": true, "once": true, "when": true, "until": true,
	"as": true, "to": true, "which": true, "is": true, "are": true, "was": true, "were": true, "have": true, "has": true,
	"had": true, "been": true, "and": true, "or": true, "with": true, "for": true, "in": true, "on": true, "from": true, "that": true, "this": true, "thanks": true, "thank": true}

// resultClauseStops make a clause something other than a result shown.
var resultClauseStops = map[string]bool{"will": true, "should": true, "would": true, "could": true, "can": true,
	"might": true, "may": true, "must": true, "need": true, "needs": true, "if": true, "once": true, "when": true,
	"until": true, "unless": true, "still": true, "yet": true, "looking": true, "investigating": true, "checking": true,
	"waiting": true, "pending": true, "queued": true, "monitoring": true, "hope": true, "hopefully": true,
	"expect": true, "expected": true, "planned": true, "scheduled": true, "tomorrow": true, "next": true, "only": true,
	"but": true, "however": true, "except": true, "going": true, "try": true, "trying": true, "case": true}

// stepThenResult reports the form above in text, a staff sentence with a fix.
func stepThenResult(text string, sc *scan) bool {
	ts := sc.ts
	if len(ts) < 6 || len(ts) > 60 || !stepDoers[ts[0]] || hedges.hasIn(sc) || problemWords.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	t := strings.Join(strings.Fields(text), " ")
	for _, sep := range []string{", and ", ", so ", " and ", ": ", "; "} {
		i := strings.Index(t, sep)
		if i < 0 {
			continue
		}
		for _, cl := range strings.Split(t[i+len(sep):], sep) {
			if resultClause(tokens(cl, nil)) || clockRe.MatchString(cl) && resultClause(append(tokens(cl, nil), "now")) {
				return true
			}
		}
	}
	return false
}

// resultClause reports a clause that shows a result: its own subject, no stop.
func resultClause(ts []string) bool {
	if len(ts) < 2 || len(ts) > 16 || resultSubjectStops[ts[0]] || strings.HasSuffix(ts[0], "ed") || negAt(ts, 0, len(ts)) || faultWords.has(ts) {
		return false
	}
	for _, t := range ts[:min(3, len(ts))] {
		if t == "new" {
			return false // "the new QR code is in your email now": a thing the step made, delivered
		}
	}
	marked := false
	for k, t := range ts {
		if resultClauseStops[t] || notWords[t] {
			return false
		}
		switch {
		case t == "now" && k > 0 && ts[k-1] == "from":
			return false // "from now on": prevention, not a state reached
		case t == "since":
			// "since" closing the clause or "since then": the time since the
			// step; "since January" is a range of the work
			marked = marked || k+1 == len(ts) || ts[k+1] == "then"
		default:
			marked = marked || resultMarks[t]
		}
	}
	return marked
}

// resultMarks tie a clause to the state after the step: "now", "again";
// "since" is read where it closes the clause. "back" is not among them: in
// a step's own words it is a place ("put the darkness back to 18").
var resultMarks = map[string]bool{"now": true, "again": true}

// clockRe finds a clock time in a clause ("at 11:02"); tokens splits it, so
// the raw clause is read and the time counts as a mark like "now".
var clockRe = regexp.MustCompile(`\b[0-2]?[0-9]:[0-5][0-9]\b`)
