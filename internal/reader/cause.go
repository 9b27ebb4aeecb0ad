package reader

import "strings"

// denied reports whether a denial ("not related to", "not the cause") rules
// out the only cause the sentence names: a cause phrase after the denial still
// stands, as in "this is not related to the release, the issue is related to
// the restore".
func denied(sc *scan) bool {
	j, n := denials.findIn(sc)
	if j < 0 {
		return false
	}
	k, _ := causeStrong.find(sc.ts[j+n:])
	return k < 0
}

// motiveVerbs, after "because I/we", give the writer's own reason for what
// they do ("because we plan to go live"), not the incident's.
var motiveVerbs = newWordSet(map[string]bool{"plan": true, "need": true, "want": true, "are": true, "am": true, "will": true,
	"would": true, "have": true, "had": true, "were": true, "must": true, "should": true, "can": true, "could": true,
	"can't": true, "cannot": true, "cant": true, "did": true, "didn't": true, "do": true, "don't": true})

// ownAction are clause openings whose connective explains what the writer does
// or cannot do ("we can't deploy because they are engaged", "unable to share due
// to a VPN issue", "I am reconfirming it because ..."), or what is to be
// avoided ("to avoid issues due to a wrong restore"), not why the incident
// happened.
var ownAction = newWordSet(map[string]bool{"unable": true, "delayed": true, "postponed": true, "reconfirming": true,
	"re-triggered": true, "retriggered": true, "re-ran": true, "terminated": true, "attempt": true, "attempted": true,
	"attempts": true, "retry": true, "retried": true, "detected": true, "avoid": true, "avoiding": true,
	"prevent": true, "preventing": true})

// ownAttempt before "attempt" make it the writer's ("our attempt", "we
// attempt", "to attempt").
var ownAttempt = newWordSet(map[string]bool{"to": true, "we": true, "i": true, "will": true, "our": true, "my": true,
	"another": true, "multiple": true, "several": true, "first": true, "second": true, "further": true})

// ownInability reports whether the clause before ts[i] is about what the
// writer does or cannot do ("we can't connect and deploy the fix because ...",
// "unable to send due to ..."): what follows is the writer's reason, not the
// incident's cause.
func ownInability(ts []string, i int) bool {
	for k := max(0, i-12); k < i; k++ {
		if ownAction.has(ts[k]) {
			if (ts[k] == "attempt" || ts[k] == "attempts") && k > 0 && !ownAttempt.has(ts[k-1]) {
				continue // "a payment attempt ... was declined because ...": the customer's, not the writer's
			}
			if ts[k] == "delayed" && k > 1 && (ts[k-1] == "were" || ts[k-1] == "was") && !writerActs.has(ts[k-2]) &&
				!waitNouns.has(ts[k-2]) && wordClass[ts[k-2]]&(clsChange|clsRemedyNoun) == 0 {
				continue // "the reset emails were delayed because of ...": a symptom explained
			}
			return true
		}
		if (ts[k] == "we" || ts[k] == "i") && k+1 < i && negAt(ts, k+1, min(k+3, i)) {
			return true
		}
	}
	return false
}

// seekNouns after "root cause" make it the object sought, not the cause stated
// ("root cause investigation started", "root cause analysis").
var seekNouns = newWordSet(map[string]bool{"investigation": true, "analysis": true, "analyses": true, "rca": true, "meeting": true,
	"report": true, "document": true, "session": true})

// reveals after "root cause analysis" give its result ("root cause analysis
// showed that ...").
var reveals = newWordSet(map[string]bool{"showed": true, "shows": true, "found": true, "revealed": true, "identified": true,
	"concluded": true, "confirmed": true})

// refNouns after "related to this/another" make the phrase a reference to a
// ticket, not a cause ("this issue is related to ticket 123").
var refNouns = newWordSet(map[string]bool{"ticket": true, "tickets": true, "case": true, "cases": true, "call": true, "request": true,
	"incident": true, "email": true, "mail": true})

