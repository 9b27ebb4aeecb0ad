package reader

import "strings"

// A change named as the culprit with "it was": staff's short admission that
// a change of theirs or a named one brought the fault about ("Yes, it was
// our change, sorry", "Sorry about that - it was last night's update",
// "that was the firmware upgrade on Friday"). No cause word is written; the
// change noun after "it was", ending the clause, is the cause.

// changeAfter are the words that may follow the change noun when it ends the
// admission: a time, or the start of the next clause.
var changeAfter = newWordSet(map[string]bool{"last": true, "yesterday": true, "this": true, "on": true, "at": true,
	"overnight": true, "tonight": true, "earlier": true, "i'm": true, "i": true, "we": true, "sorry": true,
	"we've": true, "i've": true, "and": true, "apologies": true, "in": true, "from": true, "that": true})

// admittedChange reports whether a staff sentence names a change as the
// culprit: "it was", "it's", "that was" or "this was" (and "a mistake in"
// or "an error in"), then within five
// words a determiner, a possessive or a time, and a change noun (changeNouns)
// that ends the clause or is followed by a time ("it was our update last
// night"). Not negated, not hedged; "that" after the noun must not open a
// remedy ("it was the update that fixed it").
func admittedChange(sc *scan) bool {
	ts := sc.ts
	if hedges.hasIn(sc) || unknownCause.hasIn(sc) {
		return false
	}
	for k := 0; k+2 < len(ts); k++ {
		s := k + 1
		switch {
		case ts[k] == "it's" || ts[k] == "its":
		case (ts[k] == "it" || ts[k] == "that" || ts[k] == "this") && ts[k+1] == "was":
			s = k + 2
		default:
			continue
		}
		if s+3 < len(ts) && (ts[s] == "a" || ts[s] == "an") && (ts[s+1] == "mistake" || ts[s+1] == "error") && ts[s+2] == "in" {
			s += 3 // "this was a mistake in the template change"
		}
		if s >= len(ts) || !admitOpen(ts[s]) {
			continue
		}
		for j := s + 1; j < len(ts) && j <= s+4; j++ {
			if ts[j] == "not" || ts[j] == "no" || ts[j] == "only" || ts[j] == "first" || ts[j] == "next" {
				break // "it's the only change I can see": a candidate, not the culprit
			}
			if !changeNouns[ts[j]] {
				continue
			}
			if j+1 == len(ts) {
				return true
			}
			if !changeAfter.has(ts[j+1]) {
				break
			}
			if ts[j+1] == "that" && j+2 < len(ts) && (fixWords.at(ts, j+2) || restoredWords.at(ts, j+2)) {
				return false
			}
			return true
		}
	}
	return false
}

// admitOpen reports whether w may open the noun phrase of the admission: an
// article, a possessive, a demonstrative or a time ("last night's").
func admitOpen(w string) bool {
	switch w {
	case "the", "our", "their", "my", "your", "that", "this", "last", "yesterday's", "today's", "friday's",
		"monday's", "tuesday's", "wednesday's", "thursday's", "saturday's", "sunday's", "tonight's":
		return true
	}
	return strings.HasSuffix(w, "'s") && w != "it's" && w != "that's" && w != "what's"
}
