package reader

import "strings"

// Restoration is said in more ways than a phrase list holds: a positive state
// with "now" or "again" ("the customer is active now", "the nodes started
// shipping logs again"), a problem that no longer recurs ("the issue did not
// appear again"), a terse verdict ("All systems verified operational",
// "Target group reattached (resolved)"), a fulfilled request in the passive
// perfect with an adverb inside ("has been already unlocked"). These rules read
// those forms; isRestored still rules out denials, futures and test
// environments.

// upStates are the words of a service in its normal state.
var upStates = map[string]bool{"working": true, "works": true, "work": true, "worked": true, "operational": true,
	"available": true, "active": true, "online": true, "fine": true, "ok": true, "okay": true, "normal": true,
	"healthy": true, "reachable": true, "accessible": true, "visible": true, "enabled": true, "unlocked": true,
	"running": true, "stable": true, "live": true, "appearing": true, "appear": true, "appears": true, "showing": true,
	"displayed": true, "syncing": true, "flowing": true, "shipping": true, "processing": true, "responding": true,
	"functioning": true, "functional": true, "resolved": true, "solved": true, "fixed": true, "successful": true,
	"reduced": true, "received": true, "sent": true, "loading": true, "loads": true, "able": true, "can": true,
	"green": true, "printing": true, "delivering": true, "arriving": true, "up": true, "connects": true}

// upBefore are the words "up" follows when it is a service's state ("the
// tunnel is up again"), as against a phrasal verb ("follow up again").
var upBefore = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"it's": true, "back": true, "now": true, "all": true})

// verdictStates say on their own that a service is back ("Service operational").
var verdictStates = newWordSet(map[string]bool{"operational": true, "healthy": true, "functional": true})

// lowAfter, after a state word, make it a shortage ("running low", "running
// out").
var lowAfter = newWordSet(map[string]bool{"out": true, "low": true, "slow": true, "short": true, "into": true})

// verdictBefore are the words a verdict state follows ("is operational",
// "verified healthy"), as against an attribute ("healthy nodes").
var verdictBefore = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "verified": true,
	"confirmed": true, "as": true, "now": true, "fully": true, "again": true, "be": true, "been": true})

// recurVerbs are what a problem does when it comes back.
var recurVerbs = map[string]bool{"appear": true, "appears": true, "appeared": true, "appearing": true, "happen": true,
	"happens": true, "happened": true, "happening": true, "occur": true, "occurs": true, "occurred": true,
	"occurring": true, "recur": true, "recurred": true, "repeat": true, "repeated": true, "raised": true, "raise": true,
	"persist": true, "persists": true, "persisted": true, "return": true, "returned": true, "face": true, "faced": true,
	"facing": true, "seen": true, "see": true, "saw": true, "come": true, "came": true, "arise": true, "arisen": true,
	"fail": true, "fails": true, "failed": true, "crash": true, "crashed": true, "crashes": true, "errored": true,
	"dropped": true, "disconnected": true}

// fulfilled are the participles of a request done ("the account has been
// unlocked", "the items have been archived").
var fulfilled = map[string]bool{"unlocked": true, "reset": true, "activated": true, "reactivated": true, "granted": true,
	"enabled": true, "re-enabled": true, "resolved": true, "fixed": true, "solved": true, "completed": true,
	"processed": true, "transferred": true, "restored": true, "recovered": true, "reattached": true, "archived": true,
	"delivered": true, "fulfilled": true, "handled": true}

// stateRestored returns where the sentence says, in one of the forms above,
// that the service works again or the request is done; -1 when it does not.
// It checks negation within its own windows; isRestored checks futures, hedges
// and the subject.
func stateRestored(ts []string, cls []uint16) int {
	n := len(ts)
	for k, t := range ts {
		c := cls[k]
		if c&(clsRecur|clsUp) == 0 && t != "been" {
			continue
		}
		switch {
		case c&clsRecur != 0 && negAt(ts, k-4, k) && !preventionNeg(ts, k-4, k):
			// "the issue did not appear again", "no invalid files appear
			// anymore", "not raised again during the monitoring period",
			// "the issue hasn't come back"; not "so it can't happen again"
			if t == "come" || t == "came" {
				if k+1 < n && ts[k+1] == "back" && faultCameBack(ts, k) {
					return k // not "two tills didn't come back", "no pictures have come in since"
				}
				continue
			}
			for j := k + 1; j < n && j <= k+6; j++ {
				switch ts[j] {
				case "again", "anymore", "since", "now":
					return k
				}
			}
		case c&clsUp != 0:
			if upState(ts, k) {
				return k
			}
		case t == "been":
			// "has been already unlocked", "has been identified and fixed"
			for j := k + 1; j < n && j <= k+4; j++ {
				if cls[j]&clsFulfilled != 0 && !negAt(ts, k-3, j) {
					return j
				}
			}
		}
	}
	// A verdict closing the row: "Target groups reattached (resolved)".
	if n > 2 {
		switch ts[n-1] {
		case "resolved", "solved", "fixed":
			switch ts[n-2] {
			case "as", "ticket", "case", "request", "consider", "considered", "be", "to":
				return -1 // "we'll consider this ticket resolved": a closing notice
			}
			if !negAt(ts, 0, n) {
				return n - 1
			}
		}
	}
	return noIssuesAfter(ts)
}

