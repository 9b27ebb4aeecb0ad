package reader

import "strings"

// A hypothesis about the fault: staff guess at what went wrong, and the
// change or the step they name is the suspected cause, not a remedy taken.
// Refused among classify's refusals for any writer and in modelRefusesFix.
//
// A marker that ties a change to the fault refuses the fix wherever it
// stands: "We updated the subscriptions app on Monday night, I suspect it's
// related" (styles32), "We deployed a new astrometry stage on 18 August and
// it's the prime suspect." (styles52), "Our link to Opera for Leeds City
// hasn't received any check-ins since 2am this morning, which lines up with
// the upgrade." (styles14), "..., and the timing matches a rules pack update
// Chronodock installed on Saturday night." (styles57), "That lines up with an
// update to the form plugin on your site the same day, which seems to have
// reset its field names." (styles70). No true fix row has one.
//
// A guess ("looks like", "probably", "seems to have", ...) refuses it when no
// remedial word comes before the guess: the guess then governs the sentence.
// "It looks like 4 of your seats belong to deactivated users rather than
// deleted ones - ..." (styles), "... - most likely the material record was
// created from the US delivery ..." (styles13), "Probably a typo when the
// fixture was created on 2 Sep." (styles35), "It looks like those titles were
// changed at proof stage." (styles47), "Fuse probably went when the plinth
// was moved and pinched the lock cable." (styles63), "It looks as though
// recording was switched off for the Claims line on Saturday only, ..."
// (styles68). The true rows with a guess have the step before it, and keep
// it: "Re-pushed the body-controller profile for 2008 MY24 to the 41 LR24
// units - looks like some got the MY23 profile at provisioning." (styles26),
// "Our engineer Pavel visited this morning and replaced a worn contactor in
// the lift controller, which he thinks is the most likely reason for the
// stops." (styles27); and an instruction keeps it too: "Your admin (looks
// like that's Karin Lund) can download it for you, ..." (styles26).

// hypothesisTies are the markers that tie a change to the fault.
var hypothesisTies = [][]string{{"suspect"}, {"suspected"}, {"lines", "up", "with"}, {"line", "up", "with"},
	{"timing", "matches"}, {"it's", "related"}}

// hypothesisGuesses are the markers of a guess.
var hypothesisGuesses = [][]string{{"looks", "like"}, {"look", "like"}, {"looks", "as", "though"},
	{"seems", "to", "have"}, {"seem", "to", "have"}, {"appears", "to", "have"}, {"probably"}, {"likely"},
	{"my", "guess"}, {"perhaps"}, {"possibly"}}

// seqAt returns the first index at which one of seqs occurs in ts, or -1.
func seqAt(ts []string, seqs [][]string) int {
	for i := range ts {
	next:
		for _, q := range seqs {
			if i+len(q) > len(ts) {
				continue
			}
			for j, w := range q {
				if ts[i+j] != w {
					continue next
				}
			}
			return i
		}
	}
	return -1
}

// hypothesisNotFix reports whether a sentence guesses at the fault rather
// than tells a remedy (see above).
func hypothesisNotFix(sc *scan) bool {
	ts := sc.ts
	if restoredWords.hasIn(sc) {
		return false
	}
	// the markers before instructedRemedy: few sentences hold one
	if seqAt(ts, hypothesisTies) >= 0 {
		return !instructedRemedy(ts)
	}
	g := seqAt(ts, hypothesisGuesses)
	if g < 0 || instructedRemedy(ts) {
		return false
	}
	if g > 0 && strings.HasSuffix(ts[0], "ed") {
		return false // a terse note that opens with its step: "Re-pushed the profile ... - looks like ..."
	}
	for k := 0; k < g; k++ {
		if sc.cls[k]&(clsRemedyPast|clsRemedyIng|clsRemedialBase) != 0 {
			return false // "Re-pushed the profile ... - looks like ...": the step, then its reason
		}
	}
	if i, _ := fixWords.findIn(sc); i >= 0 && i < g {
		return false
	}
	for _, t := range ts {
		if t == "can" || t == "could" {
			return false // "Your admin (looks like that's Karin Lund) can download it for you"
		}
	}
	return true
}
