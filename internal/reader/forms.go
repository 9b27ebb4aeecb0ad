package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// The forms of cause, fix and restoration in the wording of organisations and
// channels the labelled sets do not cover (corporate IT e-mail, chat support,
// hosting providers, open-source issue threads, ISPs): a log line pasted into
// a message, a cause given under a label ("RCA: ..."), a reference left at an
// old target, a change after which something stopped, a faulty component as
// the subject of what it did, and a remedy announced for later.

// logLine reports whether a line is machine output pasted into a message (a
// stack frame, a "Caused by:" of an exception, a timestamped log entry, a
// Python traceback header), which states no act of its own even when it
// contains "caused by" or "failed".
func logLine(text string) bool {
	i, j := 0, len(text)
	for i < j && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	for j > i && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\r') {
		j--
	}
	if j-i < 4 {
		return false
	}
	t := text[i:j]
	switch c := t[0]; {
	case c == 'a':
		// "at com.example.Gateway.refund(Gateway.java:212)"
		if t[1] == 't' && t[2] == ' ' && t[len(t)-1] == ')' {
			if p := strings.IndexByte(t, '('); p > 3 {
				frame := t[3:p]
				return strings.IndexByte(frame, ' ') < 0 && strings.IndexByte(frame, '.') >= 0
			}
		}
	case c == 'C':
		// "Caused by: java.lang.NullPointerException": a class name, not words.
		if strings.HasPrefix(t, "Caused by: ") {
			w := t[len("Caused by: "):]
			if sp := strings.IndexAny(w, " :"); sp > 0 {
				w = w[:sp]
			}
			return strings.IndexByte(w, '.') >= 0 && !strings.HasSuffix(w, ".") || strings.HasSuffix(w, "Exception") || strings.HasSuffix(w, "Error")
		}
	case c == 'T' || c == 'F' || c == 'E':
		return strings.HasPrefix(t, "Traceback (most recent call last)") || strings.HasPrefix(t, "File \"") ||
			strings.HasPrefix(t, "Exception in thread ")
	case c == '[' || c >= '0' && c <= '9':
		// A timestamp opening the line: "2026-11-30 14:05:11 ERROR ...",
		// "[2026-11-30T14:05:11Z] ...".
		if c == '[' {
			t = t[1:]
		}
		return len(t) >= 10 && digits(t[:4]) && t[4] == '-' && digits(t[5:7]) && t[7] == '-' && digits(t[8:10])
	}
	return false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// causeLabels introduce the cause as a field of a report ("RCA: a stale lock
// file", "Root cause: ...", "Cause: ...").
var causeLabels = []string{"rca:", "rca -", "root cause:", "root-cause:", "cause:", "reason:", "root cause -"}

// labelledCause reports whether the sentence gives the cause under a label,
// with at least three words after it, not unknown or hedged ("RCA: pending"
// and "Root cause: under investigation" say nothing yet).
func labelledCause(text string, sc *scan) bool {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '*' || text[i] == '-' || text[i] == '#') {
		i++
	}
	t := text[i:]
	if t == "" || lowerByte(t[0]) != 'r' && lowerByte(t[0]) != 'c' || !strings.ContainsAny(t[:min(len(t), 16)], ":-") {
		return false
	}
	for _, l := range causeLabels {
		if len(t) < len(l) || !hasPrefixFold(t, l) {
			continue
		}
		rest := len(tokens(l, nil))
		return len(sc.ts)-rest >= 3 && !unknownCause.hasIn(sc) && !hedges.hasIn(sc) && !sc.seeking()
	}
	return false
}

// seeking reports whether the sentence speaks of the cause as pending or
// sought ("RCA will be shared", "RCA pending").
func (sc *scan) seeking() bool {
	for _, t := range sc.ts {
		switch t {
		case "pending", "tbd", "will", "awaiting", "requested", "be", "soon", "later", "next", "progress", "follow":
			return true
		}
	}
	return false
}

