package reader

import "slices"

// Quiet over a period (round 84, docs/quality.md "Round 84"): the trouble
// told as absent over a span of time after the remedy, "no" and the
// trouble, then the span ("since", "overnight", "all evening", "Fri
// night"). Round 21's quietSince reads "no" before a fault noun of its own
// list directly; these writers name the ticket's own trouble, often with a
// word before it ("no more stuck orders", "no withheld alarm calls"), and
// the span needs no "since":
//
//   - "No repeat overnight or on today's card." (styles63 02, after staff's
//     answer to "any idea why", so no remedy in the message before);
//   - "No activations Fri night or Sat night." (styles65 02);
//   - "No drips overnight, bucket dry." (styles71 16);
//   - "no withheld alarm calls all evening, ok to close" (styles75 13);
//   - "No more stuck orders since." (styles76 05);
//   - "All 32 readers on 4.1.6 and vending normally this morning, no
//     retries logged since." (styles77 02).
//
// The trouble must be told as such: a fault noun (faultNoun), a word of
// trouble before or in the phrase ("more", "repeat", "stuck", "withheld",
// "drips", "retries", ...). The same wording with a wanted thing is the
// problem that stays ("no emails since Tuesday", "no calls since 9am", "no
// change overnight", "no reply since"), and before any remedy in the ticket
// it is the report itself; a request, the future, a condition, a hope, a
// contrast ("but", "still", "yet") or a question refuse it.

// quietTrouble are words of the ticket's trouble in the phrase after "no"
// that faultNoun does not hold. Round 156 added "misses", "missing" and
// "stale" (a reader's misses, pops missing, a stale banner: "No misses on
// EXR-2 for two shifts now.", styles103 09; "..., no missing pops on any
// position overnight or this morning.", styles95 02; "No stale banner since
// yesterday per Kasia.", styles100 04; "..., with no misses.", styles103 09,
// by noTroubleTail); no tuning row labelled otherwise reads with them.
var quietTrouble = newWordSet(map[string]bool{"more": true, "repeat": true, "repeats": true, "recurrence": true,
	"drip": true, "drips": true, "leak": true, "leaks": true, "stuck": true, "withheld": true, "retry": true,
	"retries": true, "activations": true, "false": true, "duplicate": true, "duplicates": true,
	"dropped": true, "missed": true, "lost": true, "rejected": true, "failed": true, "blocked": true,
	"frozen": true, "kicked": true, "logouts": true, "lockouts": true, "flicker": true, "flickering": true,
	"noise": true, "beeping": true, "buffering": true, "misses": true, "missing": true, "stale": true})

// quietWanted in the phrase make it a wanted thing not come, or a wait:
// the problem that stays, not the trouble gone.
var quietWanted = newWordSet(map[string]bool{"reply": true, "replies": true, "response": true, "responses": true,
	"word": true, "news": true, "update": true, "updates": true, "change": true, "changes": true,
	"improvement": true, "difference": true, "luck": true, "joy": true, "sign": true, "emails": true,
	"email": true, "data": true, "power": true, "signal": true, "access": true, "service": true,
	"connection": true, "heat": true, "heating": true, "water": true, "sound": true, "audio": true,
	"picture": true, "video": true})

// quietStops refuse the sentence: the future, a condition, a hope, a
// request, a contrast, a question word.
var quietStops = newWordSet(map[string]bool{"will": true, "would": true, "should": true, "could": true, "might": true,
	"may": true, "if": true, "once": true, "unless": true, "until": true, "whether": true, "hope": true,
	"hopefully": true, "expect": true, "please": true, "but": true, "still": true, "yet": true,
	"though": true, "although": true, "why": true, "how": true, "let": true, "tomorrow": true,
	"tonight": true, "ensure": true, "prevent": true, "keep": true})

// quietSpanAfter are the words after "this", "all", "last" or a day that
// make the span ("all evening", "Fri night", "this morning").
var quietSpanAfter = newWordSet(map[string]bool{"night": true, "evening": true, "day": true, "week": true,
	"weekend": true, "morning": true, "afternoon": true, "shift": true, "nights": true, "days": true})

// quietPeriod reports the trouble absent over a period (see above); the
// caller checks that a remedy stands before the sentence in the ticket.
func quietPeriod(ts []string) bool {
	if len(ts) < 3 || len(ts) > 30 || !slices.Contains(ts, "no") && !slices.Contains(ts, "zero") {
		return false // only a "no" or "zero" reads below: most sentences have neither
	}
	at := -1
	for k, t := range ts {
		if quietStops.has(t) {
			return false
		}
		if (t == "no" || t == "zero") && at < 0 {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	trouble := false
	for j := at + 1; j < len(ts) && j <= at+5; j++ {
		t := ts[j]
		if quietWanted.has(t) {
			return false
		}
		if j > at+1 && quietSpanAt(ts, j) {
			return trouble
		}
		trouble = trouble || faultNoun.has(t) || quietTrouble.has(t)
	}
	return false
}

// quietSpanAt reports a span of time opening at ts[j]: "since",
// "overnight", "today", or "all", "this", "last" or a day's name before a
// span word; or (round 156) "for" and a small count, "a" or "the" before a
// span word, shifts or weeks ("for two shifts now").
func quietSpanAt(ts []string, j int) bool {
	switch ts[j] {
	case "since", "overnight", "today", "yesterday":
		return true
	case "for":
		return j+2 < len(ts) && (ts[j+1] == "two" || ts[j+1] == "three" || ts[j+1] == "four" || ts[j+1] == "five" || ts[j+1] == "a" || ts[j+1] == "the") && (quietSpanAfter.has(ts[j+2]) || ts[j+2] == "shifts" || ts[j+2] == "weeks" || ts[j+2] == "whole")
	case "all", "this", "last", "fri", "friday", "sat", "saturday", "sun", "sunday", "mon", "monday", "tue",
		"tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday":
		return j+1 < len(ts) && quietSpanAfter.has(ts[j+1])
	}
	return false
}
