package reader

import "strings"

// Round 7: the terse forms of working notes. A check that passed reported as
// the restoration ("test payment OK", "re-test 40/40 delivered"), a fault
// found and noted in an internal note without a cause phrase ("Lab
// integration service stopped.", "vendor email hard-bounced"), and a step
// taken written as a verb with its object ("Started it, set to automatic",
// "bounced the service", "I've put the certificate back").

// testNouns name a check run to see whether the service works.
var testNouns = map[string]bool{"test": true, "tests": true, "re-test": true, "retest": true, "re-tests": true,
	"retests": true, "tested": true, "re-tested": true, "retested": true, "smoke": true, "test-run": true}

// passWords say that a check passed.
var passWords = newWordSet(map[string]bool{"ok": true, "okay": true, "pass": true, "passes": true, "passed": true,
	"passing": true, "delivered": true, "succeeded": true, "successful": true, "successfully": true,
	"works": true, "worked": true, "fine": true, "printed": true, "arrived": true, "encoded": true,
	"green": true, "through": true, "good": true, "clean": true})

// checkBlockers make a report of a check something else: a plan, a request,
// a condition, a failure or a remaining fault, a check of a suite rather than
// of the service.
var checkBlockers = newWordSet(map[string]bool{"will": true, "would": true, "could": true, "might": true, "may": true,
	"if": true, "when": true, "once": true, "before": true, "until": true, "please": true, "kindly": true,
	"can": true, "i'll": true, "we'll": true, "let": true, "need": true, "needs": true, "try": true,
	"fail": true, "fails": true, "failed": true, "failing": true, "error": true, "errors": true,
	"declined": true, "bounced": true, "rejected": true, "still": true, "but": true, "except": true,
	"yet": true, "why": true, "whether": true, "unit": true, "regression": true, "integration": true,
	"ci": true, "e2e": true, "automated": true, "intermittently": true, "sometimes": true, "only": true,
	"indicates": true, "indicate": true, "suggests": true, "suggest": true, "shows": true, "show": true})

// checkPassed reports whether a sentence reports a check that passed: a test
// noun and, within eight words after it, a word of passing or an all-passed
// count ("40/40"), with no blocker, negation or question.
func checkPassed(text string, sc *scan) bool {
	ts := sc.ts
	if strings.Contains(text, "?") || testEnv.hasIn(sc) || hedges.hasIn(sc) {
		return false
	}
	at := -1
	for k, t := range ts {
		if checkBlockers.has(t) {
			return false
		}
		if at < 0 && testNouns[t] && (t != "smoke" || k+1 < len(ts) && strings.HasPrefix(ts[k+1], "test")) {
			at = k
		}
	}
	if at < 0 || negAt(ts, 0, len(ts)) {
		return false
	}
	pass := false
	for j := at + 1; j < len(ts) && j <= at+8; j++ {
		if passWords.has(ts[j]) || j+1 < len(ts) && allOf(text, ts[j], ts[j+1]) {
			pass = true
			break
		}
	}
	for j := 0; pass && j+1 < len(ts); j++ {
		if ts[j] != ts[j+1] && isNumber(ts[j]) && isNumber(ts[j+1]) && strings.Contains(text, ts[j]+"/"+ts[j+1]) {
			return false // "37/40 delivered": some failed
		}
	}
	return pass
}

func isNumber(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return t != ""
}

// allOf reports whether two number words are a count of all passed ("40/40").
func allOf(text, a, b string) bool {
	if a != b || !isNumber(a) {
		return false
	}
	return strings.Contains(text, a+"/"+b)
}

// faultVerbs are the past forms of what a component does when it fails,
// noted without a cause phrase: "service stopped", "cert expired".
var faultVerbs = map[string]bool{"stopped": true, "crashed": true, "expired": true, "bounced": true,
	"hard-bounced": true, "soft-bounced": true, "died": true, "hung": true, "froze": true, "overheated": true,
	"tripped": true, "lapsed": true, "errored": true, "lost": true, "timed": true, "filled": true}

// lostWhat are what a component loses when it fails ("lost trust with the
// domain"); a user losing files is a symptom.
var lostWhat = newWordSet(map[string]bool{"trust": true, "connection": true, "connectivity": true, "power": true,
	"sync": true, "link": true, "contact": true, "its": true, "network": true, "quorum": true, "lock": true})

