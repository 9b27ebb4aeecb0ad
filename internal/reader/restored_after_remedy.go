package reader

import "strings"

// Restorations that only the ticket's order makes one: a sentence after
// staff's fix or instruction (Context.AfterRemedy: the last staff message
// had a fix or a restoration) that reports, without "now" or "again", that
// the thing works. In an opening, or before any remedy, the same words are a
// diagnostic in a problem description ("I can log in to the PC but the app
// won't start"), so none of these forms applies there. Two entries, each
// with its own stops, a hedge and a negation:
//
// restoredAfterRemedy (round 13, docs/quality.md "Round 13"), stops
// afterRemedyStops: a customer's own use ("I can log in to the analysis
// PC", "the cleaners got in fine last night"), something received ("got
// them, thanks", "today I received the refund in my account"), a bare
// confirmation or thanks ("yes!!", "that did it, cheers"), and, from anyone,
// a terse result closing a clause ("self-test pass", "report re-run OK
// 11:18", "both accepted", "error rate flat at 0.1%").
//
// restoredCustomerSees (round 18, docs/quality.md "Round 18"), stops
// customerSeesStops, a customer's only; each form was kept only if it read
// true rows in at least two sets written by different people and added no
// false row that is not a clear labeller disagreement:
//
//   - the customer sees the thing: "ok I see the credit now", "yes now I see
//     it paid", "we can see the receipts going out";
//   - the thing is there, or showed up: "the refund's there", "all the
//     files are there now", "the payment showed up on my statement";
//   - a terse working state without a copula: "both lines fine now",
//     "printing normal now", "new modem in and working", "ok works,
//     thanks", "yep that runs".
//
// Last, a monitor's automatic notice that its alert recovered ("RESOLVED:
// queue depth is back within threshold") is an acknowledgement and a
// restoration (monitorRecovered, read in Read for automatic messages, whose
// sentences are otherwise acknowledgements only).

// afterRemedyStops make a sentence something other than a report that the thing
// works: the future, a condition, a hope, a request or attempt, a contrast,
// a remaining fault.
var afterRemedyStops = newWordSet(withReportStops("could", "should", "retry", "kindly", "although", "though", "except",
	"error", "errors", "fail", "issue", "issues", "problem", "problems", "blank", "missing", "what", "soon",
	"long", "going", "wait", "waiting", "yet", "again?", "same", "another", "anymore", "any", "let", "tell"))

// restoredAfterRemedy reports a restoration of its forms (above) in a sentence that
// follows staff's remedy; c.AfterRemedy is checked by the caller.
func restoredAfterRemedy(text string, sc *scan, staff bool) bool {
	ts := sc.ts
	if len(ts) == 0 || ts[0] == "and" || ts[0] == "then" || !afterRemedyGate(ts) || hedges.hasIn(sc) || negAt(ts, 0, len(ts)) {
		return false // a fragment continues the sentence before it: "and ran fine"
	}
	for _, t := range ts {
		if afterRemedyStops.has(t) {
			return false
		}
	}
	if !staff && (bareConfirmation(ts) || ownUse(ts) || receivedIt(ts) || wentFine(ts)) {
		return true
	}
	return terseResult(text, ts)
}

// afterRemedyGate reports whether a sentence can hold one of restoredAfterRemedy's forms: a
// short one (a bare confirmation), a verb of receipt among its first four
// words, or a word a form turns on. Most sentences after a remedy have none,
// and a switch spares them the stops' lookups.
func afterRemedyGate(ts []string) bool {
	if len(ts) <= 8 {
		return true
	}
	for k, t := range ts {
		if afterRemedyAnywhere.has(t) || k <= 3 && afterRemedyEarly.has(t) {
			return true
		}
	}
	return false
}

// afterRemedyAnywhere and afterRemedyEarly are afterRemedyGate's words, the
// second only among the first four; both are the rule key keyAfterRemedy
// (round 258), so a long sentence with none skips the rule uncalled.
var (
	afterRemedyAnywhere = wordSetOf("can", "able", "fine", "normal", "normally", "smoothly", "perfectly", "syncing",
		"flowing", "working", "ok", "okay", "pass", "passed", "passes", "accepted", "granted", "flat")
	afterRemedyEarly = wordSetOf("got", "received", "receive", "seen", "found", "saw")
)

