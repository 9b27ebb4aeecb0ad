package reader

import "strings"

// A preventive step the writer adds or recommends, told with what it stops,
// is not the cause: "Also added a stainless splash guard behind the hand
// dryer so it doesn't chip again (under $150 NTE)." (styles71
// 17-restroom-ceiling-tiles-repaint, labelled fix), "Also locked the
// settings app in the MDM so it can't be changed from the launch." (styles72
// 07-waiver-tablet), "We'd also recommend switching on \"Require phone lock\"
// under Settings > Carer app security, which stops the app opening on a
// phone without a PIN or fingerprint set." (styles75 09-carers-own-phones,
// labelled fix). preventionAfterSo (cause_prevention.go) needs a mark of the
// step before "so" ("can", "now", "I've"); these open on "Also" and a past
// verb with its subject left out, or on "we'd recommend". A finding opened
// the same way stays a cause: "We also found that the data collection for
// Ward 2 had stopped when the disk filled; ..." (styles9 12), as does a
// cause told with what it stops: "..., which stops our renewal check from
// reaching us." (styles40 11).
//
// Written in round 74 (docs/quality.md, "Round 74"): 3 false causes on
// tuning, no true one.

// findingVerbs are past verbs of finding, not of a step.
var findingVerbs = newWordSet(map[string]bool{"noticed": true, "checked": true, "spotted": true, "confirmed": true,
	"discovered": true, "learned": true, "learnt": true, "realised": true, "realized": true, "traced": true,
	"identified": true, "tested": true, "verified": true, "looked": true, "asked": true, "heard": true})

// preventiveStep reports whether a sentence opens on a step with its subject
// left out ("Also" and a past verb that is not one of finding) or on a
// recommendation ("we'd/I'd (also) recommend/suggest/advise"), and tells what
// it prevents ("so it/they/this ... doesn't/can't/won't ...", "which
// stops/prevents", "to stop/prevent"), with no word of reason.
func preventiveStep(ts []string) bool {
	if len(ts) < 6 {
		return false
	}
	opened := false
	switch {
	case ts[0] == "also" && len(ts[1]) > 4 && strings.HasSuffix(ts[1], "ed") && !findingVerbs.has(ts[1]):
		opened = true
	case ts[0] == "we'd" || ts[0] == "i'd":
		j := 1
		if ts[j] == "also" {
			j++
		}
		switch ts[j] {
		case "recommend", "suggest", "advise":
			opened = true
		}
	}
	if !opened {
		return false
	}
	for _, w := range ts {
		switch w {
		case "because", "due", "caused", "since":
			return false
		}
	}
	for k := 1; k+1 < len(ts); k++ {
		switch ts[k] {
		case "which", "to":
			if ts[k+1] == "stops" || ts[k+1] == "prevents" || ts[k+1] == "stop" || ts[k+1] == "prevent" {
				return true
			}
		case "so":
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				switch ts[j] {
				case "doesn't", "don't", "can't", "cannot", "won't", "isn't", "aren't", "never":
					return true
				}
			}
		}
	}
	return false
}