// pointVerbs are what a reference does to its target; staleTargets what a
// stale target is ("the webhook was pointing to the old server").
var (
	pointVerbs = map[string]bool{"pointing": true, "pointed": true, "points": true, "referencing": true,
		"referenced": true, "referring": true, "resolving": true, "routed": true, "routing": true, "connecting": true,
		"configured": true, "set": true, "using": true, "sending": true, "forwarding": true, "forwarded": true,
		"targeting": true, "mapped": true, "linked": true, "linking": true, "installed": true, "built": true,
		"signed": true, "issued": true, "deployed": true, "provisioned": true, "compiled": true, "references": true,
		"reference": true}
	staleTargets = newWordSet(map[string]bool{"old": true, "previous": true, "retired": true, "former": true, "legacy": true,
		"stale": true, "outdated": true, "wrong": true, "incorrect": true, "decommissioned": true, "deprecated": true,
		"obsolete": true, "expired": true, "obsoleted": true})
	pointAux = newWordSet(map[string]bool{"was": true, "were": true, "is": true, "are": true, "still": true, "been": true,
		"had": true, "kept": true})
)

// staleReference reports whether staff say a component refers to a stale
// target: a verb of reference after an auxiliary or "still", then within four
// words an old or wrong target ("the DNS record was pointing to the old
// server", "your MX records are still pointing at the previous provider", "the
// app still pointed at the retired gateway"), not denied or hedged.
func staleReference(sc *scan) bool {
	ts := sc.ts
	if sc.all&clsPoint == 0 {
		return false
	}
	for k := 1; k+1 < len(ts); k++ {
		if (ts[k] == "references" || ts[k] == "reference") && ts[k+1] == "to" && k+2 < len(ts) {
			// "the files contain references to the old domain"
			if j := k + 2; staleTargets.has(ts[j]) || j+1 < len(ts) && staleTargets.has(ts[j+1]) {
				return !denialAt(ts, k-3, k) && !hedges.hasIn(sc) && !instructed(ts, k)
			}
		}
		if sc.cls[k]&clsPoint == 0 || !(pointAux.has(ts[k-1]) || ts[k] == "pointed" || ts[k] == "points") ||
			remedyForms[ts[k]] != 0 && (k+1 >= len(ts) || ts[k+1] != "with") {
			// a remedy's participle refers only with "with": "was installed
			// with the old certificate", not "was deployed to replace the old one"
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			if staleTargets.has(ts[j]) {
				return !denialAt(ts, k-3, j) && !hedges.hasIn(sc) && !instructed(ts, k)
			}
		}
	}
	return false
}

// changeNouns are the changes after which something breaks; breakVerbs what
// it does then; symptomNouns the subjects of "stopped" that make it a recovery
// ("after the patch the errors stopped").
var (
	changeNouns = map[string]bool{"upgrade": true, "update": true, "migration": true, "release": true,
		"deployment": true, "deploy": true, "change": true, "changes": true, "patch": true, "cutover": true,
		"rollout": true, "switch": true, "switchover": true, "move": true, "maintenance": true, "upgrades": true,
		"updates": true, "patching": true, "reinstall": true}
	breakVerbs = newWordSet(map[string]bool{"stopped": true, "broke": true, "crashed": true, "disappeared": true,
		"vanished": true, "quit": true, "ceased": true, "started": true, "began": true})
	symptomNouns = map[string]bool{"error": true, "errors": true, "alert": true, "alerts": true, "issue": true,
		"issues": true, "problem": true, "problems": true, "failures": true, "crashes": true, "timeouts": true,
		"warnings": true, "complaints": true, "drops": true, "disconnects": true, "it": true}
)

// changeBroke reports whether staff say a change made something stop working:
// "after"/"since"/"following" a change, then a verb of breaking in the past
// ("after the upgrade the sync agent stopped sending heartbeats", "since the
// migration the exports stopped picking up files"), where "started"/"began"
// must be followed by a failure ("began failing"). A symptom that stopped is a
// recovery, not a cause.
func changeBroke(sc *scan) bool {
	ts := sc.ts
	if len(ts) < 5 || sc.all&clsChange == 0 {
		return false
	}
	start := -1
	for k := 0; k <= 1 && k < len(ts); k++ {
		if ts[k] == "after" || ts[k] == "since" || ts[k] == "following" {
			start = k
			break
		}
	}
	if start < 0 {
		return false
	}
	change := -1
	for j := start + 1; j < len(ts) && j <= start+4; j++ {
		if sc.cls[j]&clsChange != 0 {
			change = j
			break
		}
	}
	if change < 0 {
		return false
	}
	for j := change + 1; j < len(ts) && j <= change+8; j++ {
		if !breakVerbs.has(ts[j]) {
			continue
		}
		if ts[j] == "started" || ts[j] == "began" {
			if j+1 >= len(ts) || !(strings.HasPrefix(ts[j+1], "fail") || strings.HasPrefix(ts[j+1], "drop") ||
				strings.HasPrefix(ts[j+1], "crash") || strings.HasPrefix(ts[j+1], "reject") || strings.HasPrefix(ts[j+1], "throw") ||
				strings.HasPrefix(ts[j+1], "return") || strings.HasPrefix(ts[j+1], "timing")) {
				continue
			}
		}
		if symptomNouns[ts[j-1]] || negAt(ts, j-2, j) {
			return false
		}
		return !hedges.hasIn(sc) && !instructed(ts, j)
	}
	return false
}

