package reader

// Round 12: restorations stated as a present or passive state with "now",
// a record put right in the passive perfect, a queue emptied, and a third
// party's confirmation relayed by the customer. Each form is reached only
// through a word of round9Trig, after round 9's stops, hedge and negation.

// nowStates are the done states a service, record or account is in once the
// work is through, after a form of "be" and "now" ("the certificate is now
// issued and installed", "the 63 students are now enrolled", "your account
// is now verified", "new alerts are now being delivered").
var nowStates = map[string]bool{"served": true, "verified": true, "enrolled": true, "issued": true,
	"installed": true, "credited": true, "enabled": true, "re-enabled": true, "unlocked": true, "unblocked": true,
	"activated": true, "active": true, "live": true, "delivered": true, "registered": true, "synced": true,
	"approved": true, "processed": true, "complete": true, "completed": true, "connected": true,
	"available": true, "visible": true, "reinstated": true, "lifted": true, "released": true, "published": true,
	"received": true, "accepted": true, "paid": true, "settled": true, "online": true}

// liftedStates are the states put right that a passive perfect reports
// without "now" ("the hold has been lifted", "your access has been
// reinstated"); not "has been approved" or "received", a step of a process.
var liftedStates = map[string]bool{"lifted": true, "reinstated": true, "unblocked": true, "unlocked": true,
	"re-enabled": true, "credited": true, "reactivated": true, "unsuspended": true}

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
		if now && nowStates[ts[j]] || been && liftedStates[ts[j]] {
			return true
		}
	}
	return false
}

// queueEmptied reports a queue emptied or draining: "queue at 0", "rejected
// queue at 0", "the queue is empty", "backlog clearing now", "queue is
// draining"; not a condition or the future ("once the queue is empty"), a
// negation, a queue still full.
func queueEmptied(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "queue", "queues", "backlog", "buffer":
		default:
			continue
		}
		j := k + 1
		if j < len(ts) && (ts[j] == "is" || ts[j] == "was") {
			j++
		}
		if j >= len(ts) {
			return false
		}
		switch ts[j] {
		case "empty", "drained", "draining", "clearing", "cleared", "flushing", "flushed", "emptying":
			return j+1 >= len(ts) || ts[j+1] != "slowly"
		case "at", "to":
			return j+1 < len(ts) && (ts[j+1] == "0" || ts[j+1] == "zero")
		}
	}
	return false
}

// queueStops are what makes a queue's state something other than a report:
// the future, a condition, a request, a negation.
var queueStops = map[string]bool{"will": true, "would": true, "should": true, "could": true, "if": true, "once": true,
	"when": true, "until": true, "unless": true, "please": true, "not": true, "never": true, "still": true, "but": true,
	"why": true, "whether": true, "expect": true, "hope": true, "wait": true, "waiting": true,
	"left": true, "remaining": true, "go": true} // "queue draining, 40k left" is a partial recovery

// queueDrained checks queueEmptied behind its own stops, since round 9's
// stops count "empty" as a fault.
func queueDrained(ts []string) bool {
	if !queueEmptied(ts) {
		return false // first: a switch on each word, cheaper than the stops
	}
	for _, t := range ts {
		if queueStops[t] {
			return false
		}
	}
	return true
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
				return v < len(ts) && useVerbs[ts[v]]
			case (ts[j] == "see" || ts[j] == "sees" || ts[j] == "get" || ts[j] == "have") && (ts[j-1] == "they" || ts[j-1] == "she" || ts[j-1] == "he" || ts[j-1] == "everyone"):
				return true
			}
		}
	}
	return false
}

// zeroNouns are the trouble a finished run reports none of ("0 errors",
// "no gaps").
var zeroNouns = map[string]bool{"errors": true, "failures": true, "gaps": true,
	"rejections": true, "drops": true, "timeouts": true, "retries": true}

// lookVerbs are the steps of an investigation, after which "no errors" is a
// finding, not a restoration ("checked the logs, no errors").
var lookVerbs = map[string]bool{"checked": true, "looked": true, "reviewed": true, "searched": true,
	"grepped": true, "scanned": true, "inspected": true, "investigated": true, "saw": true, "found": true}

// zeroTrouble reports a count of work done closed by none of its trouble:
// "63 enrolments added, 0 errors", "11,900 students viewed results by 12:00,
// 0 errors", "backfill complete 01:30-05:00, no gaps"; not a finding after
// a look ("checked 200 lines, no errors"), a request or condition, a
// negation.
//
// Called from classify on its own: its gate is the last word, one look-up.
func zeroTrouble(ts []string) bool {
	n := len(ts)
	if n < 4 || !zeroNouns[ts[n-1]] {
		return false
	}
	for _, t := range ts {
		if restoreStops[t] && t != "errors" && t != "error" && t != "timeouts" && t != "drops" {
			return false
		}
	}
	z := -1
	for j := n - 2; j >= n-4 && j >= 2; j-- {
		if ts[j] == "0" && !isNumber(ts[j-1]) || ts[j] == "zero" || ts[j] == "no" {
			z = j // not "TLS 1.0 ... rejects", a version
			break
		}
	}
	if z < 0 {
		return false
	}
	num, done := false, false
	for _, t := range ts[:z] {
		if lookVerbs[t] {
			return false
		}
		num = num || hasDigit(t)
		done = done || strings9HasSuffix(t, "ed") || t == "complete" || t == "done"
	}
	return num && done && !requested(ts[:z]) && !negAt(ts, 0, z)
}

// countDone reports every counted thing done or ready: "all 4 nodes
// Ready", "15/15 completed 09:12"; not "all set and ready to go", a part of
// the whole ("3 of 4 nodes Ready").
func countDone(ts []string) bool {
	for k, t := range ts {
		if t == "all" && k+1 < len(ts) && !isPronoun(ts[k+1]) {
			for j := k + 2; j < len(ts) && j <= k+5; j++ {
				if ts[j] == "ready" && (j+1 >= len(ts) || ts[j+1] != "to" && ts[j+1] != "for") {
					return true
				}
			}
		}
		if k+1 < len(ts) && isNumber(t) && t == ts[k+1] {
			for j := k + 2; j < len(ts) && j <= k+4; j++ {
				switch ts[j] {
				case "completed", "complete", "ready", "active", "passed", "done":
					return true
				}
			}
		}
	}
	return false
}

// nowHave reports a subject that now has what it lacked, "now" before the
// verb: "All 230 stores now have the promotion", "Sophie and Liam now have
// the Payroll Admin role" (round 6's hasNow reads "now" after the object);
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
		if strings9HasSuffix(ts[k+1], "ed") {
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