// confirmWords are the words of a bare confirmation or thanks ("yes!!", "that
// did it, cheers", "all good now, thank you so much").
var confirmWords = newWordSet(map[string]bool{"yes": true, "yep": true, "yeah": true, "yup": true,
	"perfect": true, "brilliant": true, "great": true, "excellent": true, "awesome": true, "fantastic": true,
	"amazing": true, "wonderful": true, "lovely": true, "super": true, "thanks": true, "thank": true,
	"you": true, "thx": true, "ty": true, "cheers": true, "much": true, "so": true, "very": true,
	"many": true, "a": true, "lot": true, "all": true, "good": true, "sorted": true, "that": true,
	"that's": true, "did": true, "it": true, "the": true, "trick": true, "worked": true, "works": true,
	"working": true, "was": true, "fixed": true, "again": true, "now": true, "both": true, "for": true,
	"help": true, "your": true, "again!": true, "mate": true, "guys": true, "team": true})

// ackOnly are confirmation words that alone acknowledge a message rather than
// confirm a result ("thanks", "great, thank you"): a bare confirmation needs a
// word beside them that answers whether it works.
var ackOnly = newWordSet(map[string]bool{"perfect": true, "brilliant": true, "excellent": true, "awesome": true,
	"fantastic": true, "amazing": true, "wonderful": true, "thanks": true, "thank": true, "you": true, "thx": true, "ty": true,
	"cheers": true, "much": true, "so": true, "very": true, "many": true, "a": true, "lot": true,
	"for": true, "help": true, "your": true, "mate": true, "guys": true, "team": true, "great": true,
	"lovely": true, "super": true, "the": true})

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
		if !confirmWords.has(t) {
			return false
		}
		if !ackOnly.has(t) {
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
	return !confirmWords.has(t) || t == "all" || t == "both"
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
		if j < len(ts) && useVerbs.has(ts[j]) && useSubject(ts[s]) {
			return true
		}
	}
	return false
}

// receivedVerbs are what a customer says of a thing that reached them
// ("got them", "received the refund", "seen it in the bank").
var receivedVerbs = newWordSet(map[string]bool{"got": true, "received": true, "receive": true, "seen": true,
	"found": true, "saw": true})

// receivedObjects open what was received: a pronoun or a determiner, not a
// message about it ("got your email").
var receivedObjects = newWordSet(map[string]bool{"it": true, "them": true, "mine": true, "the": true, "both": true,
	"all": true, "this": true, "those": true, "these": true, "my": true, "our": true, "her": true,
	"his": true, "their": true, "everything": true})

// receivedLead are the words a report of receipt may open with: an
// interjection, a subject, a time.
var receivedLead = newWordSet(map[string]bool{"yes": true, "yep": true, "yeah": true, "ok": true, "okay": true,
	"brilliant": true, "great": true, "perfect": true, "thanks": true, "i": true, "we": true, "she": true,
	"he": true, "they": true, "today": true, "just": true, "have": true, "i've": true, "we've": true,
	"she's": true, "he's": true, "they've": true, "all": true, "finally": true})

