package reader

import "strings"

// Round 111: the writer's plan under a condition. Staff open on what must
// happen first and then tell what they will do: "once completed we can
// deploy the monitoring tool in production.", "once created we will test it
// in uat.", "Once it's approved I'll run the Zone History report for the two
// of them, ...", "As soon as it arrives we'll pay it to you as a same-day
// supplementary payment, with a separate payslip." The step is promised, not
// taken; round 104's plan (fix_writer_plan.go) takes "We'll ..." opening the
// sentence, and these escape it by the condition before. Counted on the
// Mendeley tuning splits (dev, heldout, fresh; a throwaway dump, not
// committed): 2 false fix rows in 2 tickets (dev 1004503 11.3, heldout
// 1005731 20.2), and one true (fresh 1004440 28.4, "once done we can check
// the site, we ph_user need to restart the archive tomcat ...", kept by the
// need after it); on the styles tuning sets (styles to styles94): 8 false fix
// rows in 8 sets (styles18 04, 55 13, 63 09, 69 11, 78 09, 81 15, 86 09, 91
// 14) and 2 true, one of them kept by the step told after the plan ("..., and
// I've set a reminder ...", styles81 11); the one lost is "Once they're in,
// I'll resend every confirmation that bounced since Thursday." (styles21 02),
// which its writer labels a fix.
//
// The shape: opening (after "so", "and", "then" at most) on "once" or "as
// soon as", then within sixteen words "we"/"I" and "will", "'ll", "can",
// "could" or "shall" ("I'll", "we'll"); no step told ("I've", "we've"), no
// need or request ("need to", "please", "kindly"), and no question mark. Refused among classify's refusals and in
// modelVeto's fix guard. The cheap test is the first word.

// conditionalPlan reports whether a sentence opens on a condition and then
// the writer's plan, with no step told (above).
func conditionalPlan(text string, ts []string) bool {
	k := 0
	for k < len(ts) && (ts[k] == "so" || ts[k] == "and" || ts[k] == "then") {
		k++
	}
	switch {
	case k < len(ts) && ts[k] == "once":
		k++
	case k+2 < len(ts) && ts[k] == "as" && ts[k+1] == "soon" && ts[k+2] == "as":
		k += 3
	default:
		return false
	}
	plan := -1
	for i := k + 1; i < len(ts) && i <= k+16 && plan < 0; i++ {
		switch ts[i] {
		case "i'll", "we'll":
			plan = i
		case "will", "can", "could", "shall":
			if ts[i-1] == "we" || ts[i-1] == "i" {
				plan = i
			}
		}
	}
	if plan < 0 || strings.HasSuffix(trimTail(text), "?") {
		return false
	}
	for _, t := range ts[k:] {
		switch t {
		case "i've", "we've", "please", "kindly", "need", "needs":
			return false
		}
	}
	return true
}
