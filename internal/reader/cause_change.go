package reader

import "strings"

// Causes told as what someone or something did: a system's refusal quoting
// its reason ("the bank rejected the file with 'signature verification
// failed'"), a third party's change followed by the failure it led to ("the
// tutor deleted and recreated the column, so those scores point at a line
// item that no longer exists"), a component installed at a time and what it
// then does, a rule that admits only what is not in place ("the CAA record
// only allows the other issuer"), and a change named as the subject of what
// it altered anywhere in the sentence ("their release on Sunday tightened
// the check"). The lexicons are in cause_phrases.go.
//
// Written in rounds 16 and 19 (docs/quality.md, "Round 16", "Round 19").

// changeConsequences are the words of a consequence clause after a third
// party's change: consequenceMarks and the ways a changed thing is misread.
var changeConsequences = newWordSet(map[string]bool{"treated": true, "treats": true, "longer": true, "hidden": true,
	"rejected": true, "rejects": true, "challenging": true, "can't": true, "cannot": true, "couldn't": true})

// causeChange reports whether a staff sentence states a cause in one of these
// forms: a refusal with the quoted reason, a third party's change with
// the failure it led to, or a rule that admits only what is not in place.
func causeChange(text string, sc *scan) bool {
	if sc.pos[quotedRefusal.id] < 0 && sc.pos[thirdPartyChange.id] < 0 && sc.pos[onlyAllows.id] < 0 && sc.pos[installedWhen.id] < 0 {
		return false
	}
	if hedges.hasIn(sc) || explainStops.hasIn(sc) || unknownCause.hasIn(sc) || benignOutcome.hasIn(sc) || instructionOpen(sc.ts) {
		return false
	}
	ts := sc.ts
	if i, _ := quotedRefusal.findIn(sc); i > 0 && !determiners.has(ts[i-1]) && !digitWord(ts[i-1]) && quotedAfter(text, ts, i) && !negatedBefore(ts, i) && notSelf(ts, i) && !openedByOwn(ts) {
		return true
	}
	if i, _ := thirdPartyChange.findIn(sc); i > 0 && i <= 8 && changeThenFailure(ts, i) {
		return true
	}
	if i, _ := installedWhen.findIn(sc); i > 1 && !determiners.has(ts[i-1]) && changeThenFailure(ts, i) {
		return true
	}
	if i, _ := onlyAllows.findIn(sc); i > 1 && notSelf(ts, i) && !openedByOwn(ts) && !negations.hasIn(sc) {
		return true
	}
	return false
}

// instructionOpen reports whether a sentence opens as an instruction or a
// request ("please", "could you", "make sure"): what follows is asked, not
// found.
func instructionOpen(ts []string) bool {
	if len(ts) == 0 {
		return false
	}
	switch ts[0] {
	case "please", "could", "can", "would", "make", "ensure", "if", "once", "when", "try", "to", "use":
		return true
	}
	return false
}

// openedByOwn reports whether the sentence opens with the writer, the reader
// or a customer's first person ("I", "we", "you", "our"): a refusal they
// report of their own attempt is the problem, not a finding.
func openedByOwn(ts []string) bool {
	switch ts[0] {
	case "i", "we", "you", "i've", "we've", "you've", "my", "your", "our", "i'm", "we're", "you're":
		return true
	}
	return false
}

// quotedAfter reports whether the refusal at ts[i] is followed, in the text,
// by a quoted reason: a quote mark after the refusal word opening a quoted
// phrase of at least two words ("with 'signature verification failed'"), or
// an error's identifier ("rejected since 01:53, BadCertificateTimeInvalid").
func quotedAfter(text string, ts []string, i int) bool {
	w := ts[i]
	at := strings.Index(strings.ToLower(text), w)
	if at < 0 {
		return false
	}
	rest := text[at+len(w):]
	for _, q := range []string{"'", "\"", "“", "‘"} {
		j := strings.Index(rest, q)
		if j < 0 {
			continue
		}
		if j > 0 && rest[j-1] != ' ' && rest[j-1] != '(' && q == "'" {
			continue // an apostrophe ("the bank's"), not a quote
		}
		inner := rest[j+len(q):]
		end := strings.IndexAny(inner, "'\"”’")
		if end < 0 {
			continue
		}
		if len(strings.Fields(inner[:end])) >= 2 {
			return true
		}
	}
	for _, f := range strings.Fields(rest) {
		if errorIdentifier(strings.Trim(f, ".,;:()")) {
			return true // "rejected since 01:53, BadCertificateTimeInvalid"
		}
	}
	return false
}

// errorIdentifier reports whether w is an error's identifier written as one
// word of joined capitalised parts ("BadCertificateTimeInvalid",
// "InsufficientInstanceCapacity"): a capital, a lower-case letter after it,
// and at least two more capitals after a lower-case letter.
func errorIdentifier(w string) bool {
	if len(w) < 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	humps := 0
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if w[i-1] >= 'a' && w[i-1] <= 'z' {
				humps++
			}
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return humps >= 2
}