// causeClause reports whether the cause phrase at ts[i] explains the incident:
// not the writer's own motive or inability, not the cause named as the object
// of a search or a report, not a reference to another ticket.
func causeClause(sc *scan, i int) bool {
	ts := sc.ts
	_, n := causeStrong.find(ts[i:])
	after := i + max(n, 1)
	if j, _ := noFault.findIn(sc); j >= i && j <= after+3 {
		return false // "we conclude there is no issue on the database"
	}
	// "because we plan to", "because i am not"
	if ts[i] == "because" && after+1 < len(ts) && (ts[after] == "we" || ts[after] == "i") && motiveVerbs.has(ts[after+1]) {
		return false
	}
	if ownInability(ts, i) {
		return false
	}
	// "we didn't have a chance to ...": the writer's own lack.
	if i > 0 && (ts[i-1] == "we" || ts[i-1] == "i") && (ts[i] == "didn't" || ts[i] == "did") {
		return false
	}
	// "the reason I ask is that ...": the writer's motive for asking.
	if ts[i] == "the" && i+3 < len(ts) && ts[i+1] == "reason" && (ts[i+2] == "i" || ts[i+2] == "we") && askVerbs.has(ts[i+3]) {
		return false
	}
	if i+1 < len(ts) && ts[i] == "root" {
		k := i + 2
		if k < len(ts) && seekNouns.has(ts[k]) && !(k+1 < len(ts) && reveals.has(ts[k+1])) {
			return false
		}
		if k == len(ts) || ts[k] == "and" || ts[k] == "yet" {
			return false // "we've identified the root cause and are preparing a fix": not stated
		}
		if k+1 < len(ts) && (ts[k] == "was" || ts[k] == "is") && (ts[k+1] == "found" || ts[k+1] == "identified") && (k+2 == len(ts) || ts[k+2] == "later") {
			return false // "root cause was found later": found, not stated
		}
	}
	for k := after; k < min(after+6, len(ts)); k++ {
		if refNouns.has(ts[k]) && k > 0 && refDeterminers.has(ts[k-1]) {
			return false // "related to this ticket", "related and similar to ticket 123"
		}
	}
	// "please proceed with the tests, since the issue is related to the
	// files": the reason for an instruction.
	if instructed(ts, i) {
		return false
	}
	// "we could start it because the volume was available again": the reason
	// for a recovery.
	if end := min(len(ts), after+8); after < end && stateRestored(ts[after:end], sc.cls[after:end]) >= 0 {
		return false
	}
	return true
}

var refDeterminers = newWordSet(map[string]bool{"this": true, "that": true, "another": true, "same": true, "previous": true,
	"other": true, "to": true, "the": true})

// purposeVerbs name what a behaviour is there for ("is logged to preserve the
// query", "was added to protect against duplicates").
var purposeVerbs = newWordSet(map[string]bool{"prevent": true, "protect": true, "preserve": true, "avoid": true, "ensure": true,
	"guarantee": true, "keep": true, "block": true, "stop": true, "enforce": true, "comply": true})

// remedies are participles of a remedy: "the patch was deployed to prevent a
// recurrence" is a fix, not an explanation.
var remedies = newWordSet(map[string]bool{"deployed": true, "applied": true, "installed": true, "released": true, "implemented": true,
	"fixed": true, "patched": true, "restarted": true, "upgraded": true, "changed": true, "updated": true})

// designExplanation reports whether staff explain a behaviour by what it is
// designed for: a passive participle followed shortly by "to" and a purpose
// verb ("this message is generated in the log to preserve the query", "this
// check was added to protect against duplicated messages"). It answers "why
// does it do that", which is the cause of a ticket about that behaviour.
func designExplanation(ts []string) bool {
	for k := 1; k+2 < len(ts); k++ {
		switch ts[k] {
		case "is", "are", "was", "were":
		default:
			continue
		}
		switch ts[k-1] {
		case "it", "which", "ticket", "case", "request", "fix", "patch", "solution", "change", "we", "i":
			continue // the ticket, or a remedy: "the patch was deployed to prevent ..."
		}
		p := ts[k+1]
		if len(p) < 5 || !(p[len(p)-2:] == "ed" || p[len(p)-1] == 'n') || negAt(ts, k-1, k+2) {
			continue
		}
		for j := k + 2; j+1 < len(ts) && j <= k+7; j++ {
			if ts[j] == "to" && purposeVerbs.has(ts[j+1]) {
				h, _ := hedges.find(ts[:j])
				return h < 0 && !remedies.has(p)
			}
		}
	}
	return false
}

