package reader

import "strings"

// A thing done automatically after a span is a cause: a reading of causes
// missed, seen in three writers' sets (ruleCauseAutomaticAfterSpan).
//
//   - A thing done automatically after a span of time or of no use: "Helen's
//     case was archived automatically at 30 days with no activity"
//     (styles54), "account auto-deactivated 2 Nov after 90 days with no login"
//     (styles53), "When a payment is returned the membership is frozen
//     automatically after 3 days" (styles8).
//
// Written in round 46 (docs/quality.md, "Round 46").

// spanWords are the spans of time after which a thing is done automatically.
var spanWords = newWordSet(map[string]bool{"days": true, "day": true, "weeks": true, "months": true, "hours": true,
	"minutes": true, "years": true})

// automaticAfterSpan reports whether a sentence tells a thing done
// automatically ("automatically", or a verb in "auto-") after or at a span
// ("after 3 days", "at 30 days with no activity"), in the past or the present
// passive, not a plan ("will", "would").
func automaticAfterSpan(sc *scan) bool {
	ts := sc.ts
	auto := -1
	for k, t := range ts {
		switch {
		case t == "will" || t == "would" || t == "won't":
			return false
		case t == "automatically" || strings.HasPrefix(t, "auto-") && strings.HasSuffix(t, "ed"):
			if auto < 0 {
				auto = k
			}
		}
	}
	if auto < 0 || hedges.hasIn(sc) {
		return false
	}
	for k := auto + 1; k+2 < len(ts) && k <= auto+6; k++ {
		if (ts[k] == "after" || ts[k] == "at") && digits(ts[k+1]) && spanWords.has(ts[k+2]) {
			return true
		}
	}
	return false
}