// relayWords say the sentence passes on what someone reported (the symptom),
// or places the fault in time relative to something else.
var relayWords = newWordSet(map[string]bool{"user": true, "users": true, "customer": true, "customers": true,
	"reports": true, "reported": true, "says": true, "said": true, "reporting": true, "complains": true,
	"caller": true, "when": true, "if": true, "after": true, "before": true, "since": true, "until": true,
	"once": true, "again": true, "whenever": true, "sometimes": true, "randomly": true, "intermittently": true,
	"keeps": true, "kept": true})

// terseFault reports whether a sentence of a staff internal note states, as
// a finding, that a component failed: a short subject (not a person, the
// writer or "it") and a fault verb in the past, with no hedge, negation,
// relayed report or remedy after it ("Lab integration service stopped.",
// "Logs: vendor email hard-bounced", "SSL cert expired 11/01 23:59"); not a
// symptom ("printer stopped working", "user's session timed out again").
func terseFault(sc *scan) bool {
	ts := sc.ts
	if len(ts) > 20 || hedges.hasIn(sc) || unknownCause.hasIn(sc) {
		return false
	}
	for k := 1; k < len(ts) && k <= 6; k++ {
		t := ts[k]
		if !faultVerbs[t] {
			continue
		}
		next := nextToken(ts, k)
		switch {
		case t == "timed" && next != "out", t == "filled" && next != "up", t == "lost" && !lostWhat.has(next):
			continue
		case strings.HasSuffix(next, "ing"):
			return false // "stopped working", "stopped printing": the symptom
		}
		for _, w := range ts[:k] {
			if pronouns.has(w) || relayWords.has(w) || w == "that" || w == "which" || w == "was" || w == "were" || w == "has" || w == "have" {
				return false
			}
		}
		for _, w := range ts {
			if relayWords.has(w) {
				return false
			}
		}
		for j, w := range ts {
			if j != k && (stepVerbs[w] || sc.cls[j]&clsRemedyPast != 0 || maintenance.has(w)) {
				return false // "snapshots taken, services stopped": steps of a change
			}
		}
		return !negAt(ts, 0, len(ts)) && remedyAt(ts, sc.cls) < 0
	}
	return false
}

// maintenance are the words of planned work, in which a service stopped is a step.
var maintenance = newWordSet(map[string]bool{"maintenance": true, "upgrade": true, "change": true, "window": true,
	"snapshot": true, "snapshots": true, "backup": true, "planned": true, "scheduled": true, "migration": true})

// stepVerbs are past forms of steps of a fix that are not in the remedial
// class, because on their own they say too little ("started", "put", "ran"):
// with an object, opening a note or after the writer, they report a step.
var stepVerbs = map[string]bool{"started": true, "bounced": true, "re-pushed": true, "repushed": true,
	"pushed": true, "raised": true, "widened": true, "shortened": true, "lengthened": true, "ran": true,
	"taken": true, "put": true, "built": true, "committed": true, "published": true,
	"republished": true, "re-published": true, "voided": true, "resumed": true, "backfilled": true,
	"back-filled": true, "pointed": true, "entered": true, "assigned": true, "swapped": true, "stopped": true,
	"paused": true, "fitted": true, "plugged": true, "unplugged": true, "cycled": true, "re-queued": true,
	"reseated": true, "re-seated": true, "loaded": true, "re-imported": true, "reimported": true,
	// round 11: steps of granting, re-sending and reversing a setting
	"issued": true, "re-shared": true, "reshared": true, "imported": true, "enrolled": true, "unpinned": true,
	"nudged": true, "swung": true, "flipped": true, "re-logged": true, "relogged": true, "reopened": true,
	"re-opened": true, "delivered": true, "invited": true}

// stepObjects open the object of a step ("started it", "put the certificate back").
var stepObjects = newWordSet(map[string]bool{"it": true, "them": true, "the": true, "a": true, "an": true, "his": true,
	"her": true, "their": true, "our": true, "your": true, "its": true, "all": true, "both": true, "this": true,
	"that": true, "these": true, "those": true, "him": true, "each": true, "every": true})