// faultyAttrs are what a component is when it is at fault; effectVerbs what a
// faulty component did ("a misconfigured firewall rule blocked the traffic").
var (
	faultyAttrs = map[string]bool{"misconfigured": true, "faulty": true, "defective": true, "expired": true,
		"corrupted": true, "corrupt": true, "outdated": true, "stale": true, "broken": true, "wrong": true,
		"incorrect": true, "bad": true, "malformed": true, "invalid": true, "buggy": true, "rogue": true,
		"overloaded": true, "mistyped": true, "misspelled": true, "conflicting": true, "duplicate": true,
		"duplicated": true, "leftover": true, "orphaned": true, "runaway": true, "failing": true, "flaky": true,
		"overlapping": true, "mismatched": true, "unpatched": true, "misbehaving": true, "hung": true, "dead": true, "tripped": true}
	effectVerbs = newWordSet(map[string]bool{"blocked": true, "rejected": true, "prevented": true, "broke": true,
		"dropped": true, "stopped": true, "corrupted": true, "overwrote": true, "locked": true, "filled": true,
		"crashed": true, "disrupted": true, "interrupted": true, "denied": true, "flooded": true, "killed": true,
		"knocked": true, "redirected": true, "intercepted": true, "overrode": true, "consumed": true,
		"exhausted": true, "slowed": true, "degraded": true, "affected": true, "impacted": true, "kept": true,
		"ate": true, "hogged": true, "saturated": true, "spammed": true, "deleted": true, "removed": true,
		"truncated": true, "held": true, "starved": true, "throttled": true, "routed": true, "sent": true})
	subjectOpeners = newWordSet(map[string]bool{"a": true, "an": true, "the": true, "one": true, "our": true, "your": true,
		"their": true, "two": true, "some": true, "this": true, "that": true})
)

