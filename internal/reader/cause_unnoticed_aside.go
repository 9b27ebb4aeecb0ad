package reader

// Why nobody noticed is no cause. After the cause, or beside the fault's
// scope, staff tell why the fault went unseen: "..., which is why nobody
// noticed until you wrote." (styles129, 06-doi-not-resolving), "Your bank
// still accepts it for your everyday banking, which is why you hadn't
// noticed anything." (styles122, 06-payout-returned-sort-code), "Greyhaven
// and Ashdown affected too, they just hadn't noticed." (styles54,
// 11-sms-confirmations). The cause phrase ("which is why") or the past
// perfect reads the sentence; what it explains is the silence, not the
// fault. Seen in three writers' false causes (round 242), no true cause of
// the tuning sets has the shape.
//
// The marks: a word of noticing ("noticed", "spotted", "realised", ...)
// right after a negation ("hadn't", "didn't", "never") or after "nobody" /
// "no one", with "why" at most four words before the negation or the
// noticing word ending the sentence, and no "so", "because" or "due" after
// it (the cause told next). "Our scheduler didn't notice, so the job just
// sat there." (styles30) tells the cause and stays: no "why", and a "so"
// after it.
//
// Refused in notCause, so the model is bound by it too (modelVeto).
//
// Written in round 242 (docs/quality.md, "Round 242").

// noticeWords are the words of noticing.
var noticeWords = newWordSet(map[string]bool{"noticed": true, "notice": true, "spotted": true, "spot": true,
	"realised": true, "realized": true, "realise": true, "realize": true})

// noticeNegation are the negations before a word of noticing.
var noticeNegation = newWordSet(map[string]bool{"hadn't": true, "didn't": true, "never": true, "nobody": true,
	"wouldn't": true, "haven't": true, "hasn't": true, "not": true})

// unnoticedAside reports whether a sentence tells why a fault went unnoticed.
func unnoticedAside(ts []string) bool {
	for i := 1; i < len(ts); i++ {
		if !noticeWords.has(ts[i]) {
			continue
		}
		neg := i - 1
		if ts[neg] == "just" && neg > 0 {
			neg--
		}
		if !noticeNegation.has(ts[neg]) && !(ts[neg] == "one" && neg > 0 && ts[neg-1] == "no") {
			continue
		}
		if ts[neg] == "one" {
			neg--
		}
		for _, w := range ts[i+1:] {
			if w == "so" || w == "because" || w == "due" {
				return false
			}
		}
		if i == len(ts)-1 {
			return true
		}
		for j := max(0, neg-4); j < neg; j++ {
			if ts[j] == "why" {
				return true
			}
		}
	}
	return false
}
