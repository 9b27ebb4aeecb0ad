package reader

import "strings"

// Restorations asserted as a state, without a restoration phrase: a service
// doing its work again or now ("the tills are accepting cards again", "the
// links open from off campus again", "you can enter bookings again"),
// something back ("it's back and the files open", "pane back"), a record
// shown done ("the portal shows it accepted"), a symptom gone, a step and the
// part's state after it ("fitted the new PSU, PSU green"), a present or
// passive state with "now" or a state put right ("your account is now
// verified", "the hold has been lifted"), a third party's confirmation of use
// relayed ("the Gibson team confirm they can get in"), and a subject that now
// has what it lacked ("all 230 stores now have the promotion"). The counts,
// figures and trouble that stopped, read by the same entry, are in
// restored_counts.go.
//
// Every form is reached through restoredAgain, only for a sentence with a
// word of stateTrig, found in the one scan of a sentence, and after
// restoreStops, a hedge and a negation.
//
// Written in rounds 9 and 12 (docs/quality.md, "Round 9", "Round 12").

// stateTrig are the words without which no form of restoredAgain applies.
var stateTrig = newLexicon("again", "now", "back", "all", "no", "baseline", "zero", "reporting", "online", "connected",
	"registered", "acknowledged", "without", "show", "shows", "showing", "confirmed", "confirm", "gone", "ok", "green", "clean",
	"queue", "backlog", "buffer", "lifted", "reinstated", "unblocked", "unlocked", "re-enabled", "credited", "confirms")

// serviceIng are the progressive forms of what a service does when it works
// ("are accepting contactless", "is taking cards").
var serviceIng = map[string]bool{"accepting": true, "taking": true, "printing": true, "moving": true, "loading": true,
	"opening": true, "showing": true, "syncing": true, "flowing": true, "sending": true, "receiving": true,
	"arriving": true, "reporting": true, "connecting": true, "registering": true, "processing": true,
	"running": true, "emitting": true, "selling": true, "matching": true, "reaching": true, "working": true,
	"delivering": true, "uploading": true, "downloading": true, "playing": true, "charging": true, "passing": true,
	"resolving": true, "routing": true, "streaming": true, "authenticating": true, "publishing": true,
	"ringing": true, "scanning": true, "serving": true, "ingesting": true, "responding": true, "landing": true,
	"posting": true, "booting": true, "validating": true, "displaying": true, "populating": true, "answering": true}

// servicePresent are the simple presents of what a service does when it works
// ("the links open", "the page loads").
var servicePresent = newWordSet(map[string]bool{"opens": true, "open": true, "loads": true, "load": true, "prints": true,
	"print": true, "shows": true, "show": true, "accepts": true, "accept": true, "connects": true, "connect": true,
	"syncs": true, "sync": true, "reaches": true, "reach": true, "match": true, "arrives": true,
	"arrive": true, "registers": true, "register": true, "works": true, "work": true,
	"play": true, "resolves": true, "ring": true,
	"display": true, "validates": true, "validate": true, "boots": true, "appears": true, "appear": true,
	"return": true, "delivers": true, "agrees": true, "reconcile": true, "reconciles": true, "offers": true})

// serviceStates are the states of a working service or record after a verb
// of being ("are online again", "is free to read now", "all look right now").
var serviceStates = newWordSet(map[string]bool{"online": true, "live": true, "green": true, "free": true, "right": true,
	"correct": true, "accurate": true, "fine": true, "ok": true, "okay": true, "normal": true, "clean": true,
	"healthy": true, "available": true, "connected": true, "registered": true, "reporting": true,
	"accepted": true, "synced": true, "delivered": true, "received": true, "up": true, "visible": true,
	"reachable": true, "working": true, "running": true, "responsive": true, "good": true, "in": true,
	"acknowledged": true, "arrived": true, "present": true, "reached": true, "through": true})

// reportStops are the stops the four restoration entries share
// (restoreStops, afterRemedyStops, staffResultStops, customerSeesStops):
// words that make a sentence something other than a report that the thing
// works now. Each entry adds its own; where the lists differ, merging them
// would change which sentences are refused, so each keeps its extras.
var reportStops = []string{
	"will", "we'll", "it'll", "you'll", "they'll", "i'll", "would", "might", "may", "tomorrow", "later", // the future, a possibility
	"if", "once", "unless", "until", "whether", // a condition
	"hope", "hopefully", "expect", "supposed", // a hope or expectation
	"please", "try", "need", "needs", // a request or attempt
	"but", "still", // a contrast, a fault that stays
	"why", "how", // a question
	"failed", "fails", "failing", "broken", "stuck", "wrong", "slow", // a fault
}

