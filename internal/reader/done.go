package reader

import "strings"

// Round 6: a request fulfilled and a confirmation in the writer's own words,
// which carry no restoration phrase: "everything is set up for Monday", "your
// laptop is ready for collection", "that's done it", "all good on our end",
// "the backlog has caught up", "jobs are downloading normally".
// isRestored still rules out hedges, futures, relapses and the ticket as
// subject; doneReport rules out negations, modals and conditions itself.

// readyStates, after "is"/"are" and before a use ("ready for collection"), say
// that what was asked for is handed over.
var readyStates = newWordSet(map[string]bool{"ready": true, "done": true, "sorted": true, "confirmed": true, "live": true})

// doneBlockers make a sentence something other than a report: the future, a
// modal, a condition, an aim.
var doneBlockers = newWordSet(map[string]bool{"will": true, "would": true, "should": true, "could": true, "might": true,
	"may": true, "if": true, "once": true, "when": true, "unless": true, "until": true, "whether": true,
	"hopefully": true, "hope": true, "need": true, "needs": true, "want": true, "wants": true, "soon": true,
	"almost": true, "nearly": true, "require": true, "requires": true, "required": true, "partially": true, "partly": true, "mostly": true})

// troubleNouns, after "with no", say that nothing went wrong.
var troubleNouns = newWordSet(map[string]bool{"trouble": true, "problem": true, "problems": true, "issue": true,
	"issues": true, "hitch": true, "hiccup": true, "hiccups": true, "glitch": true, "glitches": true})

// queueNouns are what drains when a backlog is worked off.
var queueNouns = newWordSet(map[string]bool{"queue": true, "queues": true, "backlog": true, "backlogs": true, "spool": true})

// doneReport returns where the sentence reports, in one of the forms above,
// that the request is done or the service works; -1 otherwise.
func doneReport(ts []string, cls []uint16) int {
	k := doneAt(ts, cls)
	if k < 0 {
		return -1
	}
	for _, t := range ts {
		if doneBlockers.has(t) {
			return -1
		}
	}
	return k
}

// doneAt returns where one of the forms stands, before the blockers are
// checked (most sentences have none of the forms).
func doneAt(ts []string, cls []uint16) int {
	n := len(ts)
	for k, t := range ts {
		switch {
		case (t == "confirms" || t == "confirmed" && k > 1 && (ts[k-1] == "has" || ts[k-1] == "have")) && k > 0 && thirdParty(ts, k) &&
			k+2 < n && ts[k+1] != "by":
			// "the night manager confirms both tills are taking cards", "the
			// finance team confirm they can see the invoices"; not "please
			// confirm", "I can confirm the error", "they confirmed it still fails"
			if faultAfter(ts, k+1) {
				continue
			}
			return k
		case readyStates.has(t) && k > 0:
			// "your laptop is ready for collection", "the room is now ready
			// for you", "everything is ready to use"; not a bare "the
			// package is ready" (a step), "ready for testing", "the fix is
			// ready for you" (the remedy delivered).
			p := k - 1
			if ts[p] == "now" || ts[p] == "all" || ts[p] == "fully" {
				p--
			}
			if p < 1 || !isAre(ts[p]) || negAt(ts, p-3, k+2) || !readyForUse(ts, k) || remedySubject(ts, cls, p) {
				continue
			}
			return k
		case t == "set" && k > 0 && k+1 < n && ts[k+1] == "up" || t == "in" && k+1 < n && ts[k+1] == "place":
			// "everything is set up for them", "everything you asked for is in place"
			p := k - 1
			if ts[p] == "now" || ts[p] == "all" {
				p--
			}
			if p < 1 || !(isAre(ts[p]) || ts[p] == "been") || negAt(ts, p-3, k+2) || ts[p] == "been" && ts[p-1] == "had" {
				continue // not "the record had been set up against next year": a past state, the cause
			}
			return k
		case t == "no" && k > 0 && ts[k-1] == "with" && k+1 < n && troubleNouns.has(ts[k+1]):
			// "paid at the till with no problem", "made it through the
			// afternoon with no trouble"; not the writer's step ("we
			// migrated it with no issues") or a remedy's
			if !pastVerbBefore(ts, cls, k-1) || staffStep(ts, k) || negAt(ts, 0, k) {
				continue
			}
			return k
		case t == "normally" && k > 1 && strings.HasSuffix(ts[k-1], "ing") && (isAre(ts[k-2]) || ts[k-2] == "now" || ts[k-2] == "again"):
			// "jobs are downloading normally again", not "was working normally until"
			if negAt(ts, k-4, k) {
				continue
			}
			return k
		case t == "caught" && k > 0 && k+1 < n && ts[k+1] == "up" && (isAre(ts[k-1]) || ts[k-1] == "has" || ts[k-1] == "have" ||
			ts[k-1] == "now" || ts[k-1] == "fully" || strings.HasSuffix(ts[k-1], "'s") && ts[k-1] != "that's"):
			// "the dashboard's caught up", "the replica has caught up"
			if negAt(ts, k-4, k) || k+2 < n && (ts[k+2] == "in" || ts[k+2] == "on") {
				continue
			}
			return k
		case (t == "drained" || t == "emptied" || t == "cleared") && k > 0 && (queueNouns.has(ts[k-1]) || k > 1 && queueNouns.has(ts[k-2])):
			// "the queue drained to zero", "backlog has cleared"
			if negAt(ts, k-4, k+1) {
				continue
			}
			return k
		case (t == "that's" || t == "that" || t == "this") && k+2 < n && ts[k+2] == "it" && (ts[k+1] == "done" || ts[k+1] == "did" ||
			ts[k+1] == "sorted" || ts[k+1] == "fixed" || ts[k+1] == "solved" || ts[k+1] == "cracked"):
			// "that's done it", "that did it", "this fixed it"
			if negAt(ts, k-3, k+3) {
				continue
			}
			return k
		case t == "all" && k+1 < n && (ts[k+1] == "good" || ts[k+1] == "worked") ||
			t == "confirmed" && k+1 < n && (ts[k+1] == "working" || ts[k+1] == "fixed" || ts[k+1] == "resolved"):
			// "all good on our end", "all worked", "confirmed working"
			if k > 0 && (ts[k-1] == "is" || ts[k-1] == "it's" || ts[k-1] == "not") || negAt(ts, 0, n) {
				continue // "is all good?" asks; "not all working" denies
			}
			return k
		}
	}
	return -1
}

