package reader

// Staff confirming the customer's report (round 38, docs/quality.md "Round
// 38"): after the customer's message that reads their own step or a
// restoration ("Done it on my phone, went straight through."), staff's
// reaction and "I can see X" confirm it from their side: "Great, I can see
// the payment of 1,486.00 pounds on the account." (styles45), "Wonderful - I
// can see it on our side as submitted at 10:24 UK time." (styles47), "Thanks
// Rachel, I can see texts going out since 11:41 with no errors." (styles44).
// Without the reaction staff's "I can see ..." is a finding as often ("I can
// see the config on your front-end switch changed at 09:52", styles7), so the
// sentence opens with one.

// reactionWords open staff's reply to good news.
var reactionWords = newWordSet(map[string]bool{"great": true, "wonderful": true, "perfect": true, "brilliant": true,
	"excellent": true, "lovely": true, "thanks": true, "thank": true, "fantastic": true, "super": true})

// confirmsStops make the sentence something other than the confirmation: a
// remaining fault, a contrast, a finding of what went wrong, a wait.
var confirmsStops = newWordSet(map[string]bool{"still": true, "but": true, "although": true, "though": true, "only": true,
	"missing": true, "failed": true, "failing": true, "changed": true, "what": true, "why": true, "yet": true,
	"should": true, "will": true, "if": true, "waiting": true, "pending": true, "problem": true, "issue": true})

// staffConfirms reports staff's confirmation of the customer's report; the
// caller checks the role and Context.CustomerRestored.
func staffConfirms(ts []string, sc *scan) bool {
	if len(ts) < 4 || len(ts) > 20 || hedges.hasIn(sc) {
		return false
	}
	see := -1
	for k, t := range ts {
		switch {
		case confirmsStops.has(t):
			return false
		case t == "error" || t == "errors":
			if k == 0 || ts[k-1] != "no" {
				return false // "with no errors" is the confirmation's own
			}
		case t == "see" && see < 0 && k <= 6:
			see = k
		}
	}
	return see > 0 && seesIt(ts)
}
