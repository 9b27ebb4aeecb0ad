package reader

import (
	"slices"
	"strings"
)

// A condition still to come, told with a modal (round 190, docs/quality.md
// "Round 190"): "Once he accepts the invite he should see the folder.",
// "After Effects should open once he signs out of Creative Cloud and back
// in.", "You can share your calendar with them again when you're ready."
// Staff tell what will work after someone else's step; nothing is back yet.
// The model scores these as sure restorations (p >= 0.60), and round 181's
// waiver let them past the notYet guard ("once", "when"). Tuning rows, every
// one read by "model sure" and labelled none or fix (-styleserrorstp, every
// tuning set): styles4 08, styles5 20, styles102 17. 3 rows in 3 sets; no
// true row read by the model's sure waiver holds the shape: the true ones
// with "once" or "when" tell a past event ("the heating stayed on when I
// left", styles48 03; "the pool went back to 0 nodes once it was idle",
// styles7 24) or say "now" ("my mobile now shows 0113 496 0112 when I call
// from my desk", styles5 12).
//
// Used by modelGuards only: the sentence keeps the notYet veto even where the
// model is sure. The rules' restorations are not touched.

// conditionSubjects are the words that open the condition's clause after
// "once" or "when".
var conditionSubjects = newWordSet(map[string]bool{
	"he": true, "she": true, "they": true, "you": true, "we": true, "i": true, "it": true,
	"he's": true, "she's": true, "they're": true, "you're": true, "we're": true, "it's": true,
	"they've": true, "you've": true, "we've": true,
})

// conditionModals are the modals that tell the state as still to come
// ("could" and "would" are left: "she could log in when she tried" is past).
var conditionModals = newWordSet(map[string]bool{"should": true, "can": true, "will": true})

// conditionToComeWhen are the words conditionToCome looks for, a set made once.
var conditionToComeWhen = wordSetOf("once", "when")

// conditionToCome reports "once" or "when" opening a clause with a subject,
// a modal in the sentence and no "now" (see above); ts is the sentence's
// tokens.
func conditionToCome(ts []string) bool {
	if !conditionToComeWhen.anyIn(ts) || slices.Contains(ts, "now") {
		return false
	}
	cond, modal := false, false
	for i, t := range ts {
		if (t == "once" || t == "when") && conditionSubjects.has(nextToken(ts, i)) {
			cond = true
		}
		if conditionModals.has(t) || strings.HasSuffix(t, "'ll") {
			modal = true
		}
	}
	return cond && modal
}