// stepNotObject are words after a step verb that make it no step: a
// preposition or particle of another sense ("ran out", "raised with the
// vendor", "started at 9"), a look or a call taken.
var stepNotObject = newWordSet(map[string]bool{"at": true, "on": true, "in": true, "with": true, "for": true, "to": true,
	"by": true, "after": true, "since": true, "from": true, "out": true, "about": true, "into": true,
	"off": true, "over": true, "up": true, "down": true, "as": true, "when": true, "and": true, "because": true})

// stepTime after a step verb says when something happened, not what was done.
var stepTime = newWordSet(map[string]bool{"yesterday": true, "today": true, "tonight": true, "again": true, "around": true,
	"recently": true, "earlier": true, "overnight": true, "morning": true, "afternoon": true, "evening": true,
	"week": true, "night": true, "suddenly": true, "randomly": true, "happening": true, "shortly": true})

// stepTaken reports whether a staff sentence reports a step taken: a step
// verb opening the sentence (after any timestamp), or after "I"/"we"/"they"
// (with "have" or an adverb), followed by its object; a terse headline of a
// step ("Rule committed 10:12 on FW1", "Fees voided via the admin tool"); a
// limit raised ("the upload limit has been raised to 100 GB"); or an
// instruction relayed ("asked Gary to restart it").
func stepTaken(ts []string) bool {
	start := 0
	for start < len(ts) && start < 3 && isNumber(ts[start]) {
		start++ // "11:02 switched the provider to ..."
	}
	for k := start; k+1 < len(ts) && k <= start+8; k++ {
		if ts[k] == "raised" && limitBefore(ts, k) && k > 0 && (ts[k-1] == "been" || isAre(ts[k-1]) || ts[k-1] == "was") &&
			ts[k+1] == "to" && !negAt(ts, 0, k) {
			return true // "the storage limit has been raised to 100 GB"
		}
		if k > start+5 {
			continue
		}
		if ts[k] == "asked" {
			if askedTo(ts, k) {
				return true
			}
			continue
		}
		if !stepVerbs[ts[k]] {
			continue
		}
		j := k - 1
		for j >= start && (ts[j] == "also" || ts[j] == "just" || ts[j] == "now" || ts[j] == "already" || ts[j] == "then" || ts[j] == "manually") {
			j--
		}
		if j >= start && (ts[j] == "have" || ts[j] == "has") {
			j--
		}
		next := ts[k+1]
		if j >= start {
			switch ts[j] {
			case "i", "we", "i've", "we've", "they've", "they":
			default:
				if k-start <= 3 && headlineSteps.has(ts[k]) && stepHeadline(ts[start:k], next) && !routedTo(ts, k+1) {
					return true // "Rule committed 10:12 on FW1"
				}
				continue
			}
			if j > 0 && (negAt(ts, j-1, j) || ts[j-1] == "if" || ts[j-1] == "when" || ts[j-1] == "before" || ts[j-1] == "after") {
				continue
			}
		}
		if ts[k] == "taken" && outOfService(ts, k+1) {
			return true // "they have taken that gateway out of service"
		}
		if stepNotObject.has(next) || strings.HasSuffix(next, "ing") || negAt(ts, k, k+2) || stepTime.has(next) ||
			k+2 < len(ts) && (next == "this" || next == "last") && stepTime.has(ts[k+2]) {
			continue // "started yesterday", "stopped this morning": when a symptom began or ended
		}
		if !stepObjects.has(next) && (next == "" || determiners.has(next) || pronouns.has(next)) {
			continue
		}
		if ts[k] == "raised" && !limitAfter(ts, k+1) {
			continue // "raised it with the vendor", "raised problem PRB-2207"
		}
		if ts[k] == "taken" && !backupAfter(ts, k+1) {
			continue // "taken note", "taken care of", "taken the logs": idioms and checks
		}
		if routedTo(ts, k+1) {
			continue // "assigned it to the dev team", "pushed it to L2": the ticket routed
		}
		for _, w := range ts[k+1 : min(len(ts), k+5)] {
			if w == "look" || w == "call" || w == "investigation" || w == "investigating" || w == "analysis" ||
				w == "troubleshooting" || w == "work" || w == "meeting" || w == "discussion" || w == "bridge" ||
				testNouns[w] || w == "testing" || w == "review" || w == "scenario" || w == "session" ||
				w == "ticket" || w == "case" || w == "question" || w == "concern" || w == "note" {
				return false // "took a look", "raised a case with the vendor"
			}
		}
		return true
	}
	return false
}

