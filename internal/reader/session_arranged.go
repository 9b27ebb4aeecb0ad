package reader

// Round 111: a remote session arranged or missed. Helpdesks that work on the
// customer's own servers ask for a session to connect, fix a time for it, or
// note that it did not happen: "kindly we need to connect to the uat site to
// apply for the required roles for reporting, will call you on sunday to
// arrange it.", "please suggest a time to connect to proceed with the fix.",
// "kindly join the following zoom session when the fix id ready to be
// deployed on test environment", "please keep me updated once you download
// it so we can connect and continue working.", "no one connected on
// suggested time.", "as discussed with the bank user, we can't connect and
// deploy the fix because they are engaged with another case." The step named
// beside the session ("to deploy", "to apply", "proceed with the fix") makes
// the rules or the model read a fix, and a reason word a cause; the writers
// label the sentence a question or the investigation's progress, and no step
// is taken in it. Counted on the Mendeley tuning splits (dev, heldout, fresh;
// a throwaway dump, not committed): 10 false fix rows in 6 tickets (dev
// 1010151 10.1; heldout 1007567 26.1, 1010058 16.1, 1007104 25.1, 91.1, 91.2;
// fresh 1005108 8.1, 1004440 73.1, 77.1, 79.1) and 3 false cause rows in 2
// tickets (dev 1007123 46.1; heldout 1005433 31.0, 37.0), no true one of
// either act, and about 130 more sentences of the shape read as neither,
// none labelled either. The styles writers agree: of the tuning sentences of
// the shape (styles to styles94) none is labelled a fix or a cause, and the
// two read as fixes are refused with it ("If it does, please note the time
// and leave it frozen for a few minutes so I can connect to it while it's
// stuck.", styles54 13; "Can you leave the PC switched on over lunch today
// (12:30-13:30) so I can connect to it remotely?", styles61 16).
//
// The shape, around "connect": "need(s)/want(s)/like to connect", "time to
// connect", "let us/let's connect", the writer's "we/I can/could connect" and
// "we/I can't/cannot/couldn't/could not/were unable to connect"; "no one /
// nobody connected/joined"; or "join" and a session, meeting, call or webex
// within five words ("please join the below session in order to deploy the
// attached file"). The past "we connected today and found ..." is a finding
// told after a session and is not taken: it is often a cause. Refused among
// classify's refusals and in modelVeto's fix guard for a fix, and in notCause
// (so the model too) for a cause. The cheap test is the token "connect",
// "connected", "joined" or "join" first.

// sessionArranged reports whether a sentence arranges a remote session or
// tells one missed (above).
func sessionArranged(ts []string) bool {
	at := func(i int) string {
		if i >= 0 && i < len(ts) {
			return ts[i]
		}
		return ""
	}
	writer := func(i int) bool { return at(i) == "we" || at(i) == "i" }
	for i, t := range ts {
		switch t {
		case "connect":
			switch p := at(i - 1); {
			case p == "to" && sessionWish.has(at(i-2)):
				return true // "we need to connect", "please suggest a time to connect"
			case p == "us" && at(i-2) == "let", p == "let's":
				return true
			case (p == "can" || p == "could" || p == "can't" || p == "cannot" || p == "couldn't") && writer(i-2):
				return true // "so we can connect", "we can't connect and deploy the fix"
			case p == "not" && (at(i-2) == "could" || at(i-2) == "can") && writer(i-3):
				return true
			case p == "to" && at(i-2) == "unable" && (at(i-3) == "were" || at(i-3) == "was" || at(i-3) == "are" || at(i-3) == "am") && writer(i-4):
				return true
			}
		case "connected", "joined":
			if at(i-1) == "nobody" || at(i-1) == "noone" || at(i-1) == "one" && at(i-2) == "no" {
				return true // "no one connected on suggested time."
			}
		case "join":
			for k := i + 1; k < len(ts) && k <= i+5; k++ {
				if sessionNouns.has(ts[k]) {
					return true // "please join the below session"
				}
			}
		}
	}
	return false
}

var (
	// sessionWish stand before "to connect": a need, a wish or a time.
	sessionWish = newWordSet(map[string]bool{"need": true, "needs": true, "want": true, "wants": true, "like": true,
		"time": true})
	// sessionNouns are the sessions one joins.
	sessionNouns = newWordSet(map[string]bool{"session": true, "meeting": true, "call": true, "webex": true, "zoom": true})
)
