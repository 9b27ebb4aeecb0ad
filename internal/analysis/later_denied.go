package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

// deniers deny the fault word right after them: "didn't drop a single card
// payment", "no rejections", "window with no gaps".
var deniers = map[string]bool{"no": true, "not": true, "didn't": true, "didnt": true, "don't": true, "dont": true,
	"doesn't": true, "doesnt": true, "hasn't": true, "hasnt": true, "haven't": true, "havent": true, "wasn't": true,
	"wasnt": true, "weren't": true, "werent": true, "isn't": true, "isnt": true, "aren't": true, "arent": true,
	"without": true, "zero": true}

// deniedFault reports whether l, a lowered sentence of a customer's later
// message, states a fault only in words that a denial right before them
// takes back (deniers): the success told by denying the fault ("the North
// Stand tills didn't drop a single card payment", "no rejections", "window
// with no gaps"). A denier followed by a comma answers a question ("No,
// broken again") and denies nothing after it; "still" is never taken back
// ("no, still down"), and a fault word the denial does not reach stands
// ("no rejections, but the v3 feed is down").
//
// Rows (each quoted as what the customer reported after the first fix):
// styles111 15 "Tuesday was a full house and the North Stand tills didn't drop
// a single card payment, half-time included.", styles112 11 "... and we
// re-ran the 03:40-09:02 window with no gaps.", styles109 15 "v2 submissions
// from the other suppliers still accepted, 1,912 since 07:00, no rejections."
// (staff's, during the work) (round 227).
func deniedFault(l string) bool {
	if !laterFault(l, false) {
		return false
	}
	orig := strings.Fields(l)
	words := make([]string, 0, len(orig))
	denied := false
	for i, w := range orig {
		word := strings.Trim(reader.StraightApostrophes(w), ".,;:!?()\"'")
		if word != "still" && faultWord(word) {
			if k := denierBefore(orig, i); k >= 0 {
				words[k] = "" // the denial and what it denies
				denied = true
				words = append(words, "")
				continue
			}
		}
		words = append(words, w)
	}
	return denied && !laterFault(strings.Join(words, " "), false)
}

// faultWord reports whether w, one lowered word, is a word of a fault by
// itself (faultWords).
func faultWord(w string) bool {
	if w == "" {
		return false
	}
	for i, f := range faultWords.words {
		if !strings.Contains(f, " ") && (f == w || faultWords.prefix[i] && strings.HasPrefix(w, f)) {
			return true
		}
	}
	return false
}

// denierBefore returns the index of the denier (deniers) that reaches the
// word at i: right before it, or before one or two words that only say which
// or how many ("no more declines", "no SIP2 login failures", "didn't drop a
// single card payment" reads "drop" right after "didn't"); -1 if none. A
// word with a comma or a stop after it ends the reach ("No, broken again"),
// and so does a verb of function, an -ing form, a conjunction or a pronoun
// ("wasn't there and failed", "not loading, stuck").
func denierBefore(orig []string, i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := reader.StraightApostrophes(orig[k])
		if strings.ContainsAny(w[len(w)-1:], ".,;:!?)") {
			return -1
		}
		p := strings.Trim(w, "(\"'")
		if deniers[p] {
			return k
		}
		if arrivalVerbs[p] || strings.HasSuffix(p, "ing") || notReach[p] || faultWord(p) {
			return -1
		}
	}
	return -1
}

// notReach are words a denial does not reach past.
var notReach = map[string]bool{"and": true, "or": true, "but": true, "so": true, "then": true, "it": true, "they": true,
	"he": true, "she": true, "we": true, "i": true, "you": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "be": true, "been": true}