// withReportStops is reportStops and extra as a set.
func withReportStops(extra ...string) map[string]bool {
	m := make(map[string]bool, len(reportStops)+len(extra))
	for _, w := range reportStops {
		m[w] = true
	}
	for _, w := range extra {
		m[w] = true
	}
	return m
}

// restoreStops make a sentence something other than a report that the
// service works: the future, a condition, a request or attempt, a contrast,
// a remaining fault.
var restoreStops = newWordSet(withReportStops("could", "when", "retry", "kindly", "then", "tonight", "error", "errors",
	"issue", "issues", "problem", "problems", "blank", "empty", "intermittently", "intermittent", "twice",
	"duplicate", "what", "test", "testing", "staging", "going", "expected", "planned", "scheduled", "check",
	"confirm", "timeouts", "drops", "dropping", "down", "only", "fault", "faulty", "trips"))

// restoredAgain reports whether a sentence says, without a restoration
// phrase, that a service works again or now, that a count or figure is back
// where it belongs, that something is back, or that no trouble followed over
// a period; the forms are listed at the top of this file.
func restoredAgain(sc *scan, staff bool) bool {
	ts := sc.ts
	if len(ts) < 2 || hedges.hasIn(sc) {
		return false
	}
	if noFurther(ts) || usedWithout(sc) || queueDrained(ts) {
		return true // checked before the stops: "no further problems this week"
	}
	// The stops first: most support sentences have one (a request, a plan,
	// a fault), and this one pass spares them the forms.
	marker := -1
	for k, t := range ts {
		if restoreStops.has(t) && !(k+1 < len(ts) && (ts[k+1] == "rate" || ts[k+1] == "rates")) && !(t == "confirm" && relayedConfirm(ts, k)) {
			return false // not "error rate at baseline", a figure
		}
		if t == "should" && (k+1 >= len(ts) || ts[k+1] != "be" && ts[k+1] != "now") {
			return false // "should be working again" is staff's report; "should we" is not
		}
		if (t == "again" || t == "now" || t == "back") && marker < 0 {
			marker = k
		}
	}
	if negAt(ts, 0, len(ts)) {
		return false
	}
	return serviceWorks(ts, staff) || countBack(ts) || isBack(ts, marker) || showsDone(ts) || symptomGone(ts) ||
		remedyThenState(sc) || stateNow(ts, staff) || confirmedUse(ts) || countDone(ts) || nowHave(ts)
}

// serviceWorks reports a service doing its work with "again" or "now": "are
// accepting contactless again", "the links open correctly again", "you can
// enter bookings in the portal again", "the ports have link lights again",
// "Now they are online also". The writer on staff is not the subject of a
// service verb ("we are running it again" is a step).
func serviceWorks(ts []string, staff bool) bool {
	for k, t := range ts {
		if t != "again" && t != "now" || t == "now" && k > 0 && ts[k-1] == "for" {
			continue // "that works for now" is a stopgap
		}
		for j := max(1, k-8); j < len(ts) && j <= k+5; j++ {
			if j == k {
				continue
			}
			if predicateAt(ts, j, staff, t == "again") {
				return true
			}
		}
	}
	return false
}

// predicateAt reports whether ts[j] is the verb or state of a working
// service after its subject.
func predicateAt(ts []string, j int, staff, again bool) bool {
	w := ts[j]
	p := j - 1
	for p > 0 && (ts[p] == "now" || ts[p] == "all" || ts[p] == "also" || ts[p] == "fully" || ts[p] == "properly" || ts[p] == "again") {
		p--
	}
	prev := ts[p]
	own := ownSubject(ts[:j], staff)
	switch {
	case serviceIng[w]:
		if j+1 < len(ts) {
			switch ts[j+1] {
			case "on", "to", "with", "hard", "late", "out", "low", "a", "an", "through":
				return false // "working on it", "taking a look", "running late"
			}
		}
		return isBeing(prev) && p > 0 && !own // a subject before the verb
	case serviceStates.has(w):
		return (isBeing(prev) || prev == "all" || prev == "look" || prev == "looks" || prev == "as") && !own && w != "in"
	case servicePresent.has(w):
		// a subject before the verb, not an instruction ("open it again")
		switch prev {
		case "to", "and", "can", "you", "i", "we", "they", "it", "did", "does", "do", "please", "then":
			return false
		}
		return p > 0 && !own && !isBeing(prev)
	case w == "can" || w == "able":
		// "the client can see it again", "you can enter bookings now";
		// staff's own "we can see" is a check, left to the other rules
		v := j + 1
		for v < len(ts) && (ts[v] == "now" || ts[v] == "also" || ts[v] == "to" || ts[v] == "again") {
			v++
		}
		// a customer's "you can connect now" hands work to staff
		return v < len(ts) && useVerbs.has(ts[v]) && !(staff && (prev == "we" || prev == "i")) && (staff || prev != "you")
	case (w == "has" || w == "have") && again && j < len(ts)-1 && hasAgainWithin(ts, j):
		// "the ports have link lights again", not "have been", "have to"
		return j+1 < len(ts) && ts[j+1] != "been" && ts[j+1] != "to" && ts[j+1] != "had" && !own &&
			!strings.HasSuffix(ts[j+1], "ed")
	}
	return false
}

