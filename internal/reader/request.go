package reader

import "strings"

// Round 7: a request fulfilled, read against the ticket's opening. When the
// customer's first message asks for something to be done (an account
// created, a quota raised, a licence assigned, a parcel shipped), a staff
// report that the thing is done is the fix, and the restoration when it says
// the thing is in place now: "the quota is raised to 2 TB", "the account and
// mailbox are created", "access granted", "token assigned, dispatch queued".
// Without such an opening these words are too often something else ("the
// ticket is assigned to", "the alert is raised when ...").

// requestFrames are the words that make an opening ask for something to be
// done: a modal question, "please", a need or a wish, a request form's field.
var requestFrames = newWordSet(map[string]bool{"please": true, "pls": true, "could": true, "can": true, "would": true,
	"need": true, "needs": true, "needed": true, "request": true, "requested": true, "requesting": true,
	"like": true, "want": true, "wondering": true})

// requestObjects are what an opening asks to be done or given: the verbs of
// a service request in their base form and the nouns of the usual requests.
var requestObjects = newWordSet(map[string]bool{"create": true, "setup": true, "unlock": true, "reset": true,
	"install": true, "ship": true, "send": true, "grant": true, "raise": true, "add": true, "enable": true,
	"assign": true, "give": true, "increase": true, "extend": true, "order": true, "provide": true,
	"invite": true, "issue": true, "reverse": true, "refund": true, "void": true, "build": true,
	"configure": true, "enrol": true, "enroll": true, "activate": true, "approve": true, "allocate": true,
	"provision": true, "publish": true, "upgrade": true, "replace": true, "raised": true, "increased": true,
	"access": true, "account": true, "starter": true, "licence": true, "license": true, "quota": true,
	"mailbox": true, "laptop": true, "refunded": true, "reversed": true, "installed": true, "created": true})

// requestAsked reports whether a sentence of the opening (or its subject)
// asks for something to be done: a frame of request and an object of one.
func requestAsked(ts []string) bool {
	frame, object := false, false
	for k, t := range ts {
		frame = frame || requestFrames.has(t)
		object = object || requestObjects.has(t) || t == "set" && k+1 < len(ts) && ts[k+1] == "up" || t == "new" && k+1 < len(ts) && (ts[k+1] == "user" || ts[k+1] == "starter" || ts[k+1] == "account")
	}
	return frame && object
}

// fulfilParts are the participles of a request done; "booked", "scheduled"
// and "ordered" say it is planned, not done, and are left out.
var fulfilParts = map[string]bool{"created": true, "unlocked": true, "reset": true, "installed": true,
	"shipped": true, "dispatched": true, "posted": true, "granted": true, "raised": true,
	"added": true, "enabled": true, "assigned": true, "invited": true, "issued": true, "reversed": true,
	"refunded": true, "voided": true, "enrolled": true, "configured": true, "built": true, "provisioned": true,
	"activated": true, "published": true, "increased": true, "extended": true,
	"allocated": true, "imaged": true, "deployed": true, "renewed": true, "reinstated": true, "upgraded": true,
	"replaced": true, "set": true}

// fulfilBlockers make a report of a request done something else: the
// ticket or its queue as the subject, a plan, a condition, a wish.
var fulfilBlockers = newWordSet(map[string]bool{"ticket": true, "tickets": true, "case": true, "cases": true, "request": true, "incident": true,
	"issue": true, "problem": true, "query": true, "enquiry": true, "inquiry": true, "queue": true, "alert": true,
	"if": true, "when": true, "once": true, "until": true, "unless": true, "whether": true, "will": true,
	"would": true, "should": true, "could": true, "might": true, "may": true, "can": true, "need": true,
	"needs": true, "to": true, "please": true, "default": true, "automatically": true, "hope": true})