// faultySubject reports whether staff name a component at fault as the
// subject of what it did: a determiner, a fault attribute within three words,
// and a past verb of effect within the next six ("a misconfigured firewall
// rule blocked outbound traffic", "an outdated CA bundle rejected the new
// certificate"), not negated or hedged.
func faultySubject(sc *scan) bool {
	ts := sc.ts
	if len(ts) < 4 || sc.all&clsFaulty == 0 || !subjectOpeners.has(ts[0]) {
		return false
	}
	for k := 1; k <= 3 && k < len(ts); k++ {
		if sc.cls[k]&clsFaulty == 0 {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+8; j++ {
			if (ts[j] == "took" || ts[j] == "brought" || ts[j] == "knocked") && j+1 < len(ts) &&
				(ts[j+1] == "down" || ts[j+1] == "out" || ts[j+1] == "offline") {
				return !negAt(ts, k, j) && !hedges.hasIn(sc) // "a bad deploy took down the API"
			}
			if effectVerbs.has(ts[j]) {
				return ts[j-1] != "was" && ts[j-1] != "were" && ts[j-1] != "been" && // "a faulty disk was removed"
					!negAt(ts, k, j) && !hedges.hasIn(sc)
			}
		}
		return false
	}
	return false
}

// canSubjects are the subjects of a regained ability ("I can log in again").
var canSubjects = newWordSet(map[string]bool{"i": true, "we": true, "they": true, "users": true, "everyone": true,
	"he": true, "she": true, "customers": true, "staff": true, "everybody": true, "you": true})

// tryVerbs after "can" are a suggestion, not an ability regained ("we can
// try again tomorrow").
var tryVerbs = newWordSet(map[string]bool{"try": true, "retry": true, "check": true, "test": true, "call": true,
	"contact": true, "discuss": true, "look": true, "revisit": true, "reopen": true, "close": true, "schedule": true,
	"talk": true, "follow": true, "attempt": true, "ask": true, "raise": true, "escalate": true, "meet": true})

// denialAt is negAt without "still", which there says the fault persists
// ("still pointing at the old server").
func denialAt(ts []string, from, to int) bool {
	for k := max(0, from); k < min(to, len(ts)); k++ {
		if ts[k] != "still" && negations.at(ts, k) {
			return true
		}
	}
	return false
}

// stopVerbs are what a symptom does when it ends ("the errors stopped", "the
// alerts cleared", "the warnings went away").
var stopVerbs = map[string]bool{"stopped": true, "disappeared": true, "vanished": true, "cleared": true,
	"subsided": true, "ceased": true, "resolved": true}

// symptomStopped returns where a sentence says a symptom ended: a symptom noun
// as subject, then within two words a verb of ending, or "went/gone away",
// not negated ("the errors have not stopped"); -1 otherwise.
func symptomStopped(ts []string, cls []uint16) int {
	for k := 0; k+1 < len(ts); k++ {
		if cls[k]&clsSymptom == 0 || ts[k] == "it" {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+3; j++ {
			away := (ts[j] == "went" || ts[j] == "gone") && j+1 < len(ts) && ts[j+1] == "away"
			if !stopVerbs[ts[j]] && !away {
				continue
			}
			if negAt(ts, k+1, j) || j+1 < len(ts) && determiners.has(ts[j+1]) {
				return -1 // "have not stopped"; "the errors stopped the import" is transitive
			}
			return j
		}
	}
	return -1
}

// abilityFault reports whether what a regained ability bears on is the
// problem itself ("I am able to reproduce the error again", "I can see the
// same error again"), or is conditional ("you can log in again once ...").
func abilityFault(ts []string, k int) bool {
	for j := k + 1; j < len(ts); j++ {
		switch t := ts[j]; {
		case symptomNouns[t] && t != "it", t == "reproduce" || t == "replicate" || t == "recreate" || t == "trigger":
			return true
		case t == "once" || t == "when" || t == "if" || t == "after" || t == "until" || t == "as":
			return true
		}
	}
	return false
}

// metaNouns are the ticket's own fields and records: a verb of remedy on them
// ("I have changed the priority to P2", "Status changed to Pending", "added
// the bug label", "we have created a case with the vendor") administers the
// ticket, it does not remedy the service.
var metaNouns = map[string]bool{"ticket": true, "tickets": true, "case": true, "priority": true, "status": true,
	"state": true, "assignment": true, "assignee": true, "category": true, "severity": true, "queue": true,
	"cc": true, "watchers": true, "title": true, "label": true, "labels": true, "milestone": true, "subject": true,
	"incident": true}

// betweenSubject are the words between a field noun as subject and its verb
// ("the ticket has been updated").
var betweenSubject = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "been": true, "being": true, "be": true, "already": true, "now": true, "just": true,
	"group": true, "level": true, "field": true}) // "Assignment group changed"

var possessives = newWordSet(map[string]bool{"your": true, "our": true, "its": true, "their": true, "my": true})

// onMeta reports whether the verb at ts[k] acts on a field of the ticket: the
// field as its subject just before it (auxiliaries between), or as its object
// within the three words after it with a determiner between ("updated the
// ticket", "added the bug label"). "In that case" is not the ticket; "status"
// and "state" are the ticket's only when they open the row ("Status changed
// to Pending") or follow a word for the ticket: a customer's status or a
// lock's state is data.
func onMeta(ts []string, cls []uint16, k int) bool {
	for m := max(0, k-3); m < min(len(ts), k+4); m++ {
		if m == k || cls[m]&clsMeta == 0 {
			continue
		}
		switch ts[m] {
		case "case":
			if m > 0 && ts[m-1] == "in" || m > 1 && ts[m-2] == "in" {
				continue
			}
		case "status", "state":
			if m > 0 && !metaNouns[ts[m-1]] {
				continue
			}
		}
		if m < k {
			between := true
			for b := m + 1; b < k; b++ {
				between = between && betweenSubject.has(ts[b])
			}
			if between {
				return true
			}
			continue
		}
		if m-1 > k && (determiners.has(ts[m-1]) || possessives.has(ts[m-1])) || m-2 > k && (determiners.has(ts[m-2]) || possessives.has(ts[m-2])) {
			return true
		}
	}
	return false
}