// headlineSteps are the step verbs that, as a participle after a noun, say
// what was done to it ("Rule committed", "Fees voided"); "ran", "started",
// "stopped", "pointed" say what the noun did ("job ran at 04:00", "NTP
// pointed at the old DC"), "entered", "raised" and "assigned" what was put in
// a system.
var headlineSteps = newWordSet(map[string]bool{"committed": true, "published": true, "republished": true,
	"re-published": true, "voided": true, "fitted": true, "built": true, "swapped": true, "pushed": true,
	"re-pushed": true, "repushed": true, "backfilled": true, "back-filled": true, "widened": true,
	"shortened": true, "lengthened": true, "reseated": true, "re-seated": true, "re-queued": true,
	"re-imported": true, "reimported": true, "bounced": true, "cycled": true, "issued": true, "re-shared": true})

// stepHeadline reports whether the words before a step participle are the
// noun phrase of a terse headline and the word after it closes one: a time, a
// place or means, or the end ("Rule committed 10:12", "Modules published to
// /apps", "Fees voided via the admin tool").
func stepHeadline(before []string, next string) bool {
	if len(before) == 0 || !headlineBefore(before) {
		return false
	}
	for _, w := range before {
		if pronouns.has(w) || w == "ticket" || w == "case" || w == "request" || w == "issue" || w == "problem" || w == "flag" || w == "alert" {
			return false
		}
	}
	return isNumber(next) || next == "via" || next == "to" && !determiners.has(before[len(before)-1]) || next == "on" || next == "at"
}

// outOfService reports whether "out of service" or "offline" follows within
// five words from ts[k] ("taken that gateway out of service").
func outOfService(ts []string, k int) bool {
	for j := k; j < len(ts) && j <= k+5; j++ {
		if ts[j] == "offline" || ts[j] == "out" && j+2 < len(ts) && ts[j+1] == "of" && (ts[j+2] == "service" || ts[j+2] == "rotation" || ts[j+2] == "the") {
			return true
		}
	}
	return false
}

// askedTo reports whether staff relay an instruction given ("asked Gary to
// charge and connect it", "asked the user to restart the router"): "asked",
// up to three words, "to" and a remedial verb.
func askedTo(ts []string, k int) bool {
	for j := k + 2; j < len(ts) && j <= k+4; j++ {
		if ts[j] != "to" || j+1 >= len(ts) {
			continue
		}
		v := ts[j+1]
		return (remedyBase[v] || relayedSteps.has(v)) && !negAt(ts, max(0, k-3), j+1)
	}
	return false
}

// relayedSteps are what a user is asked to do as a remedy, besides the
// remedial verbs: plug a device in, split a file, sign out and in.
var relayedSteps = newWordSet(map[string]bool{"charge": true, "connect": true, "split": true, "plug": true, "unplug": true,
	"sign": true, "log": true, "power": true, "reseat": true, "swap": true, "use": true, "switch": true})

// limitBefore reports whether a limit is named among the six words before ts[k].
func limitBefore(ts []string, k int) bool {
	return limitAfter(ts[:k], max(0, k-6)) || k >= 6 && limitAfter(ts[:k], k-3)
}

// workingNote returns the acts of round 7's forms in a sentence that has one
// of their trigger words: a check passed (by anyone), and in a staff
// sentence a request fulfilled (after a requesting opening), a fault noted in
// an internal note, a step taken.
func workingNote(text string, sc *scan, c Context, staff bool) Act {
	var acts Act
	if sc.trig&trigTest != 0 && checkPassed(text, sc) || sc.trig&trigHeld != 0 && heldStates(sc) {
		acts |= Restored
	}
	if !staff {
		return acts
	}
	if c.Request && sc.trig&trigFulfil != 0 {
		if fix, restored := requestDone(sc); fix || restored {
			if fix {
				acts |= Fix
			}
			if restored {
				acts |= Restored
			}
		}
	}
	if !c.Public && sc.trig&trigFault != 0 && (terseFault(sc) || terseState(sc)) || sc.trig&trigStill != 0 && stillStale(sc) ||
		sc.trig&trigFault != 0 && faultWhen(sc) {
		if !checkResult(text, sc) && !stepNoteRefused(sc.ts) && !recordReading(text) { // a check's result under its heading (round 37); a step note (round 99); a record's reading (round 257)
			acts |= Cause
		}
	}
	if sc.trig&trigStep != 0 && stepTaken(sc.ts) {
		acts |= Fix
	}
	return acts
}