// changeThenFailure reports whether the change at ts[i] is a third party's
// (the subject before it is not the writer or the reader, and no "have" or
// "has" makes it a step reported done) and a consequence clause follows it:
// "so" or "and" with a failure word within ten words, and not a purpose ("so
// that"), a step of the writer ("so we ...") or a recovery ("so it works
// again").
func changeThenFailure(ts []string, i int) bool {
	if !notSelf(ts, i) {
		return false
	}
	for _, w := range ts[:i] {
		switch w {
		case "have", "has", "had", "been", "be", "will", "to", "not", "never", "i", "we", "you", "if", "when", "once",
			"hasn't", "haven't", "hadn't", "wasn't", "weren't", "didn't", "isn't", "aren't":
			return false // "has been switched ...", "we then moved ...", "hasn't changed since March"
		}
	}
	switch ts[len(ts)-1] {
	case "that", "it", "this", "again":
		return false // a cause ruled out ("so it isn't that"), a recurrence prevented
	}
	for k := i + 1; k+1 < len(ts); k++ {
		if ts[k] != "so" && ts[k] != "and" && ts[k] != "as" {
			continue
		}
		switch ts[k+1] {
		case "that", "we", "i", "we've", "i've", "we'll", "i'll", "please", "you", "now", "it's":
			return false
		}
		for j := k + 1; j < min(len(ts), k+11); j++ {
			w := ts[j]
			if w == "now" || w == "again" || w == "works" || w == "working" {
				return false // a change that mended something
			}
			if w == "longer" && symptomNoLonger(ts, k+1) {
				return false // "was replaced, so the warnings no longer appear"
			}
			if consequenceMarks.has(w) || changeConsequences.has(w) {
				// "stops syncing" is a failure, "the errors stopped" a mend
				return (w != "stops" && w != "stopped") || j+1 < len(ts) && strings.HasSuffix(ts[j+1], "ing")
			}
		}
	}
	return false
}

// symptomNoLonger reports whether "no longer" after ts[from] says a symptom
// stopped ("so the warnings no longer appear"), not that something the
// failure needs is gone ("a line item that no longer exists"). Unlike
// symptomStopped (forms.go: a symptom noun, then a verb of ending), it reads
// the verb after "no longer".
func symptomNoLonger(ts []string, from int) bool {
	for k := from; k+1 < len(ts); k++ {
		if ts[k] == "longer" {
			switch ts[k+1] {
			case "appear", "appears", "show", "shows", "happen", "happens", "occur", "occurs", "fail", "fails",
				"error", "errors", "crash", "crashes", "drop", "drops", "trigger", "triggers":
				return true
			}
		}
	}
	return false
}

// changeDeterminers open a change named as the subject of what it did ("the
// upgrade", "their release", "that update").
var changeDeterminers = newWordSet(map[string]bool{"the": true, "their": true, "its": true, "our": true, "your": true,
	"that": true, "this": true, "same": true, "last": true, "latest": true, "new": true, "weekend's": true})

// subjectAlterVerbs are what a change named as the subject did to a
// component, which causeChangeSubject reads beyond alterVerbs (the only verbs
// changeAltered reads): it put a setting back, wrote over a file,
// reinstalled a component, tightened a check.
var subjectAlterVerbs = newWordSet(map[string]bool{"put": true, "wrote": true, "reinstalled": true, "tightened": true,
	"overwrote": true})

// causeChangeSubject reports whether a staff sentence names a change as the subject of
// what it altered, anywhere in the sentence: "... and the upgrade replaced
// our custom map with the default", "their release on Sunday tightened the
// check", "the update wiped the profile". changeAltered (consequence.go) reads the
// change only among the sentence's first five words. Not when the change
// undergoes a remedy ("the update was rolled back"), a negation comes
// between ("the patch never changed it"), the change removed a fault ("the
// update removed the bug"), nor a hedge.
func causeChangeSubject(text string, sc *scan) bool {
	if sc.all&clsChange == 0 || hedges.hasIn(sc) || unknownCause.hasIn(sc) || instructionOpen(sc.ts) {
		return false
	}
	ts := sc.ts
	for c := 1; c < len(ts)-2; c++ {
		if sc.cls[c]&clsChange == 0 || !changeDeterminers.has(ts[c-1]) {
			continue
		}
		for j := c + 1; j < len(ts)-1 && j <= c+4; j++ {
			w := ts[j]
			if writerActs.has(w) || w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" ||
				w == "been" || w == "will" || w == "would" || w == "to" || w == "should" || w == "could" {
				break
			}
			if !alterVerbs.has(w) && !subjectAlterVerbs.has(w) {
				continue
			}
			if negAt(ts, c, j) {
				return false
			}
			for _, t := range ts {
				if remedyObjects.has(t) || t == "fix" || t == "fixed" || t == "hotfix" || t == "workaround" || t == "resolved" {
					return false
				}
			}
			return formHit("change", text)
		}
	}
	return false
}