// useVerbs are what a person does with a service that works ("can see it
// again", "able to log in now").
var useVerbs = newWordSet(map[string]bool{"see": true, "log": true, "login": true, "get": true, "enter": true, "access": true,
	"open": true, "print": true, "book": true, "use": true, "read": true, "send": true, "receive": true,
	"download": true, "upload": true, "pay": true, "connect": true, "sign": true, "share": true, "find": true,
	"load": true, "play": true, "save": true, "submit": true, "search": true, "view": true, "edit": true,
	"call": true, "scan": true, "post": true, "publish": true, "order": true, "sell": true, "file": true,
	"start": true, "run": true, "reach": true, "browse": true, "stream": true})

// hasAgainWithin reports "again" within four words after ts[j].
func hasAgainWithin(ts []string, j int) bool {
	for k := j + 2; k < len(ts) && k <= j+4; k++ {
		if ts[k] == "again" {
			return true
		}
	}
	return false
}

// isBeing reports whether a word is a form of "be" that a state follows.
func isBeing(t string) bool {
	switch t {
	case "is", "are", "was", "were", "be", "been", "it's", "its", "they're", "that's", "everything's", "we're", "i'm":
		return true
	}
	return false
}

// ownSubject reports whether staff write of themselves as the subject ("we
// are running the import again", "I'm sending it again now").
func ownSubject(before []string, staff bool) bool {
	if !staff {
		return false
	}
	for _, t := range before {
		switch t {
		case "we", "i", "we're", "i'm", "we've", "i've", "us", "me":
			return true
		}
	}
	return false
}

// isPronoun reports whether a word is a personal pronoun ("all we can do").
func isPronoun(t string) bool {
	switch t {
	case "we", "i", "you", "they", "of", "the", "that", "this":
		return true
	}
	return false
}

// isBack reports something back: "it's back and the files open", "Pane
// back.", "yes its back", "the feed is back for all stations", not a person
// ("I'm back from leave"), a call or reply ("get back to you"), a remedy
// ("rolled back"), or a value set back ("set back to 30").
func isBack(ts []string, m int) bool {
	if m < 1 || ts[m] != "back" {
		return false
	}
	prev := ts[m-1]
	switch prev {
	case "i'm", "we're", "you're", "he's", "she's", "i", "we", "you", "he", "she", "get", "got", "come", "came",
		"call", "called", "go", "went", "write", "wrote", "report", "reported", "hear", "heard", "bring",
		"brought", "roll", "rolled", "put", "moved", "move", "set", "switch", "switched", "changed", "scale",
		"scaled", "fall", "fell", "falling", "step", "stepped", "reverted", "pushed", "push", "sent", "send",
		"way", "from", "to", "getting", "coming", "ring", "rang", "phone", "phoned", "email", "emailed", "and", "s":
		return false
	}
	if !isBeing(prev) {
		// "Pane back.", "Filing pane back for Helen": a terse subject with
		// no verb of its own; "Took the loaner back", "rolled themselves
		// back" are steps
		if m > 3 {
			return false
		}
		for _, t := range ts[:m] {
			if strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "ing") || backSteps.has(t) {
				return false
			}
		}
	}
	if m+1 == len(ts) {
		return true // "Pane back."
	}
	switch ts[m+1] {
	case "and", "now", "thanks", "thank", "for", "up", "online", "in", "into", "too", "as", "today", "again", "after":
		return ts[m+1] != "in" && ts[m+1] != "into" || accessSubject(prev) || prev == "all"
	}
	return false
}