// ticketAdmin reports whether every verb of remedy in the sentence acts on
// the ticket's own fields (onMeta). "Resolved", "fixed" and "solved" are
// left out: fixing a record is a fix.
func ticketAdmin(sc *scan) bool {
	ts, cls := sc.ts, sc.cls
	if sc.all&clsMeta == 0 {
		return false
	}
	found := false
	if i, _ := fixWords.findIn(sc); i >= 0 {
		if !onMeta(ts, cls, i) {
			return false
		}
		found = true
	}
	for k := range ts {
		if cls[k]&(clsRemedyPast|clsRemedyIng|clsRemedialBase) == 0 || cls[k]&clsOutcome != 0 {
			continue
		}
		if !onMeta(ts, cls, k) {
			return false
		}
		found = true
	}
	return found
}

// updateTo reports whether "please update" asks to update software ("please
// update to 2.3.1"), an instruction, not a chase for news ("please update."
// chases).
func updateTo(sc *scan) bool {
	ts := sc.ts
	for k := 1; k+1 < len(ts); k++ {
		if ts[k] == "update" && (ts[k-1] == "please" || ts[k-1] == "kindly") {
			return ts[k+1] == "to"
		}
	}
	return false
}

// returnVerbs are what a component does with an error ("the gateway returned
// a card_declined error", "the API threw a 502").
// Only the past: "services returning 404" describes the symptom.
var returnVerbs = map[string]bool{"returned": true, "threw": true, "responded": true, "raised": true,
	"gave": true, "answered": true}

// returnedError reports whether staff say a component answered with an error:
// a verb of returning, then within four words an error, an exception or an
// HTTP error status ("Stripe returned a card_declined error", "the upstream
// responded with 503"), not by the writer ("we returned the error to the
// vendor") and not denied.
func returnedError(sc *scan) bool {
	ts := sc.ts
	if sc.all&clsReturn == 0 {
		return false
	}
	for k := 1; k+1 < len(ts); k++ {
		if sc.cls[k]&clsReturn == 0 {
			continue
		}
		switch ts[k-1] {
		case "we", "i", "you", "i've", "we've":
			return false
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			t := ts[j]
			if t == "error" || t == "errors" || strings.HasSuffix(t, "exception") ||
				len(t) == 3 && (t[0] == '4' || t[0] == '5') && digits(t) {
				return !negAt(ts, k-3, j) && !hedges.hasIn(sc)
			}
		}
	}
	return false
}

// remedyThenAsked reports whether staff report a remedy done and then ask the
// reader to check ("I've restarted the sync agent, can you try again?",
// "Renewed the certificate - could you confirm?"): the clause before the
// question states a fix. The question itself is still a question.
func remedyThenAsked(text string, c Context) bool {
	if c.Role != ticket.RoleAgent && c.Role != ticket.RoleSystem {
		return false
	}
	p := strings.LastIndex(text, ", ")
	if q := strings.LastIndex(text, " - "); q > p {
		p = q
	}
	if q := strings.LastIndex(text, "; "); q > p {
		p = q
	}
	if p <= 0 {
		return false
	}
	var buf [32]string
	ts := tokens(text[:p], buf[:0])
	if len(ts) < 2 || interrogatives.at(ts, 0) || ts[0] == "if" {
		return false
	}
	var cbuf [32]uint16
	cls := cbuf[:0]
	for _, t := range ts {
		cls = append(cls, wordClass[t])
	}
	return remedyDone(ts, cls)
}

// expectedStates are the participles of a state a component should be in
// ("enrolled", "licensed"): negated, in the present or past, they say what is
// wrong ("the device is not enrolled in Intune", "your domain isn't
// verified").
var expectedStates = map[string]bool{"enrolled": true, "registered": true, "licensed": true, "assigned": true,
	"synced": true, "whitelisted": true, "allowlisted": true, "verified": true, "activated": true,
	"installed": true, "enabled": true, "joined": true, "authorized": true, "authorised": true,
	"provisioned": true, "subscribed": true, "included": true, "propagated": true, "renewed": true,
	"mapped": true, "permitted": true, "shared": true, "trusted": true, "signed": true}