// remedyNouns name a remedy, after which "no issues" means it worked.
var remedyNouns = newWordSet(map[string]bool{"fix": true, "implementation": true, "deployment": true, "restart": true,
	"change": true, "changes": true, "update": true, "patch": true, "upgrade": true, "release": true, "workaround": true,
	"applying": true, "deploying": true, "restarting": true, "clearing": true, "reboot": true, "rollback": true,
	"deploy": true, "hotfix": true, "migration": true, "then": true, "that": true, "replacement": true, "swap": true,
	"reset": true, "rollout": true, "cutover": true, "flush": true, "resync": true})

// noIssuesAfter returns where a sentence says there are no more problems
// after a remedy ("there are no issues after the trigger implementation", "no
// errors since the patch"), -1 otherwise.
func noIssuesAfter(ts []string) int {
	for k := 0; k+2 < len(ts); k++ {
		if ts[k] != "no" {
			continue
		}
		switch ts[k+1] {
		case "issue", "issues", "error", "errors", "problem", "problems", "failures", "complaints", "alerts", "alarms",
			"incidents", "crashes", "timeouts", "disconnects", "drops", "reports", "failure", "outages", "further":
		default:
			continue
		}
		for j := k + 2; j < len(ts) && j <= k+4; j++ {
			if ts[j] != "after" && ts[j] != "since" {
				continue
			}
			for r := j + 1; r < len(ts) && r <= j+5; r++ {
				if remedyNouns.has(ts[r]) {
					return k
				}
			}
		}
	}
	return -1
}

// ticketSubject reports whether the words just before ts[i] make the ticket
// itself the subject ("the ticket is open", "this ticket has been created"):
// the state of the ticket, not of the service.
func ticketSubject(ts []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		switch ts[k] {
		case "ticket", "tickets", "case", "incident":
			return k == i-1 || k == i-2 && auxiliaries.has(ts[i-1])
		}
	}
	return false
}

var auxiliaries = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true})

// verdictIn reports whether words say the problem is resolved: of a ticket as
// of a service ("this ticket has been resolved" is the restoration labelled).
func verdictIn(ws []string) bool {
	for _, w := range ws {
		if w == "resolved" || w == "solved" || w == "fixed" {
			return true
		}
	}
	return false
}

// instructed reports whether a "please"/"kindly" before ts[i] makes the
// sentence an instruction ("please compile the package successfully"), other
// than the "please note" that introduces a statement.
func instructed(ts []string, i int) bool {
	for k := 0; k < i; k++ {
		if ts[k] != "please" && ts[k] != "kindly" && ts[k] != "pls" {
			continue
		}
		if k+1 < len(ts) {
			switch ts[k+1] {
			case "note", "noted", "be", "find", "see", "refer", "know":
				continue
			}
		}
		return true
	}
	return false
}

// upState reports whether the state word at ts[k] says the service is in it
// again: not denied, not a shortage ("running low"), and with "now" or "again"
// beside it or, for a verdict state, as the predicate ("is operational").
func upState(ts []string, k int) bool {
	n := len(ts)
	if ts[k] == "can" || ts[k] == "able" {
		// "I can log in again", not "we can try again", "I am able to
		// reproduce the error again" or "you can log in again once ...".
		if !nowOrAgain(ts, k) || ts[k] == "can" && (k == 0 || !canSubjects.has(ts[k-1]) || k+1 == n || tryVerbs.has(ts[k+1])) ||
			abilityFault(ts, k) {
			return false
		}
	}
	if ts[k] == "up" && (k == 0 || !upBefore.has(ts[k-1])) {
		return false
	}
	if k+1 < n && (ts[k+1] == "on" || ts[k+1] == "to" || ts[k+1] == "with" || ts[k+1] == "hard") && ts[k] == "working" {
		return false // "we are working on it now": effort
	}
	if k+3 < n && ts[k+1] == "for" && ts[k+3] == "now" {
		return true // "working for me now"
	}
	if negAt(ts, k-4, k) || negAt(ts, k+1, k+3) || (k+1 < n && lowAfter.has(ts[k+1])) || (k+2 < n && lowAfter.has(ts[k+2])) || doneStep(ts, k) {
		return false
	}
	if (k > 0 && ts[k-1] == "now") || (k+1 < n && ts[k+1] == "now") {
		return true
	}
	if k+1 < n && ts[k+1] == "already" || k+2 < n && ts[k+1] == "as" && ts[k+2] == "of" {
		return true // "it's live already", "live as of 22:40"
	}
	for j := k + 1; j < n && j <= k+6; j++ {
		if ts[j] == "again" && !againOfRecur(ts, j) {
			return true // not "archiving enabled, so this shouldn't happen again"
		}
	}
	return verdictStates.has(ts[k]) && (k == n-1 || k > 0 && verdictBefore.has(ts[k-1])) && !(ts[k] == "healthy" && (ts[k-1] == "is" || ts[k-1] == "are" || ts[k-1] == "and") && !heldIn(ts))
}

