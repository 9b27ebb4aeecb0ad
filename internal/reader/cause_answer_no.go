package reader

import "strings"

// An answer that opens with "No" and a stop is no cause: staff answer the
// customer's yes-or-no question and tell how things stand or work, not what
// made the fault happen. Over every tuning set (round 191): 0 true / 3 false,
// all staff's and labelled nothing, in three writers' sets, and no labelled
// cause of any tuning set opens so:
//
//   - "No, tokens weren't revoked." (styles2, 30-runner-offline-selfhosted;
//     "not done")
//   - "no - as long as a build was timestamped when it was signed, the
//     signature stays valid after the cert expires." (styles50,
//     18-code-signing-expiry-question; the model)
//   - "On your question: no, residents are never enrolled automatically."
//     (styles95, 95-18-warning-area-extend; "missing state")
//
// The shape: "no" as the sentence's first word, or the first after a lead
// naming the question ("On your question:", "To your question:"), with a
// comma, a dash or a colon at once after it; three words or more after it;
// no word of reason (because, due, why, reason, cause, caused, culprit).
// "No" as a determiner stays: "No machine has auto-renewed since then; ..."
// (styles50), "No lights at all, so it's lost power, not the SIM." (styles98)
// and "No embedded profile on any of the 48 files, ..." (styles67), all
// causes. "Yes, ..." is left: it opens the true causes too ("Yes, last
// night's firmware update 4.2.1 caused this.", styles6).
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 191 (docs/quality.md, "Round 191").

// answerNo reports whether a sentence answers a question with "No" and a
// stop before telling how things stand.
func answerNo(text string, ts []string) bool {
	if len(ts) < 4 {
		return false
	}
	rest := strings.TrimSpace(text)
	k := 0
	if len(ts) > 4 && ts[2] == "question" && (ts[1] == "your" || ts[1] == "the") &&
		(ts[0] == "on" || ts[0] == "to" || ts[0] == "re" || ts[0] == "regarding") {
		i := strings.IndexByte(rest, ':')
		if i < 0 || i > 30 {
			return false
		}
		rest = strings.TrimSpace(rest[i+1:])
		k = 3
	}
	if ts[k] != "no" || len(ts)-k-1 < 3 || len(rest) < 3 || !strings.EqualFold(rest[:2], "no") {
		return false
	}
	after := strings.TrimLeft(rest[2:], " ")
	if !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, "-") &&
		!strings.HasPrefix(after, "–") && !strings.HasPrefix(after, ":") {
		return false
	}
	for _, t := range ts[k+1:] {
		switch t {
		case "because", "due", "why", "reason", "cause", "caused", "culprit":
			return false
		}
	}
	return true
}
