package reader

// Round 111: the customer's confirmation, approval or a time asked for.
// Before a step on the customer's systems, helpdesks ask leave for it:
// "please your confirmation to delete the old archive schemas.", "please
// provide the bank's approval on this email and on the ticket for this
// solution to move on to apply it with ph_name.", "please approve the needed
// update statements above to fix the issue with the ph_item.", "we need your
// kind confirmation in order to reflect fix on the production so if you
// finalize the test and issue is not appear so please confirm !", "..., the
// fix is working fine on the test environment, please provide us with a
// suitable time to reflect the fix on the production.", "in order to resume
// the testing cycle, we can roll back the overdraft fix, please confirm." The
// step the leave is for ("to delete", "to reflect the fix") makes the rules or
// the model read a fix; the writers label a question, and no step is taken in
// it. Counted on the Mendeley tuning splits (dev, heldout, fresh; a throwaway
// dump, not committed): 7 false fix rows in 5 tickets (heldout 1006849 77.1,
// 136.1, 1005433 51.2 and 51.3, one sentence to the reader, 1006522 6.2; dev
// 1006218 9.2, 1005940 8.6), no true one, and some 80 more requests of the
// shape read as no fix ("please confirm to close this ticket.", "please
// suggest a time to connect."), none labelled one but where a step is told
// before the request ("... we reflected the change to the production, so
// please we need your approval to close this ticket.", fresh 1007295 42.0,
// which a step told before keeps). On the styles tuning sets (styles to
// styles94) none of the shape is labelled a fix or read as one ("could you
// approve it in the proof link so we can print?", styles82 02, a question);
// the true fixes that hold "confirm" or "approve" ask a step first ("please
// check them and confirm", "please tap Approve") and stay.
//
// The shape: a request ("please", "kindly", "pls"; not the notice's "please
// note/find/be noted"), or the writer's "we/I need your" or "need from you",
// then at most five words of asking ("provide", "give", "share", "send",
// "suggest", "us", "with", "your", "kind", "the", "a", a possessive: "the
// bank's") and "confirm", "confirmation", "approve", "approval", or "time"
// after "suitable", "convenient", "a" or "your"; with no step told before the
// request ("we reflected ...", "has been deployed", "I've ..."). Refused among
// classify's refusals and in modelVeto's fix guard. The cheap test is a token
// of leave ("confirm", "confirmation", "approve", "approval", "time") first.

// confirmationAsked reports whether a sentence asks the customer's
// confirmation, approval or a time, with no step told before the request.
func confirmationAsked(ts []string) bool {
	for i, t := range ts {
		if !leaveWords.has(t) || t == "time" && (i == 0 || !leaveTimeLeads.has(ts[i-1])) {
			continue
		}
		if r := leaveAskedAt(ts, i); r >= 0 && !stepToldBefore(ts[:r]) {
			return true
		}
	}
	return false
}

// leaveAskedAt returns where the request for the leave at i opens, -1 when
// none stands within five words of asking before it.
func leaveAskedAt(ts []string, i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch t := ts[k]; {
		case t == "please" || t == "kindly" || t == "pls":
			return k
		case t == "need" && k+1 < len(ts) && (ts[k+1] == "your" || ts[k+1] == "from") && k > 0 && (ts[k-1] == "we" || ts[k-1] == "i"):
			return k - 1
		case leaveFiller.has(t) || len(t) > 2 && t[len(t)-2:] == "'s":
		default:
			return -1
		}
	}
	return -1
}

// stepToldBefore reports whether the words before a request tell a step
// done: "I've"/"we've", "has/have/had" and "been" or a participle, a passive
// ("the issue is solved from their side by ..."), or "we/I" and a participle
// ("we reflected the change").
func stepToldBefore(ts []string) bool {
	for i, t := range ts {
		next := nextToken(ts, i)
		switch t {
		case "i've", "we've":
			return true
		case "has", "have", "had":
			if next == "been" || participle(next) {
				return true
			}
		case "is", "are", "was", "were":
			if participle(next) {
				return true // "the issue is solved from their side"
			}
		case "we", "i":
			if participle(next) {
				return true
			}
		}
	}
	return false
}

var (
	// leaveWords name the leave or the time asked for.
	leaveWords = newWordSet(map[string]bool{"confirm": true, "confirmation": true, "approve": true, "approval": true, "time": true})
	// leaveTimeLeads stand before "time" when a time is asked for.
	leaveTimeLeads = newWordSet(map[string]bool{"suitable": true, "convenient": true, "a": true, "your": true})
	// leaveFiller are the words of asking between the request and the leave.
	leaveFiller = newWordSet(map[string]bool{"provide": true, "give": true, "share": true, "send": true, "suggest": true,
		"us": true, "me": true, "with": true, "your": true, "kind": true, "the": true, "a": true, "an": true,
		"suitable": true, "convenient": true, "from": true, "side": true, "you": true})
)
