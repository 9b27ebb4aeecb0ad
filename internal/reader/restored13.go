package reader

import "strings"

// Round 13: restorations that only the ticket's order makes one. A sentence
// that follows staff's fix or instruction (Context.AfterRemedy: the last staff
// message had a fix or a restoration) and reports, without "now" or "again",
// that the thing works: a customer's own use ("I can log in to the analysis
// PC", "the cleaners got in fine last night"), something received ("got
// them, thanks", "today I received the refund in my account"), a bare
// confirmation or thanks ("yes!!", "that did it, cheers"), and a terse result
// closing a clause ("self-test pass", "report re-run OK 11:18", "both
// accepted", "error rate flat at 0.1%"). In an opening, or before any
// remedy, the same words are a diagnostic in a problem description ("I can
// log in to the PC but the app won't start"), so none of these forms applies
// there. All of them share one set of stops (stops13), a hedge and a
// negation.

// stops13 make a sentence something other than a report that the thing
// works: the future, a condition, a hope, a request or attempt, a contrast,
// a remaining fault.
var stops13 = map[string]bool{"will": true, "we'll": true, "it'll": true, "you'll": true, "they'll": true,
	"i'll": true, "would": true, "could": true, "might": true, "may": true, "should": true, "if": true,
	"once": true, "unless": true, "until": true, "whether": true, "try": true, "retry": true, "please": true,
	"kindly": true, "need": true, "needs": true, "hope": true, "hopefully": true, "still": true, "but": true,
	"although": true, "though": true, "except": true, "error": true, "errors": true, "failing": true,
	"failed": true, "fails": true, "fail": true, "broken": true, "stuck": true, "issue": true, "issues": true,
	"problem": true, "problems": true, "wrong": true, "slow": true, "blank": true, "missing": true,
	"why": true, "how": true, "what": true, "expect": true, "supposed": true, "tomorrow": true,
	"later": true, "soon": true, "long": true, "going": true, "wait": true, "waiting": true, "yet": true, "again?": true,
	"same": true, "another": true, "anymore": true, "any": true, "let": true, "tell": true}

// restored13 reports a restoration of round 13's forms in a sentence that
// follows staff's remedy; c.AfterRemedy is checked by the caller.
func restored13(text string, sc *scan, staff bool) bool {
	ts := sc.ts
	if len(ts) == 0 || ts[0] == "and" || ts[0] == "then" || !gate13(ts) || hedges.hasIn(sc) || negAt(ts, 0, len(ts)) {
		return false // a fragment continues the sentence before it: "and ran fine"
	}
	for _, t := range ts {
		if stops13[t] {
			return false
		}
	}
	if !staff && (bareConfirmation(ts) || ownUse(ts) || receivedIt(ts) || wentFine(ts)) {
		return true
	}
	return terseResult(text, ts)
}

// gate13 reports whether a sentence can hold one of round 13's forms: a
// short one (a bare confirmation), a verb of receipt among its first four
// words, or a word a form turns on. Most sentences after a remedy have none,
// and a switch spares them the stops' lookups.
func gate13(ts []string) bool {
	if len(ts) <= 8 {
		return true
	}
	for k, t := range ts {
		switch t {
		case "can", "able", "fine", "normal", "normally", "smoothly", "perfectly", "syncing", "flowing",
			"working", "ok", "okay", "pass", "passed", "passes", "accepted", "granted", "flat":
			return true
		case "got", "received", "receive", "seen", "found", "saw":
			if k <= 3 {
				return true
			}
		}
	}
	return false
}

// confirmWords are the words of a bare confirmation or thanks ("yes!!", "that
// did it, cheers", "all good now, thank you so much").
var confirmWords = map[string]bool{"yes": true, "yep": true, "yeah": true, "yup": true,
	"perfect": true, "brilliant": true, "great": true, "excellent": true, "awesome": true, "fantastic": true,
	"amazing": true, "wonderful": true, "lovely": true, "super": true, "thanks": true, "thank": true,
	"you": true, "thx": true, "ty": true, "cheers": true, "much": true, "so": true, "very": true,
	"many": true, "a": true, "lot": true, "all": true, "good": true, "sorted": true, "that": true,
	"that's": true, "did": true, "it": true, "the": true, "trick": true, "worked": true, "works": true,
	"working": true, "was": true, "fixed": true, "again": true, "now": true, "both": true, "for": true,
	"help": true, "your": true, "again!": true, "mate": true, "guys": true, "team": true}

