package reader

import "strings"

// Round 116: the symptom told again with its onset, read as a cause by the
// model alone. A staff sentence in the present perfect ("has been
// flagging", "has not been able to send", "have been rejected") with the
// time it began ("since 02:00", "overnight", "from 08:40") and nothing
// after it that says why tells what is wrong, not what made it so. Rows on
// tuning, none labelled a cause: "The planned maintenance system on Humber
// Spirit has not been able to send its updates to the office since 02:00 UTC
// last night." (styles60 02), "RM4 Portland Street's NO2 analyser has been
// flagging low sample flow since about 03:00 UTC and its data since then is
// invalid." (styles64 06), "Three EDI orders from Morrells for tomorrow's
// despatch have been rejected by our system overnight." (styles82 12), "...
// and since 17:58 on Friday our system has been rejecting their updates."
// (styles35 09). The true causes of the kind go on to the reason after "so",
// "because", "after", a colon or a dash ("... hasn't been refreshed since
// Saturday night, so slots booked since then still look free", styles37;
// "... hasn't run since 25/04 - the vendor's server patching ...", styles85)
// and stay. In modelVeto only: the rules' causes are untouched.

// onsetReasonWords tell why, or a second event, after the symptom.
var onsetReasonWords = newWordSet(map[string]bool{"so": true, "because": true, "due": true, "after": true, "when": true,
	"which": true, "as": true, "cause": true, "caused": true, "why": true, "but": true, "until": true,
	"expired": true, "changed": true, "updated": true, "since": false})

// onsetRestated reports whether a sentence tells a state in the present
// perfect with its onset and no reason, clause colon or dash, and does not
// open on "Since" (two true causes on tuning open so, with the agent after:
// "Since Monday an automated script has been hammering the postcode lookup
// ...", styles91 17; "Since then every LOIPRO IDoc has been sitting in status
// 02 ...", styles20 09).
func onsetRestated(text string, ts []string) bool {
	if len(ts) == 0 || ts[0] == "since" || strings.ContainsAny(text, ";—–") || strings.Contains(text, " - ") ||
		strings.Contains(text, ": ") || strings.HasSuffix(strings.TrimSpace(text), ":") {
		return false // "Since Monday a script has been hammering ...": an agent's onset opens a cause
	}
	perfect, onset := false, false
	for i, w := range ts {
		if onsetReasonWords.has(w) {
			return false
		}
		switch w {
		case "since", "overnight":
			onset = true
		case "from":
			if i+1 < len(ts) && len(ts[i+1]) > 0 && (ts[i+1][0] >= '0' && ts[i+1][0] <= '9' || ts[i+1][0] == '~') {
				onset = true
			}
		case "been":
			if i == 0 || i+1 >= len(ts) {
				continue
			}
			switch ts[i-1] {
			case "has", "have", "hasn't", "haven't", "not":
			default:
				continue
			}
			if n := ts[i+1]; n == "able" || strings.HasSuffix(n, "ing") || strings.HasSuffix(n, "ed") {
				perfect = true
			}
		}
	}
	return perfect && onset
}