// receivedIt reports a customer's receipt of what the remedy delivered: "yep
// got them, 2800", "Brilliant, seen it in the bank", "today I receive the
// refund in my bank account", "Got it, thank you!!". Not "got the email
// with the steps" (a message about the remedy: "email", "link" and "message"
// are what staff sent, not what was restored).
func receivedIt(ts []string) bool {
	for k := 0; k < len(ts) && k <= 3; k++ {
		if receivedVerbs.has(ts[k]) {
			if k+1 >= len(ts) || !receivedObjects.has(ts[k+1]) {
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
		if !receivedLead.has(ts[k]) {
			return false
		}
	}
	return false
}

// fineVerbs are the verbs after which "fine" says a use went well ("got in
// fine", "went fine", "printing fine").
var fineVerbs = newWordSet(map[string]bool{"went": true, "worked": true, "works": true, "working": true, "got": true,
	"in": true, "printed": true, "printing": true, "ran": true, "running": true, "loaded": true,
	"loading": true, "synced": true, "syncing": true, "through": true, "connected": true, "logged": true,
	"signed": true, "paid": true, "opened": true, "opening": true, "came": true, "coming": true,
	"arrived": true, "arriving": true, "reports": true})

// wentFine reports a customer's use that went well: "the cleaners got in
// fine last night", "opening day went fine", "printing normal now",
// "payments are coming through fine", "everything is syncing".
func wentFine(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		switch ts[k] {
		case "fine", "normal", "normally", "smoothly", "perfectly":
			if fineVerbs.has(ts[k-1]) && k >= 2 { // a subject before the verb
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
var resultWords = newWordSet(map[string]bool{"ok": true, "okay": true, "pass": true, "passed": true, "passes": true,
	"accepted": true, "granted": true, "fine": true, "flat": true})

// ackInterjections are words before an "ok" that make it an acknowledgement
// ("ah ok", "thanks, ok"), not a result (terseResult).
var ackInterjections = newWordSet(map[string]bool{"ah": true, "oh": true, "ok": true, "okay": true, "yes": true,
	"yeah": true, "right": true, "well": true, "thanks": true, "says": true, "said": true})

// passNoun are the words before a "pass" that is a noun ("the first pass").
var passNoun = newWordSet(map[string]bool{"the": true, "a": true, "first": true, "second": true, "one": true,
	"each": true, "every": true, "next": true, "last": true})

// figureNouns are the figures whose "flat" reports them settled ("the error
// rate is flat", "series count already flat").
var figureNouns = newWordSet(map[string]bool{"rate": true, "count": true, "latency": true, "usage": true, "memory": true,
	"cpu": true, "load": true, "level": true, "levels": true, "graph": true, "errors": true})

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
		if resultWords.has(t) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	var buf [24]string
	for _, cl := range clausesAtAnd(text) {
		cts := tokens(cl, buf[:0])
		n := len(cts)
		for n > 0 && isFigure(cts[n-1]) {
			n-- // a time or count after the result: "OK 11:18"
		}
		if n < 2 || !resultWords.has(cts[n-1]) {
			continue
		}
		w, prev := cts[n-1], cts[n-2]
		if isBeing(prev) || prev == "be" || prev == "looks" || ackInterjections.has(prev) {
			continue // a verdict or an acknowledgement ("that's fine", "ah ok")
		}
		if (w == "pass" || w == "passes") && passNoun.has(prev) {
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
		if figureNouns.has(ts[k]) {
			return true
		}
	}
	return false
}

// isFigure reports a token of digits (a time, a count).
func isFigure(t string) bool {
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// clausesAtAnd splits a sentence into the clauses terseResult reads a result
// at the end of: at commas, semicolons, line breaks, brackets, a spaced
// hyphen (" - ") and " and ", keeping of each clause only what follows its
// last ": " ("self-test: pass" is "pass"). Unlike clausesAtPunctuation
// (restored_clause.go) it splits at " and " and drops what a colon heads.
func clausesAtAnd(text string) []string {
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

// customerSeesStops make a customer's sentence something other than a report that the
// thing works now: the future, a condition, a hope, a contrast, a part or a
// remaining fault, the past ("yesterday it was working"), a time clause.
var customerSeesStops = newWordSet(withReportStops("should", "although", "though", "except", "only", "error", "errors",
	"slowly", "blank", "missing", "what", "soon", "wait", "waiting", "yet", "same", "anymore", "was", "were",
	"yesterday", "when", "sometimes", "intermittently", "partly", "partially", "nothing", "half", "some",
	"most", "problem", "problems", "stopped", "stop", "stops", "quit"))

// restoredCustomerSees reports a restoration of the customer's forms above; the caller
// checks the customer's role and Context.AfterRemedy.
func restoredCustomerSees(ts []string, sc *scan) bool {
	if len(ts) < 2 || len(ts) > 16 || ts[0] == "and" || ts[0] == "then" || !customerSeesGate(ts) || hedges.hasIn(sc) || negAt(ts, 0, len(ts)) {
		return false
	}
	for k, t := range ts {
		if customerSeesStops.has(t) || t == "for" && k+1 < len(ts) && ts[k+1] == "now" {
			return false // "that works for now" is a workaround
		}
	}
	return seesIt(ts) || isThere(ts) || workingTerse(ts)
}

// customerSeesGate reports whether a sentence has a word one of the forms turns on;
// one switch a word spares most sentences the stops' lookups.
func customerSeesGate(ts []string) bool {
	for _, t := range ts {
		switch t {
		case "see", "there", "showed", "shows", "working", "running", "works", "runs", "fine", "normal", "normally":
			return true
		}
		if strings.HasSuffix(t, "'s") && len(t) > 2 {
			return true // "refund's there"
		}
	}
	return false
}

// seesIt reports "I/we (can/could) (now) see X" with X a thing, not an
// acknowledgement of what staff said ("I see what you mean", "I see your
// point", a bare "I see").
func seesIt(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		if ts[k] != "see" {
			continue
		}
		s := k - 1
		for s > 0 && (ts[s] == "can" || ts[s] == "could" || ts[s] == "now" || ts[s] == "also" || ts[s] == "do") {
			s--
		}
		if ts[s] != "i" && ts[s] != "we" {
			continue
		}
		switch ts[k+1] {
		case "you", "your", "that", "if", "it's", "why", "how", "what", "whether", "thanks", "thank", "ok", "okay":
			continue // "I see your point", "I see, thanks"
		}
		return true
	}
	return false
}

// isThere reports a thing that is there or showed up: "Refund's there",
// "all the files are there now", "the credit showed up this morning"; not a
// person ("I was there"), "is there" opening a question, a noun of a message
// about the remedy.
func isThere(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		switch {
		case ts[k] == "there":
			c := ts[k-1]
			switch {
			case c == "is" || c == "are":
				if k < 2 || thereSubjectRefused(ts[k-2]) {
					continue
				}
			case strings.HasSuffix(c, "'s") && len(c) > 2 && !thereSubjectRefused(c[:len(c)-2]):
			default:
				continue
			}
			if k+1 < len(ts) && !thereAfter.has(ts[k+1]) {
				continue // "is there a way", "are there in the list but ..."
			}
			return true
		case ts[k] == "up" && (ts[k-1] == "showed" || ts[k-1] == "shows") && k >= 2 && !thereSubjectRefused(ts[k-2]):
			return true
		}
	}
	return false
}

// thereSubjectRefused are subjects that make "is there" something else: a
// person, a dummy "there", a question's inversion.
func thereSubjectRefused(t string) bool {
	switch t {
	case "i", "we", "you", "he", "she", "they", "there", "what", "who", "where", "here", "nobody", "someone", "anyone", "that", "let":
		return true
	}
	return false
}

// thereAfter may follow "is there" in a report of a thing arrived.
var thereAfter = newWordSet(map[string]bool{"now": true, "again": true, "too": true, "also": true, "all": true,
	"thanks": true, "thank": true, "thx": true, "cheers": true, "and": true, "as": true, "in": true,
	"on": true, "this": true, "today": true, "according": true})

// terseCopula are the verbs after which a working state is a verdict or
// round 9's reading ("is fine", "looks fine", "are working"), not a terse
// report.
func terseCopula(t string) bool {
	switch t {
	case "is", "are", "was", "were", "be", "been", "being", "am", "looks", "look", "seems", "seem",
		"sounds", "sound", "feels", "feel", "i'm", "we're", "they're", "you're", "it's", "that's", "get", "got", "keep", "kept":
		return true
	}
	return strings.HasSuffix(t, "'s")
}

// terseSkip are the adverbs between a subject and its state ("both fine
// now", "all working").
var terseSkip = newWordSet(map[string]bool{"all": true, "both": true, "now": true, "also": true, "too": true,
	"again": true, "just": true, "fully": true, "perfectly": true, "definitely": true, "confirmed": false})

// workingTerse reports a working state without a copula: "Inbound and
// outbound both fine now", "printing normal now", "calls working on the new
// phone", "new card in and working", "Ok works, thanks", "that runs". Not
// "is fine" or "looks fine" (a verdict, or another round's reading), "works
// for me" (agreement to a proposal), "fine, go ahead", "running the update"
// (a step), "working on it".
func workingTerse(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "working", "running", "works", "runs", "fine", "normal", "normally":
		default:
			continue
		}
		p := k - 1
		for p >= 0 && terseSkip.has(ts[p]) {
			p--
		}
		if p >= 0 && (terseCopula(ts[p]) || ts[p] == "not") {
			continue
		}
		n := nextToken(ts, k)
		switch t {
		case "fine", "normal", "normally":
			if p < 0 {
				continue // "Fine, go ahead", "Normally it syncs at 6"
			}
		case "works", "runs":
			if n != "" && !worksAfter.has(n) {
				continue // "Tuesday works for me", "runs out", "deleted old test runs, we're at ..."
			}
		case "working", "running":
			switch n {
			case "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "it", "them", "out", "late", "through":
				continue // a step or a plan: "running the update", "working it out"
			case "on":
				if k+2 < len(ts) && (ts[k+2] == "it" || ts[k+2] == "this" || ts[k+2] == "that") {
					continue // "working on it"
				}
			}
		}
		return true
	}
	return false
}

// worksAfter may follow a terse "works" or "runs": the end of the report, an
// adverb, thanks, a place; a noun's plural ("test runs, we're ...") or a
// proposal's verdict ("works for me") has something else.
var worksAfter = newWordSet(map[string]bool{"too": true, "now": true, "again": true, "fine": true, "perfectly": true,
	"thanks": true, "thank": true, "thx": true, "cheers": true, "great": true, "ok": true, "on": true,
	"in": true, "here": true, "properly": true, "normally": true})

// monitorRecovered reports a monitor's automatic notice that its alert
// recovered: a recovery word (resolved, recovered, cleared, ok) and a figure
// back within its threshold or to normal: "RESOLVED: sync lag for SRV01 is
// back within threshold", "[RECOVERED] error rate back below threshold";
// or the notice's label, the way monitoring tools head a recovery (Nagios's
// "RECOVERY ... is UP", Alertmanager's "[RESOLVED]", "OK:", "Status: UP"),
// a recovery word or UP first, in capitals or before a colon or bracket.
// Not a helpdesk's notice about the ticket ("Your incident INC123 has been
// resolved", "This request has been marked as resolved", "Resolved: your
// ticket ..."): those name a ticket and no threshold.
func monitorRecovered(text string) bool {
	ts := tokens(text, nil)
	label := recoveryLabel(text, ts)
	word, back := false, false
	for k, t := range ts {
		switch t {
		case "resolved", "recovered", "cleared", "ok":
			word = true
		case "threshold", "thresholds":
			back = back || k > 0 && (ts[k-1] == "within" || ts[k-1] == "below" || ts[k-1] == "under")
		case "back":
			if k+2 < len(ts) && ts[k+1] == "to" && ts[k+2] == "normal" {
				back = true
			}
		case "ticket", "request", "case", "incident", "enquiry", "conversation", "reply", "reopen":
			return false
		}
	}
	return label || word && back || monitorNotice(text, ts) || monitorStateWords(text, ts)
}

// recoveryLabels head a monitor's recovery notice.
var recoveryLabels = newWordSet(map[string]bool{"resolved": true, "recovered": true, "recovery": true, "cleared": true,
	"ok": true, "up": true})

// recoveryLabel reports whether text is headed by a recovery label
// (recoveryLabels): its first word, in capitals ("RECOVERY Host Alert",
// "OK - disk") or before a colon or closing bracket ("Resolved: lag is 0m",
// "[resolved] ..."), or a status of UP ("Status UP", "Status: UP", "host01 is
// UP").
func recoveryLabel(text string, ts []string) bool {
	if len(ts) == 0 {
		return false
	}
	if recoveryLabels.has(ts[0]) {
		t := strings.TrimLeft(text, " *[(#-")
		w := t[:min(len(t), len(ts[0]))]
		rest := strings.TrimLeft(t[len(w):], " ")
		if w == strings.ToUpper(w) || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "]") || strings.HasPrefix(rest, ")") {
			return true
		}
	}
	for k := 1; k < len(ts); k++ {
		if ts[k] == "up" && (ts[k-1] == "status" || ts[k-1] == "state" || ts[k-1] == "is") && strings.Contains(text, "UP") {
			return true
		}
	}
	return false
}