// ackOnly are confirmation words that alone acknowledge a message rather than
// confirm a result ("thanks", "great, thank you"): a bare confirmation needs a
// word beside them that answers whether it works.
var ackOnly = map[string]bool{"perfect": true, "brilliant": true, "excellent": true, "awesome": true,
	"fantastic": true, "amazing": true, "wonderful": true, "thanks": true, "thank": true, "you": true, "thx": true, "ty": true,
	"cheers": true, "much": true, "so": true, "very": true, "many": true, "a": true, "lot": true,
	"for": true, "help": true, "your": true, "mate": true, "guys": true, "team": true, "great": true,
	"lovely": true, "super": true, "the": true}

// bareConfirmation reports a customer's sentence made only of words of
// confirmation or thanks, after staff's remedy: "yes!!", "thank you 🙌",
// "that did it, cheers", "all working again, thanks". Thanks alone count only
// as a sentence of its own of at most four words ("thx!!", "thank you so
// much"); longer thanks carry the message's courtesy, not a result.
func bareConfirmation(ts []string) bool {
	if len(ts) > 8 {
		return false
	}
	ack := true
	for _, t := range ts {
		if !confirmWords[t] {
			return false
		}
		if !ackOnly[t] {
			ack = false
		}
	}
	return !ack
}

// useSubjects are the subjects of a customer's report of use ("others can log
// in", "she can see it"); "you" hands the work back to staff.
func useSubject(t string) bool {
	switch t {
	case "you", "it", "this", "that", "which", "who", "we've", "i've":
		return false
	}
	return !confirmWords[t] || t == "all" || t == "both"
}

// ownUse reports a customer's positive statement of use: "I can log in to
// the analysis PC", "others can log in too", "we can see every branch", "Mo
// is able to sign in".
func ownUse(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		j := k + 1
		switch {
		case ts[k] == "can":
		case ts[k] == "able" && k >= 2 && isBeing(ts[k-1]) && ts[j] == "to":
			j++
		default:
			continue
		}
		if j < len(ts) && ts[j] == "now" {
			j++
		}
		s := k - 1
		if ts[k] == "able" {
			s = k - 2
		}
		if j < len(ts) && useVerbs[ts[j]] && useSubject(ts[s]) {
			return true
		}
	}
	return false
}

// receivedVerbs are what a customer says of a thing that reached them
// ("got them", "received the refund", "seen it in the bank").
var receivedVerbs = map[string]bool{"got": true, "received": true, "receive": true, "seen": true,
	"found": true, "saw": true}

// receivedObjects open what was received: a pronoun or a determiner, not a
// message about it ("got your email").
var receivedObjects = map[string]bool{"it": true, "them": true, "mine": true, "the": true, "both": true,
	"all": true, "this": true, "those": true, "these": true, "my": true, "our": true, "her": true,
	"his": true, "their": true, "everything": true}

// receivedLead are the words a report of receipt may open with: an
// interjection, a subject, a time.
var receivedLead = map[string]bool{"yes": true, "yep": true, "yeah": true, "ok": true, "okay": true,
	"brilliant": true, "great": true, "perfect": true, "thanks": true, "i": true, "we": true, "she": true,
	"he": true, "they": true, "today": true, "just": true, "have": true, "i've": true, "we've": true,
	"she's": true, "he's": true, "they've": true, "all": true, "finally": true}

// receivedIt reports a customer's receipt of what the remedy delivered: "yep
// got them, 2800", "Brilliant, seen it in the bank", "today I receive the
// refund in my bank account", "Got it, thank you!!". Not "got the email
// with the steps" (a message about the remedy: "email", "link" and "message"
// are what staff sent, not what was restored).
func receivedIt(ts []string) bool {
	for k := 0; k < len(ts) && k <= 3; k++ {
		if receivedVerbs[ts[k]] {
			if k+1 >= len(ts) || !receivedObjects[ts[k+1]] {
				return false
			}
			for _, t := range ts[k+1:] {
				switch t {
				case "email", "e-mail", "link", "message", "instructions", "steps", "reply", "update", "ticket":
					return false
				}
			}
			return true
		}
		if !receivedLead[ts[k]] {
			return false
		}
	}
	return false
}

// fineVerbs are the verbs after which "fine" says a use went well ("got in
// fine", "went fine", "printing fine").
var fineVerbs = map[string]bool{"went": true, "worked": true, "works": true, "working": true, "got": true,
	"in": true, "printed": true, "printing": true, "ran": true, "running": true, "loaded": true,
	"loading": true, "synced": true, "syncing": true, "through": true, "connected": true, "logged": true,
	"signed": true, "paid": true, "opened": true, "opening": true, "came": true, "coming": true,
	"arrived": true, "arriving": true, "reports": true}