// nounBefore are the words before "cause" that make it a noun ("the cause",
// "root cause", "a possible cause"); nounAfter the words after it that do ("cause
// of", "cause is").
var (
	nounBefore = newWordSet(map[string]bool{"the": true, "a": true, "an": true, "root": true, "no": true, "any": true, "its": true,
		"their": true, "possible": true, "probable": true, "main": true, "real": true, "this": true, "that": true,
		"what": true, "same": true, "actual": true, "likely": true, "underlying": true, "for": true, "to": true})
	nounAfter = newWordSet(map[string]bool{"of": true, "is": true, "was": true, "for": true, "analysis": true, "are": true,
		"were": true, "behind": true})
)

// causeVerbAt returns where "cause" is used as a verb ("the EKS upgrade caused
// CoreDNS to crash", "the upgrade cause the pods to restart"), -1 when it is
// not: the verb in any tense says what brought the failure about, whatever
// follows it.
func causeVerbAt(ts []string) int {
	for k, t := range ts {
		switch t {
		case "cause", "causes", "caused", "breaking", "broke", "breaks":
		default:
			continue
		}
		if k == 0 || nounBefore.has(ts[k-1]) || k+1 < len(ts) && nounAfter.has(ts[k+1]) || k+1 == len(ts) {
			continue
		}
		return k
	}
	return -1
}

// notDoneExempt are participles whose negation reports the investigation or
// the remedy, not a fault found ("it was not reproduced", "the issue was not
// resolved").
var notDoneExempt = newWordSet(map[string]bool{"reproduced": true, "found": true, "identified": true, "resolved": true,
	"fixed": true, "solved": true, "tested": true, "checked": true, "seen": true, "noticed": true, "confirmed": true,
	"received": true, "related": true, "caused": true, "affected": true, "impacted": true, "required": true,
	"needed": true, "used": true, "expected": true, "allowed": true, "supported": true, "able": true,
	"verified": true, "investigated": true, "touched": true, "changed": true, "applied": true, "deployed": true,
	"released": true, "completed": true, "approved": true, "informed": true, "notified": true, "aware": true})

// notDoneFault reports whether staff state, in the past, that something was
// not done that should have been: "the backup job wasn't scheduled", "the user
// was not added to the group", "the certificate had not been renewed". A
// component's missing step is a fault found; the ticket, a pronoun and verbs
// of the investigation or the remedy are left out, and so is the present
// perfect ("has not been moved to production yet" is a status, not a fault).
func notDoneFault(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		j := k
		switch ts[k] {
		case "was", "were", "had":
			if ts[j+1] != "not" && ts[j+1] != "never" {
				continue
			}
			j++
			if ts[k] != "was" && ts[k] != "were" {
				if j+1 >= len(ts) || ts[j+1] != "been" {
					continue
				}
				j++
			}
		case "wasn't", "weren't", "wasnt", "werent":
		case "hadn't", "hadnt":
			if j+1 >= len(ts) || ts[j+1] != "been" {
				continue
			}
			j++
		default:
			continue
		}
		if j+1 >= len(ts) {
			return false
		}
		p := ts[j+1]
		if len(p) < 5 || !strings.HasSuffix(p, "ed") || notDoneExempt.has(p) {
			continue
		}
		switch ts[k-1] {
		case "ticket", "case", "request", "issue", "problem", "error", "it", "this", "that", "which", "we", "i",
			"you", "they", "there", "he", "she", "fix", "patch", "change", "solution":
			continue
		}
		return true
	}
	return false
}

// askVerbs, after "the reason I/we", give the motive of the message itself.
var askVerbs = newWordSet(map[string]bool{"ask": true, "asked": true, "am": true, "are": true, "mention": true,
	"mentioned": true, "say": true, "wrote": true, "write": true, "want": true, "need": true, "wanted": true})
