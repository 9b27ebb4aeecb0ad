package reader

import "strings"

// The first occasion since the fix went right (round 103, docs/quality.md
// "Round 103"): after a remedy in the ticket, the customer tells how the
// repaired thing did at a recent occasion, "this morning", "today", "last
// night", "yesterday", in a word of good or of no trouble: "correct",
// "fine", "ok", "on time", "bang on", "much better", "no problem(s)",
// "without problems". The older rules read most of these ("Reports fine
// this morning.", "all fine today"); these are the wordings they missed
// (the writers label them restored; tuning misses before the rule, one a
// set):
//
//   - "I bought one at Central this morning to check, all fine." (styles5 15);
//   - "All three students did the exam this morning without problems."
//     (styles10 08);
//   - "Much better yesterday afternoon - no complaints from the depot and I"
//     (styles15 16);
//   - "this morning the sales overview was open in 3 seconds and the
//     management meeting had no problems." (styles18 17);
//   - "Today no problem, thank you." (styles20 18);
//   - "thank you, yesterday is ok." (styles22 06);
//   - "Feed started on time this morning on both barges." (styles51 17);
//   - "Tariq, much better this morning - ..." (styles58 17);
//   - "Confirmed, lots and walks were clear when the first staff arrived this
//     morning." (styles71 08);
//   - "Last night it started at 00:30 bang on." (styles80 06);
//   - "Fajr was correct this morning." (styles90 02).
//
// Over every tuning sentence, the customer's with an occasion and a word of
// good after a remedy are labelled restored but two: "I checked yesterday
// it was ok." (styles73 02, in the message that reports the fault back the
// next day) and "fine this afternoon too." (styles84 13, the tail of a
// wrapped line). A leading "Ok" is the writer's interjection ("Ok we paid
// today by transfer, ...", styles19 16), not a word of good.
//
// Refused: a negation (but "no" or "without" before a word of trouble), a
// contrast, a wait, a repeat ("again": the older rules read "all good again
// today"), the future, a condition, a hope, a question, an occasion kept
// for a workaround ("ok for tonight"), and a word of trouble or of a fault
// ("down", "slow", "wrong") not after "no" or "without".

// occasionDay are the occasions read alone; "this" and "last" take
// occasionPart.
var occasionDay = newWordSet(map[string]bool{"today": true, "tonight": true, "yesterday": true, "overnight": true})

// occasionPart follow "this" or "last": "this morning", "last night".
var occasionPart = newWordSet(map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true})

// occasionGood are the words of good.
var occasionGood = newWordSet(map[string]bool{"fine": true, "ok": true, "okay": true, "correct": true, "right": true,
	"clear": true, "perfect": true, "perfectly": true, "normal": true, "normally": true, "smoothly": true})

// occasionStops refuse the sentence (see above).
var occasionStops = newWordSet(map[string]bool{"not": true, "never": true, "but": true, "still": true, "until": true,
	"though": true, "although": true, "except": true, "if": true, "unless": true, "will": true, "would": true,
	"should": true, "could": true, "might": true, "hope": true, "hopefully": true, "again": true,
	"whether": true, "yet": true, "isn't": true, "wasn't": true, "aren't": true, "weren't": true,
	"hasn't": true, "haven't": true, "didn't": true, "doesn't": true, "don't": true, "won't": true,
	"can't": true, "couldn't": true, "nothing": true, "down": true, "slow": true, "wrong": true,
	"broken": true, "failed": true, "stuck": true, "missing": true, "worse": true, "instead": true})

// recentOccasion reports the customer's word of good for a recent occasion
// (see above); the caller checks the role and the remedy.
func recentOccasion(text string, ts []string) bool {
	if len(ts) < 2 || len(ts) > 30 || strings.HasSuffix(trimTail(text), "?") {
		return false
	}
	occasion := false
	for k, t := range ts {
		if occasionDay.has(t) || (t == "this" || t == "last") && k+1 < len(ts) && occasionPart.has(ts[k+1]) {
			occasion = true
			if k > 0 && ts[k-1] == "for" {
				return false // "ok for tonight": a workaround's span
			}
		}
	}
	if !occasion {
		return false
	}
	good := false
	for k, t := range ts {
		if occasionStops.has(t) {
			return false
		}
		switch {
		case occasionGood.has(t):
			if k == 0 && (t == "ok" || t == "okay") && len(ts) > 3 {
				continue // "Ok we paid today ...": an interjection
			}
			if t == "right" && k+1 < len(ts) && (ts[k+1] == "away" || ts[k+1] == "after" || ts[k+1] == "before") {
				continue
			}
			good = true
		case t == "time" && k > 0 && ts[k-1] == "on", t == "on" && k > 0 && ts[k-1] == "bang",
			t == "better" && k > 0 && ts[k-1] == "much":
			good = true
		case t == "no" || t == "without":
			j := k + 1
			if j < len(ts) && (ts[j] == "a" || ts[j] == "any" || ts[j] == "single") {
				j++
			}
			if j >= len(ts) || !faultNoun.has(ts[j]) {
				return false // "no signal this morning": the trouble itself
			}
			good = true
		case faultNoun.has(t) && !troubleNegated(ts, k):
			return false
		}
	}
	return good
}

// troubleNegated reports "no" or "without" before ts[k], directly or across
// "a", "any" or "single": "no problems", "without a hitch".
func troubleNegated(ts []string, k int) bool {
	j := k - 1
	if j >= 0 && (ts[j] == "a" || ts[j] == "any" || ts[j] == "single") {
		j--
	}
	return j >= 0 && (ts[j] == "no" || ts[j] == "without")
}
