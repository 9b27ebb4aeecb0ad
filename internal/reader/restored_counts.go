package reader

import "strings"

// Restorations reported as a count, a figure or trouble that stopped: a
// count or figure back where it belongs ("all 12 terminals online", "queue
// back to 0", "error rate at baseline", "40/40 reporting"), every counted
// thing done ("all 4 nodes Ready", "15/15 completed"), a queue emptied ("the
// queue is empty", "backlog clearing now"), a run closed by none of its
// trouble ("63 enrolments added, 0 errors"), no further trouble over a period
// ("no complaints from the depot for two days"), and a use in the past that
// went without trouble ("printed the rota this morning without any
// problem"). All but zeroTrouble (which classify calls on its own) are
// reached through restoredAgain (restored_state.go).
//
// Written in rounds 9 and 12 (docs/quality.md, "Round 9", "Round 12").

// countBack reports a count or figure back where it belongs: "all 12
// terminals online", "all other PSUs showing power", "38/40 on 5.0.0 and
// reporting", "queue back to 0", "error rate at baseline", "down to 120".
func countBack(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "all":
			// "all" [number] [up to three words] then a state or a service verb
			for j := k + 1; j < len(ts) && j <= k+5; j++ {
				if serviceStates.has(ts[j]) && ts[j] != "in" && ts[j] != "up" && ts[j] != "right" && ts[j] != "good" || serviceIng[ts[j]] && ts[j] != "working" && ts[j] != "running" {
					return j > k+1 && !isPronoun(ts[k+1])
				}
			}
		case "baseline", "zero", "0":
			if k > 0 && (ts[k-1] == "at" || ts[k-1] == "to") && k > 1 && (ts[k-2] == "back" || ts[k-2] == "down" || t == "baseline") {
				return true // "back to 0", "down to zero", "at baseline"
			}
		}
		// "40/40 reporting", "38/40 on 5.0.0 and reporting": a count of a
		// whole, then within seven words what the counted things do
		if k+1 < len(ts) && isNumber(t) && isNumber(ts[k+1]) && len(t) <= len(ts[k+1]) && t <= ts[k+1] && len(ts[k+1]) < 5 {
			for j := k + 2; j < len(ts) && j <= k+8; j++ {
				switch ts[j] {
				case "reporting", "online", "connected", "registered", "accepted", "acknowledged", "synced", "live", "green":
					return true
				}
			}
		}
	}
	return false
}

// usedWithout reports a use in the past that went without trouble: "booked
// the rest on the portal without problem", "logged into everything this
// morning, no problem", "uploaded the file in one go, no problems"; not the
// writer's team's step ("we migrated it without issues"), a remedy or a test
// ("tested without errors"), a negation before it.
func usedWithout(sc *scan) bool {
	ts := sc.ts
	for k := 1; k+1 < len(ts); k++ {
		j := k + 1
		switch {
		case ts[k] == "without":
			if ts[j] == "any" || ts[j] == "a" || ts[j] == "the" {
				j++
			}
		case ts[k] == "no" && (ts[k-1] != "with" && ts[k-1] != "there" && ts[k-1] != "had" && ts[k-1] != "have"):
		default:
			continue
		}
		if j >= len(ts) || !troubleNouns.has(ts[j]) && ts[j] != "error" && ts[j] != "errors" || j+1 < len(ts) && ts[j+1] != "thanks" && ts[j+1] != "thank" && ts[j+1] != "since" && ts[j+1] != "so" && ts[j+1] != "and" && ts[j+1] != "today" {
			continue // the trouble noun closes the clause
		}
		if pastVerbBefore(ts, sc.cls, k) && !staffStep(ts, k) && !negAt(ts, 0, k) && !testWord(ts[:k]) {
			return !requested(ts)
		}
	}
	return false
}

// requested reports a request, plan or condition among ts ("please confirm
// they arrived without errors").
func requested(ts []string) bool {
	for _, t := range ts {
		switch t {
		case "please", "kindly", "confirm", "check", "if", "will", "would", "could", "should", "once", "when", "need", "try":
			return true
		}
	}
	return false
}