// limitAfter reports whether a limit is named within four words from ts[k]
// ("raised worker memory limit to 2 GiB", "raised the timeout").
func limitAfter(ts []string, k int) bool {
	for _, w := range ts[k:min(len(ts), k+4)] {
		if limitNouns[w] || w == "limits" || w == "threshold" || w == "timeout" || w == "memory" || w == "ceiling" || w == "lease" {
			return true
		}
	}
	return false
}

// routedTo reports whether the words from ts[k] send something to a team
// rather than change it: "to" and a team within three words after it.
func routedTo(ts []string, k int) bool {
	for j := k; j < len(ts); j++ {
		if ts[j] != "to" {
			continue
		}
		for _, w := range ts[j+1 : min(len(ts), j+4)] {
			switch w {
			case "team", "dev", "devs", "developer", "developers", "development", "vendor", "support", "queue",
				"l2", "l3", "engineering", "engineer", "engineers", "colleague", "colleagues", "manager", "desk":
				return true
			}
		}
	}
	return false
}

// backupAfter reports whether a copy taken as a step is named within three
// words from ts[k] ("taken a log backup", "taken a snapshot").
func backupAfter(ts []string, k int) bool {
	for _, w := range ts[k:min(len(ts), k+3)] {
		switch w {
		case "backup", "backups", "snapshot", "snapshots", "dump", "copy":
			return true
		}
	}
	return false
}

// goodHeld are the working states that a service is said to have held.
var goodHeld = newWordSet(map[string]bool{"fine": true, "ok": true, "okay": true, "good": true, "stable": true,
	"solid": true, "perfect": true, "reliable": true, "flawless": true})

// heldStates reports whether a sentence says the service has held a working
// state over a period, in the present perfect ("the labels have been fine all
// week", "been fine for 20 min now") or as the absence of trouble over one
// ("no issues on the line over two shifts"); not the past perfect of a state
// before the fault ("had been fine until Tuesday"), a plan, a condition, a
// remaining fault.
func heldStates(sc *scan) bool {
	ts := sc.ts
	if hedges.hasIn(sc) {
		return false
	}
	hit := false
	for k, t := range ts {
		switch t {
		case "until", "till", "before", "but", "still", "will", "would", "should", "if", "when", "once", "why", "how", "hope", "hopefully":
			return false
		case "been":
			if k+1 < len(ts) && goodHeld.has(ts[k+1]) && (k == 0 || ts[k-1] == "has" || ts[k-1] == "have" || ts[k-1] == "'ve" ||
				strings.HasSuffix(ts[k-1], "'ve") || strings.HasSuffix(ts[k-1], "'s") && ts[k-1] != "that's") && !negAt(ts, max(0, k-3), k+2) {
				hit = true
			}
		case "no":
			if k+1 < len(ts) && (troubleNouns.has(ts[k+1]) || sc.cls[k+1]&clsSymptom != 0) {
				for j := k + 2; j < len(ts) && j <= k+5; j++ {
					if ts[j] == "over" || ts[j] == "across" || ts[j] == "overnight" {
						hit = true
					}
				}
			}
		}
	}
	return hit
}

// stillVerbs, after "still", keep a component in the state it had before a
// change ("still had the old key", "still carried the wrong code").
var stillVerbs = newWordSet(map[string]bool{"has": true, "had": true, "have": true, "carried": true, "carries": true,
	"uses": true, "used": true, "using": true, "pinned": true, "pins": true, "held": true, "holds": true,
	"referenced": true, "references": true, "contains": true, "contained": true, "on": true})

// stillStale reports whether staff state that a component still has
// something stale or faulty: "still", a verb of having or using (or "on"),
// and within four words an old, wrong or faulty target ("the profile still
// had old key", "FS01 still has an orphaned snapshot", "the payment page still
// pinned the old one"); not the writer, the reader or a question, nor after a
// negation or a hedge.
func stillStale(sc *scan) bool {
	ts := sc.ts
	if hedges.hasIn(sc) {
		return false
	}
	for k := 1; k+2 < len(ts); k++ {
		if ts[k] != "still" {
			continue
		}
		v := k + 1
		if ts[v] == "only" && v+1 < len(ts) {
			v++
		}
		if !stillVerbs.has(ts[v]) {
			continue
		}
		for j := v + 1; j < len(ts) && j <= v+4; j++ {
			if !staleTargets.has(ts[j]) && sc.cls[j]&clsFaulty == 0 {
				continue
			}
			for _, w := range ts[:k] {
				switch w {
				case "we", "i", "you", "if", "when", "once", "whether", "because", "we're", "you're", "i'm":
					return false
				}
			}
			return !negAt(ts, 0, k) && !negAt(ts, k+1, j) // "still" is itself in negations
		}
	}
	return false
}