func isAre(t string) bool {
	switch t {
	case "is", "are", "it's", "they're", "everything's", "that's", "we're", "you're":
		return true
	}
	return strings.HasSuffix(t, "'s") && t != "what's" && t != "there's" && t != "here's" && t != "let's"
}

// readyForUse reports whether the state at ts[k] is handed over for use:
// "ready for collection", "ready to use", "ready for you", "confirmed for
// Monday"; a bare "ready" may be a step in a process ("the package is ready").
func readyForUse(ts []string, k int) bool {
	if k+2 >= len(ts) {
		return false
	}
	switch ts[k+1] {
	case "for":
		switch ts[k+2] {
		case "collection", "pickup", "pick-up", "use", "you", "him", "her", "them", "everyone":
			return true
		}
	case "to":
		return ts[k+2] == "use" || ts[k+2] == "go" || ts[k+2] == "collect"
	}
	return false
}

// remedySubject reports whether a remedy is the subject before ts[p] ("the
// fix is ready", "the new build is live"): the remedy delivered, a fix, not
// yet the service working.
func remedySubject(ts []string, cls []uint16, p int) bool {
	for j := max(0, p-3); j < p; j++ {
		if cls[j]&clsRemedyNoun != 0 || ts[j] == "fix" || ts[j] == "certificate" || ts[j] == "cert" {
			return true
		}
	}
	return strings.HasSuffix(ts[p], "'s") && cls[p]&clsRemedyNoun != 0
}

// thirdParty reports whether the words before the "confirm" at ts[k] are a
// third party's report ("the site lead confirms", "Priya has confirmed"), not
// the writer, the reader or a request.
func thirdParty(ts []string, k int) bool {
	for _, t := range ts[:k] {
		switch t {
		case "i", "we", "you", "please", "kindly", "pls", "can", "could", "to", "i've", "we've", "you've", "it", "this", "that",
			"as", "and", "then", "if", "changelog", "log", "logs", "documentation", "docs", "notes", "trace", "output",
			"test", "tests", "monitoring", "graph", "graphs", "dump", "screenshot", "statement":
			return false // a document confirms a finding, not the service
		}
	}
	switch ts[k-1] {
	case "is", "was", "be", "been", "are", "were", "not":
		return false // "it was confirmed", a passive of the staff's own check
	}
	return true
}

// faultAfter reports whether a fault, a denial or a remaining problem follows
// ts[from]: what is confirmed is then the problem, not the recovery.
func faultAfter(ts []string, from int) bool {
	for _, t := range ts[from:] {
		switch t {
		case "error", "errors", "issue", "issues", "problem", "problems", "fail", "fails", "failed", "failing", "still",
			"outage", "down", "broken", "crash", "crashed", "wrong", "missing", "slow", "stuck", "cannot", "can't", "unable",
			"receipt", "received", "that", "when", "started", "again", "dropping", "rejecting", "timing", "failover", "outages",
			"affected", "bug", "cause", "caused":
			return true
		}
	}
	return negAt(ts, from, len(ts))
}

// pastVerbBefore reports whether a verb in the past stands within six words
// before ts[k] ("paid at the till with", "made it through the day with"),
// other than a remedy ("installed with no problems" reports the fix) or a
// test.
func pastVerbBefore(ts []string, cls []uint16, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := ts[j]
		if cls[j]&(clsRemedyPast|clsRemedyIng) != 0 || strings.HasPrefix(t, "test") {
			return false
		}
		switch t {
		case "ran", "made", "went", "came", "got", "paid", "printed", "logged", "signed", "worked":
			return true
		}
		if strings.HasSuffix(t, "ed") {
			return true
		}
	}
	return false
}

// staffStep reports whether the writer's team is the subject before ts[k] ("we
// migrated the data with no issues"): a step of the work, not the service
// seen working.
func staffStep(ts []string, k int) bool {
	for _, t := range ts[:k] {
		switch t {
		case "we", "we've", "i've", "team", "vendor":
			return true
		}
	}
	return false
}