// statedThenAsked reports whether a sentence read as a question states
// something first and asks after it ("the issue has been fixed, please check
// and confirm"): the statement still counts. A sentence ending in '?' or
// opening with an interrogative asks throughout.
func statedThenAsked(text string, sc *scan) bool {
	if strings.HasSuffix(trimTail(text), "?") || interrogatives.at(sc.ts, 0) {
		return false
	}
	j, _ := infoRequest.findIn(sc)
	i, _ := restoredWords.findIn(sc)
	if i < 0 {
		i = stateRestored(sc.ts, sc.cls)
	}
	return j > 0 && i >= 0 && i < j
}

// stillWaiting reports whether the "still" at ts[k] is about the staff's own
// waiting or checking ("we are still waiting for feedback"), not a fault that
// persists ("still the telnet fails").
func stillWaiting(ts []string, k int) bool {
	if ts[k] != "still" || k+1 >= len(ts) {
		return false
	}
	switch ts[k+1] {
	case "waiting", "awaiting", "checking", "monitoring", "investigating", "pending":
		return true
	}
	return false
}

// remedyNear reports whether a remedial verb stands within three words of
// ts[i] ("deployed successfully", "successfully applied"): the success is the
// remedy's, which is a fix, not yet the service's.
func remedyNear(ts []string, cls []uint16, i int) bool {
	for k := max(0, i-3); k < min(len(ts), i+4); k++ {
		if k != i && cls[k]&(clsRemedyPast|clsRemedyIng) != 0 {
			return true
		}
	}
	return false
}

// relapseVerbs are what a service does when the restoration did not hold.
var relapseVerbs = newWordSet(map[string]bool{"failed": true, "fails": true, "stopped": true, "crashed": true, "broke": true,
	"dropped": true, "died": true, "disconnected": true, "errored": true, "froze": true, "hung": true,
	"went": true, "came": true})

// relapse reports whether, after the restoration phrase ending at ts[from], a
// "then", "but", "until" or "before" leads within four words to a failure
// ("it worked for a few minutes and then failed again", "it was back up
// until it crashed at noon"); "went"/"came" only with "down"/"back".
func relapse(ts []string, from int) bool {
	for k := from; k < len(ts); k++ {
		switch ts[k] {
		case "then", "but", "until", "before", "till":
		default:
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			if !relapseVerbs.has(ts[j]) {
				continue
			}
			if ts[j] == "went" || ts[j] == "came" {
				if j+1 < len(ts) && (ts[j+1] == "down" || ts[j+1] == "offline" || ts[j] == "came" && ts[j+1] == "back") {
					return true
				}
				continue
			}
			return true
		}
	}
	return false
}

// exceptAfter reports whether an exception follows ts[from] ("all green except
// the EU region", "works apart from the export"): the restoration is partial.
func exceptAfter(ts []string, from int) bool {
	for k := from; k < len(ts); k++ {
		if ts[k] == "except" || ts[k] == "apart" && k+1 < len(ts) && ts[k+1] == "from" {
			return true
		}
	}
	return false
}

// hasAgain reports whether "again" follows ts[k] within six words.
func hasAgain(ts []string, k int) bool {
	for j := k + 1; j < len(ts) && j <= k+6; j++ {
		if ts[j] == "again" {
			return true
		}
	}
	return false
}

// worksOnVersion reports whether a short reply says it works on a release
// ("Works on 2.3.1", "working with the nightly"), in an issue thread.
func worksOnVersion(ts []string) bool {
	if len(ts) < 3 || ts[0] != "works" && ts[0] != "working" || ts[1] != "on" && ts[1] != "with" && ts[1] != "in" {
		return false
	}
	v := ts[2]
	if v == "the" && len(ts) > 3 {
		v = ts[3]
	}
	switch v {
	case "latest", "main", "master", "nightly", "beta", "canary", "head", "trunk":
		return true
	}
	return v != "" && (v[0] >= '0' && v[0] <= '9' || len(v) > 1 && v[0] == 'v' && v[1] >= '0' && v[1] <= '9')
}

// nowOrAgain reports whether "now" or "again" follows ts[k] within six words
// or "now" stands just before it.
func nowOrAgain(ts []string, k int) bool {
	if k > 0 && ts[k-1] == "now" {
		return true
	}
	for j := k + 1; j < len(ts) && j <= k+6; j++ {
		if ts[j] == "now" || ts[j] == "again" {
			return true
		}
	}
	return false
}