// testWord reports whether a word of testing comes among ts.
func testWord(ts []string) bool {
	for _, t := range ts {
		if t == "test" || t == "tested" || t == "testing" || t == "staging" {
			return true
		}
	}
	return false
}

// noFurther reports no further trouble over a period: "no complaints from the
// depot for two days", "no further trips overnight", "no more declines since
// the swap" (the last is also read by recoveryReport), not a wait ("no reply
// for two days") or no further action.
func noFurther(ts []string) bool {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] != "no" {
			continue
		}
		j := k + 1
		if ts[j] == "further" || ts[j] == "more" || ts[j] == "new" || ts[j] == "other" {
			j++
		}
		if j+1 < len(ts) && !endedTrouble.has(ts[j]) && endedTrouble.has(ts[j+1]) {
			j++ // "no further sharing problems"
		}
		if j >= len(ts) || !endedTrouble.has(ts[j]) {
			continue
		}
		for p := j + 1; p < len(ts) && p <= j+8; p++ {
			switch ts[p] {
			case "if", "unless", "until", "will", "but", "yet", "still", "test", "last", "and":
				return false
			case "since", "overnight", "week", "days", "weekend", "today", "morning", "hours", "day", "shifts":
				return true
			}
		}
	}
	return false
}

// endedTrouble are what stops happening when a service is back.
var endedTrouble = newWordSet(map[string]bool{"complaints": true, "complaint": true, "problems": true, "issues": true,
	"errors": true, "failures": true, "drops": true, "trips": true, "alerts": true, "alarms": true, "declines": true,
	"rejections": true, "bounces": true, "incidents": true, "outages": true, "reports": true, "calls": true,
	"tickets": true, "timeouts": true, "crashes": true, "disconnects": true, "dropouts": true, "faults": true})

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
var queueStops = newWordSet(map[string]bool{"will": true, "would": true, "should": true, "could": true, "if": true, "once": true,
	"when": true, "until": true, "unless": true, "please": true, "not": true, "never": true, "still": true, "but": true,
	"why": true, "whether": true, "expect": true, "hope": true, "wait": true, "waiting": true,
	"left": true, "remaining": true, "go": true}) // "queue draining, 40k left" is a partial recovery

// queueDrained checks queueEmptied behind its own stops, since restoreStops
// count "empty" as a fault.
func queueDrained(ts []string) bool {
	if !queueEmptied(ts) {
		return false // first: a switch on each word, cheaper than the stops
	}
	for _, t := range ts {
		if queueStops.has(t) {
			return false
		}
	}
	return true
}

// zeroNouns are the trouble a finished run reports none of ("0 errors",
// "no gaps").
var zeroNouns = newWordSet(map[string]bool{"errors": true, "failures": true, "gaps": true,
	"rejections": true, "drops": true, "timeouts": true, "retries": true})

// lookVerbs are the steps of an investigation, after which "no errors" is a
// finding, not a restoration ("checked the logs, no errors").
var lookVerbs = newWordSet(map[string]bool{"checked": true, "looked": true, "reviewed": true, "searched": true,
	"grepped": true, "scanned": true, "inspected": true, "investigated": true, "saw": true, "found": true})

// zeroTrouble reports a count of work done closed by none of its trouble:
// "63 enrolments added, 0 errors", "11,900 students viewed results by 12:00,
// 0 errors", "backfill complete 01:30-05:00, no gaps"; not a finding after
// a look ("checked 200 lines, no errors"), a request or condition, a
// negation.
//
// Called from classify on its own: its gate is the last word, one look-up.
func zeroTrouble(ts []string) bool {
	n := len(ts)
	if n < 4 || !zeroNouns.has(ts[n-1]) {
		return false
	}
	for _, t := range ts {
		if restoreStops.has(t) && t != "errors" && t != "error" && t != "timeouts" && t != "drops" {
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
		if lookVerbs.has(t) {
			return false
		}
		num = num || hasDigit(t)
		done = done || strings.HasSuffix(t, "ed") || t == "complete" || t == "done"
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