// missingState reports whether staff say a component is not in the state it
// should be: a form of "be", a negation, an expected state ("the device is
// not enrolled", "the user wasn't licensed"), not a pending step ("... yet"),
// not the writer or the ticket, not hedged.
func missingState(sc *scan) bool {
	ts := sc.ts
	for k := 1; k+1 < len(ts); k++ {
		j := k + 1
		switch ts[k] {
		case "is", "are", "was", "were":
			if ts[j] != "not" && ts[j] != "never" {
				continue
			}
			j++
		case "isn't", "aren't", "wasn't", "weren't", "isnt", "arent", "wasnt", "werent":
		default:
			continue
		}
		if j < len(ts) && (ts[j] == "properly" || ts[j] == "correctly" || ts[j] == "fully") {
			j++
		}
		if j >= len(ts) || !expectedStates[ts[j]] {
			continue
		}
		switch ts[k-1] {
		case "we", "i", "you", "ticket", "case", "request", "fix", "patch", "change", "which", "that", "there":
			return false
		}
		for r := j + 1; r < len(ts); r++ {
			if ts[r] == "yet" {
				return false // "the DNS is not propagated yet" is a pending step
			}
		}
		return !hedges.hasIn(sc) && !policyNotice(sc)
	}
	return false
}

// hypothesisThenCause reports whether a hypothesis is withdrawn and the cause
// then stated ("we first thought it was the firewall, but it turned out to
// be a DNS issue"): the hedge scopes over its own clause only, and the clause
// after "but" asserts a cause with no hedge, denial or unknown of its own.
func hypothesisThenCause(sc *scan) bool {
	h, _ := hedges.findIn(sc)
	if h < 0 {
		return false
	}
	ts := sc.ts
	for b := h + 1; b+2 < len(ts); b++ {
		if ts[b] != "but" {
			continue
		}
		tail := ts[b+1:]
		i, _ := causeStrong.find(tail)
		if i < 0 || hedges.has(tail) || unknownCause.has(tail) || noFault.has(tail) || denials.has(tail) || negAt(tail, i-2, i) {
			return false
		}
		return true
	}
	return false
}

// faultEventFound reports whether a finding ("it turns out", "we found that")
// introduces what happened, with no remedy of the writer's after it: "it
// turns out the finance group was removed from the share during the
// migration" reports the fault, its passive "was removed" no remedy. "We
// found the certificate had expired and we renewed it" keeps its fix, and so
// does an instruction after the finding.
func faultEventFound(sc *scan) bool {
	ts := sc.ts
	f, n := foundThat.findIn(sc)
	if i, m := causeStrong.findIn(sc); i >= 0 && (ts[i] == "turns" || ts[i] == "turned") && (f < 0 || i < f) {
		f, n = i, m
	}
	if f < 0 {
		return false
	}
	for k := f + n; k+1 < len(ts); k++ {
		if ts[k] == "please" || ts[k] == "kindly" || (ts[k] == "needs" || ts[k] == "need") && ts[k+1] == "to" {
			return false // "... please note the certificate needs to be renewed": an instruction
		}
		if ts[k] == "we" || ts[k] == "i" || ts[k] == "we've" || ts[k] == "i've" {
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				if sc.cls[j]&(clsRemedyPast|clsRemedialBase) != 0 {
					return false
				}
			}
		}
	}
	return true
}

// policyBlocks reports whether a policy notice or an apology rules out the
// cause phrase at ts[i]: an apology after it only softens an admission
// ("that's a bug on our side, sorry about that"); one before it, or any
// other policy word, is about the delay or the ticket ("sorry for the late
// reply due to the holidays").
//
// An apology or a delay's excuse vetoes only in a sentence about the
// writer's delay (policyNotice, cause_excuse.go).
func policyBlocks(sc *scan, i int) bool {
	p, _ := policyWords.findIn(sc)
	if p < 0 {
		return false
	}
	t := sc.ts[p]
	return !(p > i && (t == "sorry" || strings.HasPrefix(t, "apolog"))) && policyNotice(sc)
}
