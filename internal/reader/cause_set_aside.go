package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// A first diagnosis staff later set aside is no cause (labelling.md: "a cause
// staff state and later prove wrong ... the disproved one gets nothing"). The
// sentence is a plain cause ("The ribbon is creased where it passes under the
// print head, that's why nothing transfers."); only a later message of the
// ticket tells it apart, naming the thing it blamed and setting it aside:
// "Ribbon was a red herring.", "sorry, it wasn't the cable after all.", "I was
// wrong about the SIM, ...", "the cache wasn't the problem.", "The switch was
// not the cause after all: ...". Round 167 measured ticket cues without the
// thing named (a later staff cause, a correction word anywhere: 260 true, 41
// false) and built none; with the thing named in both, over every tuning set
// (styles to styles110), 11 false and 1 true (styles23 14, "Jade: C114 door
// contact battery low (2.4V), ..." before "Battery was a red herring.",
// labelled a cause): see docs/quality.md, "Round 173".
//
// What keeps a cause: the thing set aside absent from it (the later, true
// cause names another), the earlier sentence itself ruling the thing out
// ("Not the connection - proxy logs show ...", before "it's not your
// connection after all"), and a later message that only adds to it ("The
// ribbon wasn't the whole problem: ...").
//
// Read sets Context.SetAside (the words a later staff or system message sets
// aside); refused for the rules (causeBy) and the model (modelVeto).

// setAsideStop are the words that name no thing set aside.
var setAsideStop = newWordSet(map[string]bool{"so": true, "and": true, "but": true, "which": true, "what": true, "then": true,
	"sorry": true, "also": true, "just": true, "actually": true, "really": true, "all": true, "one": true, "first": true,
	"our": true, "your": true, "their": true, "my": true, "its": true, "it's": true, "that's": true, "there": true,
	"here": true, "them": true, "his": true, "her": true, "yesterday": true, "today": true})

// setAsideVerb reports whether w is the verb of "X was / is not the cause",
// and whether it carries its negation ("wasn't").
func setAsideVerb(w string) (verb, negated bool) {
	switch w {
	case "was", "is", "were", "are":
		return true, false
	case "wasn't", "isn't", "weren't", "aren't", "wasnt", "isnt":
		return true, true
	}
	return false, false
}

// setAsideNoun reports whether w names a cause: "the problem", "the cause".
func setAsideNoun(w string) bool {
	switch w {
	case "cause", "problem", "reason", "culprit", "issue", "fault":
		return true
	}
	return false
}

// setAsideWords are the words setAsideTerms looks for, a set made once.
var setAsideWords = wordSetOf("herring", "after", "wrong", "cause", "problem", "reason", "culprit", "issue", "fault")

// setAsideTerms appends to out the words of a thing a staff sentence sets
// aside as the cause: "X was not / wasn't the cause / problem / reason", "X
// was a red herring", "not (the) X after all", "wrong about (the) X". A thing
// that was "not the whole problem" is no cause set aside: the noun must follow
// "the" or "a".
func setAsideTerms(ts []string, out []string) []string {
	if !setAsideWords.anyIn(ts) {
		return out
	}
	for i, w := range ts {
		if verb, neg := setAsideVerb(w); verb {
			j := i + 1
			if !neg && j < len(ts) && (ts[j] == "not" || ts[j] == "never") {
				neg, j = true, j+1
			}
			herring := !neg && j+2 < len(ts) && ts[j] == "a" && ts[j+1] == "red" && ts[j+2] == "herring"
			cause := neg && j+1 < len(ts) && (ts[j] == "the" || ts[j] == "a") && setAsideNoun(ts[j+1])
			if herring || cause {
				out = setAsideBefore(ts, i, out)
			}
		}
		switch {
		case w == "not" || strings.HasSuffix(w, "n't"):
			// "it wasn't the cable after all", "not your connection after all"
			k := i + 1
			if k < len(ts) && (determiners.has(ts[k]) || ts[k] == "your" || ts[k] == "our") {
				k++
			}
			if k+2 < len(ts) && ts[k+1] == "after" && ts[k+2] == "all" {
				out = setAsideWord(ts[k], out)
			} else if k+3 < len(ts) && ts[k+2] == "after" && ts[k+3] == "all" {
				out = setAsideWord(ts[k+1], setAsideWord(ts[k], out))
			}
		case w == "wrong" && nextToken(ts, i) == "about" && i+2 < len(ts):
			k := i + 2
			if determiners.has(ts[k]) || ts[k] == "your" || ts[k] == "our" {
				k++
			}
			if k < len(ts) {
				out = setAsideWord(ts[k], out)
			}
		}
	}
	return out
}

