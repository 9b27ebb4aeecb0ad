package reader

import "strings"

// The thing done right first time (round 124, docs/quality.md "Round 124"):
// after a remedy, a sentence that tells something worked at the first go, a
// past verb a few words before "first time", "first go", "first try",
// "straight away" or "right away". The older rules read it where the verb
// is one of theirs ("it worked first time", "went through first time",
// "connected first time"); these are the wordings they missed (tuning,
// labelled restored, one a set):
//
//   - "Thanks Tom, first one tested in the yard this morning and it fixed
//     straight away." (styles24 03, the customer's);
//   - "Two of them we left parked in Leeds since Thursday, and both
//     unlocked first time from the app this morning." (styles26 05, staff's);
//   - "switched it to mixed and it paired first go." (styles56 07);
//   - "done, took a contactless straight away" (styles97 12);
//   - "Worked first time once I'd put the accession number in - the museum
//     has looked at the file names and they're happy." (styles98 05).
//
// Over every tuning sentence after a remedy with these words and no other
// restored reading, none of the rest is labelled restored and none is read
// by this rule: the others are instructions and promises ("ring us straight
// away", "I'll resubmit straight away"), a first sign-in to come ("the first
// time she logs in"), the fault itself ("Reception still closes straight
// away though.", "it hadn't worked the first time"), a question ("does it
// update the handhelds straight away?") and fragments of a wrapped line
// ("Hargreaves straight away.").
//
// Refused: no past verb before the words within four words (a word in
// "-ed" but "-eed": "then succeed first try" is a habit; nor after an
// article: "hears about a rejected deposit straight away"), "the", "a",
// "my", "for" before "first" (an occasion, not the manner), a negation,
// "still", a condition ("if", "when", "unless", "whether"), the future or a
// modal, a contrast ("instead": "the old key was switched off straight away
// instead of staying valid", a cause), a question.

// firstTimeStops refuse the sentence (see above).
var firstTimeStops = newWordSet(map[string]bool{"still": true, "if": true, "when": true, "unless": true, "whether": true,
	"will": true, "would": true, "should": true, "could": true, "can": true, "might": true, "may": true,
	"but": true, "though": true, "although": true, "however": true, "please": true, "i'll": true, "we'll": true, "instead": true})

// firstTimePast are past verbs without "-ed" that tell a thing done.
var firstTimePast = newWordSet(map[string]bool{"took": true, "went": true, "came": true, "got": true, "ran": true,
	"rang": true, "paid": true, "sent": true, "found": true, "read": true, "let": true, "put": true})

// firstTimeNotPast are "-ed" words that are no verb of a thing done here.
var firstTimeNotPast = newWordSet(map[string]bool{"needed": true, "used": true, "shed": true})

// firstTimeWords are the words firstTimeResult looks for, a set made once.
var firstTimeWords = wordSetOf("first", "away", "straightaway")

// firstTimeResult reports a thing that worked at the first go (see above).
func firstTimeResult(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 40 || !firstTimeWords.anyIn(ts) {
		return false
	}
	if strings.HasSuffix(trimTail(text), "?") || hasNegation(ts) {
		return false
	}
	at := -1
	for k, t := range ts {
		if firstTimeStops.has(t) {
			return false
		}
		if at >= 0 {
			continue
		}
		switch {
		case t == "first" && k+1 < len(ts) && (ts[k+1] == "time" || ts[k+1] == "go" || ts[k+1] == "try"):
			if k > 0 {
				switch ts[k-1] {
				case "the", "a", "my", "his", "her", "our", "their", "your", "for", "its":
					continue
				}
			}
			at = k
		case t == "away" && k > 0 && (ts[k-1] == "straight" || ts[k-1] == "right"):
			at = k - 1
		case t == "straightaway":
			at = k
		}
	}
	if at < 1 {
		return false
	}
	for j := at - 1; j >= 0 && j >= at-4; j-- {
		w := ts[j]
		if !firstTimePast.has(w) && (len(w) <= 4 || !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "eed") || firstTimeNotPast.has(w)) {
			continue
		}
		if j > 0 && (ts[j-1] == "a" || ts[j-1] == "an" || ts[j-1] == "the") {
			continue // "a rejected deposit": an adjective
		}
		return true
	}
	return false
}