// requestDone reports whether a staff sentence, in a ticket that opened with a
// request, says the request is done: restored when it is stated as the
// present state ("X is/are (now) created", "your laptop is ready"), fix when
// it reports the step ("<subject> has/have been <participle>", a terse
// headline "<noun ...> <participle>").
func requestDone(sc *scan) (fix, restored bool) {
	ts := sc.ts
	if testEnv.hasIn(sc) {
		return false, false // "deployed to the test environment" is a step
	}
	for k := 1; k < len(ts); k++ {
		t := ts[k]
		ready := t == "ready"
		if !fulfilParts[t] && !ready {
			continue
		}
		if t == "set" && (k+1 >= len(ts) || ts[k+1] != "up") {
			continue // "the timeout is set to 30 s" describes
		}
		if k+1 < len(ts) && (ts[k+1] == "by" || ts[k+1] == "when" || ts[k+1] == "if") {
			continue // "is assigned by the system", "is raised when ..."
		}
		if negAt(ts, k-4, k+1) || blockedBefore(ts, k) {
			return false, false
		}
		p := k - 1
		for p > 0 && (ts[p] == "now" || ts[p] == "all" || ts[p] == "both" || ts[p] == "also" || ts[p] == "already") {
			p--
		}
		switch {
		case isAre(ts[p]) && p > 0:
			// "the quota on /project is raised to 2 TB", "your laptop is
			// ready": the state reported, which the labellers read as the
			// restoration rather than the step; "the fix is ready", "the new
			// release is deployed" deliver a remedy (the existing rules read
			// those)
			if remedySubject(ts, sc.cls, p) || ts[p-1] == "queries" || ts[p-1] == "query" {
				return false, false
			}
			if partOf(ts[:p]) {
				return !ready, false // "four of the tablets are enrolled": a step, the rest to come
			}
			return false, true
		case ready:
			continue
		case ts[p] == "been" && p > 0 && (ts[p-1] == "has" || ts[p-1] == "have" || strings.HasSuffix(ts[p-1], "'s")):
			return true, false // "her token has been posted to your office"
		case k <= 5 && p == k-1 && headlineBefore(ts[:k]):
			return true, false // "Token SN 7731 assigned", "Fees voided via the admin tool"
		}
	}
	return false, false
}

// blockedBefore reports whether a fulfilBlocker stands before ts[k].
func blockedBefore(ts []string, k int) bool {
	for _, t := range ts[:k] {
		if fulfilBlockers.has(t) {
			return true
		}
	}
	return false
}

// headlineBefore reports whether the words before a participle are a noun
// phrase of a terse note: no verb, pronoun or determiner-final phrase.
func headlineBefore(ts []string) bool {
	for _, t := range ts {
		switch t {
		case "i", "we", "you", "he", "she", "it", "they", "i've", "we've", "is", "are", "was", "were", "has",
			"have", "had", "be", "been", "being", "not", "no", "and", "or", "that", "which", "who":
			return false
		}
	}
	return !determiners.has(ts[len(ts)-1])
}

// subjectRequest reports whether a ticket's subject names a request ("Quota
// increase for /project", "New starter - access for J. Whitcombe", "Request:
// new laptop").
func subjectRequest(subject string) bool {
	if subject == "" {
		return false
	}
	var buf [32]string
	ts := tokens(subject, buf[:0])
	if requestAsked(ts) {
		return true
	}
	for k, t := range ts {
		switch t {
		case "request", "increase", "starter", "onboarding":
			return true
		case "new":
			if k+1 < len(ts) && (ts[k+1] == "user" || ts[k+1] == "account" || ts[k+1] == "laptop" || ts[k+1] == "hire") {
				return true
			}
		}
	}
	return false
}

// partOf reports whether a subject is a part of what was asked for ("four of
// the tablets", "some of the accounts").
func partOf(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		if ts[k] == "of" && ts[k-1] != "all" && ts[k-1] != "both" && ts[k-1] != "each" && ts[k-1] != "every" {
			return true
		}
	}
	return false
}