// setAsideBefore appends the one or two words before ts[i] (the verb), back
// to a determiner or a pronoun.
func setAsideBefore(ts []string, i int, out []string) []string {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if determiners.has(ts[k]) || pronouns.has(ts[k]) || setAsideStop.has(ts[k]) {
			break
		}
		out = setAsideWord(ts[k], out)
	}
	return out
}

// setAsideWord appends w unless it names nothing: a pronoun, a determiner, a
// short word.
func setAsideWord(w string, out []string) []string {
	if len(w) < 3 || determiners.has(w) || pronouns.has(w) || setAsideStop.has(w) || setAsideNoun(w) || isDigits(w) {
		return out
	}
	return append(out, w)
}

// setAsideLater returns, for each message of t (its messages in order, their
// sentences spans[ends[m-1]:ends[m]]), the words a later staff or system
// message sets aside as the cause; nil for a message with none after it.
func setAsideLater(t *ticket.Ticket, spans []Span, ends []int, buf []string) [][]string {
	var terms [][]string // per message, its own set-aside words
	m, from := 0, 0
	for i := range t.Events {
		e := &t.Events[i]
		if e.Kind != ticket.KindMessage {
			continue
		}
		if e.Role != ticket.RoleCustomer {
			for _, sp := range spans[from:ends[m]] {
				if !setAsideHint(sp.Text) {
					continue
				}
				if ws := setAsideTerms(tokens(sp.Text, buf[:0]), nil); len(ws) > 0 {
					if terms == nil {
						terms = make([][]string, len(ends))
					}
					terms[m] = append(terms[m], ws...)
				}
			}
		}
		from = ends[m]
		m++
	}
	if terms == nil {
		return nil
	}
	later := make([][]string, len(ends))
	for m := len(ends) - 2; m >= 0; m-- {
		later[m] = later[m+1]
		if len(terms[m+1]) > 0 {
			later[m] = append(append([]string(nil), terms[m+1]...), later[m+1]...)
		}
	}
	return later
}

// setAsideHint is setAsideTerms' cheap test on the raw text: "herring",
// "after all", "wrong about", "a cause", or "the " and a word of
// setAsideNouns (each "the " of text tried, instead of a search of text for
// each noun: round 215, the same answers).
func setAsideHint(text string) bool {
	if strings.Contains(text, "herring") || strings.Contains(text, "after all") || strings.Contains(text, "wrong about") ||
		strings.Contains(text, "a cause") {
		return true
	}
	for s := text; ; {
		i := strings.Index(s, "the ")
		if i < 0 {
			return false
		}
		s = s[i+4:]
		for _, n := range setAsideNouns {
			if strings.HasPrefix(s, n) {
				return true
			}
		}
	}
}

// setAsideNouns are the nouns setAsideHint looks for after "the ".
var setAsideNouns = [...]string{"cause", "problem", "reason", "culprit", "issue", "fault"}

// setAsideCause reports whether a staff or system sentence names a thing a
// later message of the ticket sets aside as the cause (c.SetAside), and does
// not itself rule it out ("not the SIM").
func setAsideCause(c Context, ts []string) bool {
	if c.SetAside == nil || c.Role == ticket.RoleCustomer {
		return false
	}
	for i, w := range ts {
		if !reportedWord(c.SetAside, w) {
			continue
		}
		negated := false
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if ts[k] == "not" || ts[k] == "no" || ts[k] == "never" || strings.HasSuffix(ts[k], "n't") {
				negated = true
			}
		}
		if !negated {
			return true
		}
	}
	return false
}

// setAsideAt returns message m's Context.SetAside from setAsideLater's
// answer.
func setAsideAt(aside [][]string, m int) []string {
	if aside == nil {
		return nil
	}
	return aside[m]
}
