package reader

import "slices"

// Fine over a whole period (round 96, docs/quality.md "Round 96"): after a
// remedy, the writer tells the repaired thing was fine "all day", "all
// week", "all morning", ... in a word of good or of no trouble: "fine",
// "ok", "correct", "no bother", "without a problem", "nothing odd". Round
// 84's quiet over a period reads "no <trouble> <span>"; done.go and the
// restored words read "has been fine all week" when the verb is there. These
// are the writers' other ways (tuning misses before the rule, one a set):
//
//   - "Ward 7 sister confirms handsets have been fine all morning." (styles9 09);
//   - "lane 1 was busy all evening and this morning without a problem, we
//     took the cone away." (styles21 14);
//   - "checked today, SOC in portal correct all weekend, graph is full." (styles25 09);
//   - "Nothing odd from us all week." (styles31 14);
//   - "Car's been on the street all week without a ticket so I assume it's
//     right now." (styles34 08);
//   - "cheers Sam, labels been printing all day no bother" (styles53 07);
//   - "all fine all day, ta" (styles64 03).
//
// Over the tuning sets, every sentence with "all <span>" and one of these
// words read after a remedy is labelled restored (the rule's other rows were
// read already); the ones labelled none either have no remedy before them
// (an opening's "It resets fine and then runs all day."), no word of good
// ("Yesterday after you it work all day.") or a negation ("Not the wifi, AP
// logs clean ... all week").
//
// Refused: a negation, a contrast, a wait, the future, a condition, a
// question ("?"), "then" (a story of the fault), a word of trouble not after
// "no" or "without", and "no" before anything but a word of trouble.

// fineAllSpan are the spans after "all".
var fineAllSpan = newWordSet(map[string]bool{"day": true, "week": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "weekend": true, "shift": true})

// fineAllGood are the words of good.
var fineAllGood = newWordSet(map[string]bool{"fine": true, "ok": true, "okay": true, "good": true, "correct": true,
	"perfect": true, "perfectly": true, "smoothly": true, "normally": true})

// fineAllOdd may follow "nothing": "nothing odd", "nothing wrong".
var fineAllOdd = newWordSet(map[string]bool{"odd": true, "wrong": true, "unusual": true, "amiss": true, "strange": true})

// fineAllNoTrouble may follow "no" beside faultNoun: "no bother", "no complaints".
var fineAllNoTrouble = newWordSet(map[string]bool{"bother": true, "bothers": true, "worries": true})

// fineAllStops refuse the sentence (see above).
var fineAllStops = newWordSet(map[string]bool{"not": true, "never": true, "then": true, "but": true, "still": true,
	"until": true, "yet": true, "though": true, "although": true, "if": true, "will": true, "would": true,
	"should": true, "could": true, "might": true, "unless": true, "whether": true, "hope": true,
	"hopefully": true, "isn't": true, "wasn't": true, "aren't": true, "weren't": true, "hasn't": true,
	"haven't": true, "didn't": true, "doesn't": true, "don't": true, "won't": true, "can't": true,
	"down": true, "broken": true, "failed": true, "failing": true, "stuck": true, "again": true})

// fineAllPeriod reports the repaired thing fine over a whole period (see above).
func fineAllPeriod(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 30 || !slices.Contains(ts, "all") {
		return false // most sentences have no "all"
	}
	span := false
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] == "all" && fineAllSpan.has(ts[k+1]) {
			span = true
			break
		}
	}
	if !span || len(text) > 0 && trimTail(text)[len(trimTail(text))-1] == '?' {
		return false
	}
	good := false
	for k, t := range ts {
		if fineAllStops.has(t) {
			return false
		}
		switch {
		case fineAllGood.has(t):
			good = true
		case t == "nothing":
			if k+1 >= len(ts) || !fineAllOdd.has(ts[k+1]) {
				return false
			}
			good = true
		case t == "no" || t == "without":
			j := k + 1
			if j < len(ts) && (ts[j] == "a" || ts[j] == "any" || ts[j] == "single") {
				j++
			}
			if j >= len(ts) {
				return false
			}
			if t == "no" && !faultNoun.has(ts[j]) && !fineAllNoTrouble.has(ts[j]) {
				return false // "no service all day": the trouble itself
			}
			good = true
		case faultNoun.has(t) && (k == 0 || !slices.Contains(ts[max(0, k-3):k], "no") && !slices.Contains(ts[max(0, k-3):k], "without")):
			return false
		}
	}
	return good
}