// wentFine reports a customer's use that went well: "the cleaners got in
// fine last night", "opening day went fine", "printing normal now",
// "payments are coming through fine", "everything is syncing".
func wentFine(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		switch ts[k] {
		case "fine", "normal", "normally", "smoothly", "perfectly":
			if fineVerbs[ts[k-1]] && k >= 2 { // a subject before the verb
				return true
			}
		case "syncing", "flowing", "working":
			if ts[k-1] == "is" && (ts[0] == "everything" || k >= 2 && ts[k-2] == "everything") {
				return true
			}
		}
	}
	return false
}

// resultWords close a clause that reports a check or step's result: "self-test
// pass", "re-run OK 11:18", "both accepted", "502 rate flat at 0.02%".
var resultWords = map[string]bool{"ok": true, "okay": true, "pass": true, "passed": true, "passes": true,
	"accepted": true, "granted": true, "fine": true, "flat": true}

// interjection13 are words before an "ok" that make it an acknowledgement.
var interjection13 = map[string]bool{"ah": true, "oh": true, "ok": true, "okay": true, "yes": true,
	"yeah": true, "right": true, "well": true, "thanks": true, "says": true, "said": true}

// passNoun are the words before a "pass" that is a noun ("the first pass").
var passNoun = map[string]bool{"the": true, "a": true, "first": true, "second": true, "one": true,
	"each": true, "every": true, "next": true, "last": true}

// figureNouns are the figures whose "flat" reports them settled ("the error
// rate is flat", "series count already flat").
var figureNouns = map[string]bool{"rate": true, "count": true, "latency": true, "usage": true, "memory": true,
	"cpu": true, "load": true, "level": true, "levels": true, "graph": true, "errors": true}

// terseResult reports a clause of a short sentence closing with a check's or
// step's result, after the ticket's remedy: "02:04 ICU-A flashed, self-test
// pass", "Monday report re-run OK 11:18", "Done, both accepted", "test push
// to the server accepted", "502 rate flat at 0.02%". Not a clause opening
// with its "OK" ("OK, I'll look"), a copula's verdict ("that is fine" is
// upState's and refused there unless a change is said), a question.
func terseResult(text string, ts []string) bool {
	if len(ts) > 16 {
		return false
	}
	found := false
	for _, t := range ts {
		if resultWords[t] {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	var buf [24]string
	for _, cl := range clauses13(text) {
		cts := tokens(cl, buf[:0])
		n := len(cts)
		for n > 0 && isFigure(cts[n-1]) {
			n-- // a time or count after the result: "OK 11:18"
		}
		if n < 2 || !resultWords[cts[n-1]] {
			continue
		}
		w, prev := cts[n-1], cts[n-2]
		if isBeing(prev) || prev == "be" || prev == "looks" || interjection13[prev] {
			continue // a verdict or an acknowledgement ("that's fine", "ah ok")
		}
		if (w == "pass" || w == "passes") && passNoun[prev] {
			continue // "in the first pass"
		}
		if seeming(cts[:n-1]) {
			continue // "checked, everything seemed OK": an impression, not a result
		}
		if w == "flat" && !figureBefore(cts[:n-1]) {
			continue
		}
		return true
	}
	// "at 0.02%" after "flat": the figure's value closes the clause.
	for k := 1; k < len(ts); k++ {
		if ts[k] == "flat" && figureBefore(ts[:k]) && (k+1 == len(ts) || ts[k+1] == "at") {
			return true
		}
	}
	return false
}

// figureBefore reports a figure noun within four words before the end of ts.
func figureBefore(ts []string) bool {
	for k := len(ts) - 1; k >= 0 && k >= len(ts)-4; k-- {
		if figureNouns[ts[k]] {
			return true
		}
	}
	return false
}

// isFigure reports a token of digits (a time, a count).
func isFigure(t string) bool {
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// clauses13 splits a sentence at commas, semicolons, colons, dashes and
// " and ".
func clauses13(text string) []string {
	f := strings.FieldsFunc(text, func(r rune) bool {
		return r == ',' || r == ';' || r == '\n' || r == '(' || r == ')'
	})
	var out []string
	for _, c := range f {
		for _, p := range strings.Split(c, " - ") {
			for _, q := range strings.Split(p, " and ") {
				if i := strings.LastIndex(q, ": "); i >= 0 {
					q = q[i+2:]
				}
				out = append(out, q)
			}
		}
	}
	return out
}

// seeming reports a verb of appearance or indication among ts ("seemed",
// "indicates"): an impression or a finding, not a result.
func seeming(ts []string) bool {
	for _, t := range ts {
		switch t {
		case "seem", "seems", "seemed", "appear", "appears", "appeared", "indicate", "indicates",
			"indicated", "apparently":
			return true
		}
	}
	return false
}