// backSteps are verbs in the past that put something back: a step.
var backSteps = newWordSet(map[string]bool{"took": true, "put": true, "set": true, "got": true, "brought": true, "sent": true,
	"gave": true, "came": true, "went": true, "ran": true, "we": true, "i": true, "we've": true, "i've": true,
	"thanks": true, "thank": true, "call": true, "write": true, "get": true})

// doneStates are what a record or item is shown as when the work is through
// ("the portal shows it accepted", "shows them as delivered").
var doneStates = newWordSet(map[string]bool{"accepted": true, "delivered": true, "registered": true, "received": true,
	"signed": true, "paid": true, "processed": true, "complete": true, "completed": true, "online": true,
	"green": true, "connected": true, "synced": true, "active": true, "acknowledged": true, "cleared": true,
	"pre-advised": true, "approved": true, "posted": true, "settled": true})

// showsDone reports a system showing a record or item done: "the bank portal
// shows it accepted", "SignBridge shows them as delivered", "all shipments
// show as pre-advised".
func showsDone(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		switch ts[k] {
		case "shows", "show", "showing", "showed":
		default:
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			if ts[j] == "0" || ts[j] == "zero" || ts[j] == "no" || ts[j] == "none" || ts[j] == "not" {
				break // "shows 0 delivered since Friday"
			}
			if doneStates.has(ts[j]) && ts[j-1] != "the" && ts[j-1] != "a" {
				return true
			}
		}
	}
	return false
}

// symptomGone reports a warning or symptom gone: "the red warning has gone
// today", "the banner's gone now"; not a person gone ("he has gone home").
func symptomGone(ts []string) bool {
	for k := 2; k < len(ts); k++ {
		if ts[k] != "gone" || ts[k-1] != "has" && ts[k-1] != "have" {
			continue
		}
		if k+1 < len(ts) && ts[k+1] != "today" && ts[k+1] != "now" && ts[k+1] != "and" && ts[k+1] != "since" {
			return false
		}
		switch ts[k-2] {
		case "he", "she", "they", "we", "i", "it", "engineer", "who", "that", "time":
			return false
		}
		return true
	}
	return false
}

// stateAfterRemedy are the terse states of a part after a step ("sensor OK",
// "PSU green", "re-scan clean").
var stateAfterRemedy = newWordSet(map[string]bool{"ok": true, "green": true, "clean": true, "normal": true, "online": true,
	"up": true})

// remedyThenState reports a step done and the part's state closing the
// sentence: "gpupdate done, sensor OK", "fitted the new PSU, PSU green",
// "re-scan clean", "patch lead replaced and link up"; not a finding
// without a step ("disk OK") or a test's ("test capture OK", a test result).
func remedyThenState(sc *scan) bool {
	ts := sc.ts
	n := len(ts)
	if n < 2 || n > 12 || !stateAfterRemedy.has(ts[n-1]) || testWord(ts) {
		return false
	}
	if ts[n-1] == "up" && ts[n-2] != "link" && ts[n-2] != "links" {
		return false // "follow up", "set up": a phrasal verb
	}
	for k := 0; k < n-2; k++ {
		if sc.cls[k]&clsRemedyPast != 0 || ts[k] == "done" || ts[k] == "fitted" || strings.HasPrefix(ts[k], "re-") {
			return !ownSubject(ts[:k], true)
		}
	}
	return false
}

// nowStates are the done states a service, record or account is in once the
// work is through, after a form of "be" and "now" ("the certificate is now
// issued and installed", "the 63 students are now enrolled", "your account
// is now verified", "new alerts are now being delivered").
var nowStates = newWordSet(map[string]bool{"served": true, "verified": true, "enrolled": true, "issued": true,
	"installed": true, "credited": true, "enabled": true, "re-enabled": true, "unlocked": true, "unblocked": true,
	"activated": true, "active": true, "live": true, "delivered": true, "registered": true, "synced": true,
	"approved": true, "processed": true, "complete": true, "completed": true, "connected": true,
	"available": true, "visible": true, "reinstated": true, "lifted": true, "released": true, "published": true,
	"received": true, "accepted": true, "paid": true, "settled": true, "online": true})

