package reader

import "strings"

// Round 91: a thing put in told as its state, "in" with no place after it
// ("The linen room printer is in and working", "your new fridge ... is in
// and stocked", "Colin, the change is in: from Sunday ...", "The new rule is
// in and switches on at midnight"). fulfilledState (fix_any_step.go) reads
// the participles of a step left as a state ("loaded", "installed", "set
// up"); "in" alone, the part fitted, the key entered or the change made,
// it leaves out, and the writers label it a fix (often with a restoration
// beside it).
//
// A staff sentence after the opening, not a question, whose subject (one to
// eight words, none of them a word of a condition or a plan: "once", "when",
// "if", "until", "as soon as", "will") is followed by "is", "are" or a
// pronoun's "'s"/"'re" (then perhaps "now", "all", "also", "both") and "in",
// and "in" is the clause's end: the sentence's end, "and", a comma, a colon,
// "as well", "too" or "now". Not "in place" (a plan as often as a step, and
// fulfilledState's refusal), "in the ...", "in stock": a place or a state of
// another kind. No hedge, negation or contrast. Rows on the tuning sets
// (labelled fix, none read as one before): styles3 ("The new fan is in and
// the projector is running normally."), 13 ("the new key is in and all 311
// waiting labels have printed ..."), 28 ("... 22 properties are in as well,
// ..."), 41 ("The new rule is in and switches on at midnight ..."), 77
// ("your new fridge on the first floor is in and stocked, ..."), 84 ("...,
// the change is in: from Sunday ..."), 85 ("The linen room printer is in and
// working."): 7 rows in 7 sets. Unlabelled for fix and read: styles23 ("All
// 1,840 entries are in and the forbidden terms show ...", labelled restored).

// inStateAux are the verbs of the state before "in".
var inStateAux = newWordSet(map[string]bool{"is": true, "are": true, "it's": true, "that's": true, "they're": true,
	"she's": true, "he's": true})

// inStateEnds may follow "in" at the end of the state's clause.
var inStateEnds = newWordSet(map[string]bool{"and": true, "as": true, "too": true, "now": true})

// inStateStops before the verb make the state a condition or a plan.
var inStateStops = newWordSet(map[string]bool{"once": true, "when": true, "if": true, "until": true, "till": true,
	"soon": true, "will": true, "before": true, "after": true, "whether": true, "unless": true})

// inState reports whether a staff sentence tells a thing put in as its
// state (above).
func inState(text string, sc *scan, c Context, staff bool) bool {
	if !staff || c.Opening {
		return false
	}
	ts := sc.ts
	h := -1 // a word test first: "in" after the verb within the first ten words
	for k := 1; k+1 < len(ts) && k < 10; k++ {
		if inStateStops.has(ts[k-1]) {
			return false
		}
		if !inStateAux.has(ts[k]) {
			continue
		}
		j := k + 1
		for j < len(ts) && (ts[j] == "now" || ts[j] == "all" || ts[j] == "also" || ts[j] == "both") {
			j++
		}
		if j < len(ts) && ts[j] == "in" {
			h = j
		}
		break
	}
	if h < 0 {
		return false
	}
	if h+1 < len(ts) {
		if !inStateEnds.has(ts[h+1]) || ts[h+1] == "as" && (h+2 >= len(ts) || ts[h+2] != "well") {
			// "in" before a word may still end the clause at a comma or a colon
			if !clauseEndsAfterIn(text) {
				return false
			}
		}
	}
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, "?") || hedges.hasIn(sc) || negations.hasIn(sc) || contrastWords.hasIn(sc) || fixFuture.hasIn(sc) {
		return false
	}
	return formHit("fix:instate", text)
}

// clauseEndsAfterIn reports whether the first " in" followed by a comma or
// a colon ends a clause: "the change is in: from Sunday ...".
func clauseEndsAfterIn(text string) bool {
	for _, s := range []string{" in:", " in,", " in;", " in -"} {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}
