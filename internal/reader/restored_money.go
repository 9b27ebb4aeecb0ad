package reader

// The customer's money back (round 42, docs/quality.md "Round 42"): a
// refund, a payout or a credit the customer reports arrived, told with the
// money as the subject and a verb of arrival, after the ticket's opening and
// whatever staff's last message read:
//
//   - "Money come back today." (styles28), "The money also come back
//     already." (styles43);
//   - "Money is arrived this morning." (styles33);
//   - "Refund showed up on my card today, thanks." (styles33), "Just to let
//     you know the refund appeared on my statement today." (styles25);
//   - "The refund is in my account." (styles45).
//
// The same form is read elsewhere where staff's last message reported a
// remedy ("Refund's come through this morning", styles25, 38; "Money
// arrive today", styles28); these six followed staff's promise of the
// refund, an estimate, which no restored rule reads as a remedy. Refused:
// money taken or charged ("the money came out twice"), a wait or a promise
// ("the refund should arrive by Friday", "still not come through"), a
// negation, a contrast, a hedge.

// moneyNouns are the money that comes back.
var moneyNouns = newWordSet(map[string]bool{"money": true, "money's": true, "refund": true, "refund's": true, "refunds": true,
	"payout": true, "payout's": true, "reimbursement": true})

// moneyStops refuse the sentence: the shared report stops, money going out,
// a wait, a repeat.
var moneyStops = newWordSet(withReportStops("not", "no", "never", "yet", "should", "shouldn't", "when", "taken", "took",
	"charged", "charge", "debited", "out", "twice", "again", "double", "another", "wait", "waiting", "pending",
	"days", "said", "says", "told", "promised", "meant", "than", "though", "although", "except"))

// moneyBack reports the customer's money back; the caller checks the role
// and that the sentence is not the opening or a question.
func moneyBack(ts []string, sc *scan) bool {
	if len(ts) < 2 || len(ts) > 16 || hedges.hasIn(sc) {
		return false
	}
	m := -1
	for k, t := range ts {
		if moneyStops.has(t) {
			return false
		}
		if m < 0 && moneyNouns.has(t) && k <= 6 {
			m = k
		}
	}
	if m < 0 || m > 0 && !moneyDeterminer(ts[m-1]) || negAt(ts, 0, len(ts)) {
		return false // the negations last: they look up a phrase at every word, and few sentences name the money
	}
	if t := ts[m]; t == "money's" || t == "refund's" || t == "payout's" {
		return m+1 < len(ts) && (ts[m+1] == "in" || ts[m+1] == "back" || ts[m+1] == "arrived")
	}
	for j := m + 1; j < len(ts) && j <= m+3; j++ {
		switch ts[j] {
		case "come", "came", "comes":
			return j+1 < len(ts) && (ts[j+1] == "back" || ts[j+1] == "through" || ts[j+1] == "in")
		case "arrived", "arrive", "arrives", "appeared", "landed":
			return true
		case "showed", "shows", "turned":
			return j+1 < len(ts) && ts[j+1] == "up"
		case "is", "has", "was":
			if j+1 < len(ts) && (ts[j+1] == "in" || ts[j+1] == "back") && j+2 < len(ts) {
				return true // "is in my account", "is back on my card"
			}
		case "also", "already", "finally", "now", "just", "have":
		default:
			return false
		}
	}
	return false
}

// moneyDeterminer reports a word that may stand before the money: "the
// refund", "my money", "the money also".
func moneyDeterminer(t string) bool {
	switch t {
	case "the", "my", "our", "your", "his", "her", "their", "that", "this", "know", "and", "ok", "okay", "yes", "thanks":
		return true
	}
	return false
}