// liftedStates are the states put right that a passive perfect reports
// without "now" ("the hold has been lifted", "your access has been
// reinstated"); not "has been approved" or "received", a step of a process.
var liftedStates = newWordSet(map[string]bool{"lifted": true, "reinstated": true, "unblocked": true, "unlocked": true,
	"re-enabled": true, "credited": true, "reactivated": true, "unsuspended": true})

// stateNow reports a subject in a done state now or put right: "<subject>
// is/are now <state>", "<subject> has/have (now) been <state>" with "now"
// or a state put right; not staff's own subject ("we are now enrolled ..."
// is rare, "I'm now connected" is a check), not "for now" (a stopgap).
func stateNow(ts []string, staff bool) bool {
	now := false
	for k, t := range ts {
		if t == "now" && (k == 0 || ts[k-1] != "for") {
			now = true
		}
	}
	for k := 1; k+1 < len(ts); k++ {
		perfect := ts[k] == "has" || ts[k] == "have"
		if !perfect && ts[k] != "is" && ts[k] != "are" && ts[k] != "it's" && ts[k] != "they're" {
			continue
		}
		been := false
		j := k + 1
		for j < len(ts) && (ts[j] == "now" || ts[j] == "all" || ts[j] == "fully" || ts[j] == "also" || ts[j] == "been" ||
			ts[j] == "being" || ts[j] == "successfully") {
			been = been || ts[j] == "been"
			j++
		}
		if j >= len(ts) || perfect && !been || ownSubject(ts[:k], staff) || isPronoun(ts[k-1]) && ts[k-1] != "it" && ts[k-1] != "they" && ts[k-1] != "you" {
			continue
		}
		if now && nowStates.has(ts[j]) || been && liftedStates.has(ts[j]) {
			return true
		}
	}
	return false
}

// relayedConfirm reports whether "confirm" at ts[k] is a report ("the Gibson
// team confirm they can get in", "Yes I confirm, now the predictions match")
// rather than a request or a promise: a subject just before it that is not a
// request's ("please", "to", "can", "you") and no "will"/"can" (left to the stops).
func relayedConfirm(ts []string, k int) bool {
	if k == 0 {
		return false // "Confirm the ..." asks
	}
	switch ts[k-1] {
	case "please", "pls", "to", "you", "can", "could", "and", "or", "kindly", "we", "let", "me", "i'll", "we'll", "just",
		"ok", "okay", "so", "yes", "then", "thanks":
		return false // "ok confirm you can connect" asks
	}
	return k+1 >= len(ts) || ts[k+1] != "you" && ts[k+1] != "your"
}

// confirmedUse reports a third party's or the writer's confirmation that
// people can use the service: "the Gibson team confirm they can get in",
// "crew calling in confirm they see the July lines now", "Care confirm the
// callers can all see their points now".
func confirmedUse(ts []string) bool {
	for k, t := range ts {
		if t != "confirm" && t != "confirms" && t != "confirmed" || !relayedConfirm(ts, k) {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+8; j++ {
			switch {
			case ts[j] == "can" || ts[j] == "able":
				v := j + 1
				for v < len(ts) && (ts[v] == "all" || ts[v] == "now" || ts[v] == "to" || ts[v] == "also") {
					v++
				}
				return v < len(ts) && useVerbs.has(ts[v])
			case (ts[j] == "see" || ts[j] == "sees" || ts[j] == "get" || ts[j] == "have") && (ts[j-1] == "they" || ts[j-1] == "she" || ts[j-1] == "he" || ts[j-1] == "everyone"):
				return true
			}
		}
	}
	return false
}

// nowHave reports a subject that now has what it lacked, "now" before the
// verb: "All 230 stores now have the promotion", "Sophie and Liam now have
// the Payroll Admin role" (hasNow, recovered.go, reads "now" after the object);
// not "have to", "have been", a perfect ("now have updated"), the writer or
// a pronoun as subject ("we now have a plan", "it now has a new error").
func nowHave(ts []string) bool {
	for k := 2; k+1 < len(ts); k++ {
		if ts[k] != "has" && ts[k] != "have" || ts[k-1] != "now" {
			continue
		}
		switch ts[k+1] {
		case "to", "been", "had", "no", "not", "got", "a", "an", "same":
			continue
		}
		if strings.HasSuffix(ts[k+1], "ed") {
			continue // a perfect: "now have updated them", a step
		}
		for _, t := range ts[:k] {
			switch t {
			case "we", "i", "it", "this", "that", "there", "you", "who", "what", "which", "for":
				return false
			}
		}
		return true
	}
	return false
}