// terseStates are the fault states a terse internal note gives a component
// without a verb ("secure channel broken", "log volume full"); symptoms the
// customer sees ("down", "unreachable", "failed") are left out.
var terseStates = map[string]bool{"expired": true, "full": true, "corrupted": true, "corrupt": true,
	"broken": true, "misconfigured": true, "revoked": true, "lapsed": true, "crushed": true, "unplugged": true,
	"loose": true, "overheating": true, "outdated": true, "orphaned": true}

// terseState reports whether an internal note gives a component a fault state
// without a verb: a noun phrase of up to four words, not a pronoun or a
// person, then the state ("cert expired on the LB", "patch lead crushed").
func terseState(sc *scan) bool {
	ts := sc.ts
	for k := 1; k < len(ts) && k <= 4; k++ {
		if !terseStates[ts[k]] {
			continue
		}
		if !headlineBefore(ts[:k]) || k+1 < len(ts) && !stateCloses.has(ts[k+1]) && !isNumber(ts[k+1]) {
			return false // "the failed full backup": an attribute, not the finding
		}
		for _, w := range ts[:k] {
			if relayWords.has(w) || w == "if" || w == "whether" || w == "not" {
				return false
			}
		}
		return !negAt(ts, 0, len(ts)) && !hedges.hasIn(sc) && remedyAt(ts, sc.cls) < 0
	}
	return false
}

// stateCloses are the words after which a terse state ends its clause.
var stateCloses = newWordSet(map[string]bool{"on": true, "in": true, "at": true, "since": true, "after": true, "for": true,
	"from": true, "with": true, "and": true, "again": true, "overnight": true, "yesterday": true, "today": true})

// whenVerbs are the past forms of a component failing that an explanation
// ties to an event ("the link stopped when the PC restarted").
var whenVerbs = map[string]bool{"stopped": true, "crashed": true, "failed": true, "dropped": true,
	"disconnected": true, "hung": true, "froze": true, "died": true, "broke": true, "expired": true, "lapsed": true}

// faultWhen reports whether staff tie a component's failure to an event in
// the past: a component (not the writer, the reader, "it" or a symptom) and
// a failure verb, then "when", "after" or "as" and a clause in the past ("the
// link between the analysers and the PMS stopped when the lab PC restarted
// for updates", "the VPN dropped after the firewall rebooted"); not a
// symptom that stopped (a recovery), a question, a hedge or a negation.
func faultWhen(sc *scan) bool {
	ts := sc.ts
	for k := 1; k+2 < len(ts) && k <= 12; k++ {
		if !whenVerbs[ts[k]] {
			continue
		}
		j := k + 1
		if ts[j] == "working" || ts[j] == "responding" || ts[j] == "syncing" || ts[j] == "running" {
			j++ // "stopped working when ..."
		}
		if j+1 >= len(ts) || ts[j] != "when" && ts[j] != "after" && ts[j] != "as" {
			continue
		}
		if !pastClause(ts[j+1:min(len(ts), j+6)]) || hedges.hasIn(sc) || negAt(ts, 0, k) {
			return false
		}
		for _, w := range ts[:k] {
			if pronouns.has(w) || w == "if" || w == "whether" || w == "this" || w == "that" || sc.cls[0]&clsSymptom != 0 || symptomNouns[w] {
				return false
			}
		}
		return true
	}
	return false
}

// pastClause reports whether the words open a clause in the past: a verb in
// -ed or a common irregular past among them ("the lab PC restarted", "the
// certificate was renewed").
func pastClause(ts []string) bool {
	for _, w := range ts {
		switch w {
		case "was", "were", "went", "ran", "came", "got", "took", "had", "did", "rebooted", "restarted":
			return true
		case "will", "would", "is", "are", "can", "should":
			return false
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}
