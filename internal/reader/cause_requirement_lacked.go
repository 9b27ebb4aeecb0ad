package reader

// A requirement and what is in place lacking it is a cause: a reading of
// causes missed, seen in three writers' sets (ruleCauseRequirementLacked).
//
//   - A requirement and what is in place lacking it, in two clauses:
//     "5.0 needs Android 10+; the TC51s in 207 are on Android 8.1"
//     (styles46), "Reprint needs the Box Label Reprint permission and your
//     account only has the basic Processing role" (styles52), "one of the
//     posts on her Staff costs page has no salary scale point selected, which
//     6.4 now requires" (styles47); read already with "or later" ("3.2.4 needs
//     inverter fw 1.18 or later to send the flag, and Tom's inverter is on
//     1.16", styles7, requirementUnmet).
//
// Written in round 46 (docs/quality.md, "Round 46").

// needWords are the verbs of a requirement.
var needWords = newWordSet(map[string]bool{"needs": true, "need": true, "requires": true, "require": true, "required": true})

// requirementLacked reports whether a sentence has a requirement ("needs",
// "requires", not of the writer or the reader) and, on either side of it, a
// clause saying what is in place lacks it: "only has", "has no", "doesn't
// have", "lacks", or "is on"/"are on" before a version or a number.
func requirementLacked(sc *scan) bool {
	ts := sc.ts
	need, lack := -1, -1
	for k, t := range ts {
		switch {
		case needWords.has(t) && k > 0 && notSelf(ts, k) && ts[k-1] != "to" && !negations.at(ts, k-1):
			if need < 0 {
				need = k
			}
		case (t == "has" || t == "have") && k+1 < len(ts) && ts[k+1] == "no",
			t == "only" && k+1 < len(ts) && (ts[k+1] == "has" || ts[k+1] == "have"),
			(t == "doesn't" || t == "don't") && k+1 < len(ts) && ts[k+1] == "have",
			t == "lacks":
			lack = k
		case (t == "is" || t == "are") && k+2 < len(ts) && ts[k+1] == "on" && (digits(ts[k+2]) ||
			k+3 < len(ts) && digits(ts[k+3])):
			lack = k
		}
	}
	if need < 0 || lack < 0 || need == lack || hedges.hasIn(sc) || unknownCause.hasIn(sc) {
		return false
	}
	// the two in clauses of their own: a clause mark between them
	lo, hi := min(need, lack), max(need, lack)
	for _, w := range ts[lo+1 : hi] {
		switch w {
		case "and", "but", "while", "whereas", "the", "which", "your", "its", "their", "our":
			return true
		}
	}
	return false
}
