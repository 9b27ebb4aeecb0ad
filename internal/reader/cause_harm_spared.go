package reader

// What the fault left the customer, told as harm spared or as what those it
// hit can do now, is no cause: staff reassure ("Donors who were declined
// were not charged, so it's safe to ask them to try once more", "..., so
// you're up to date and there's no penalty risk") or tell the people caught
// by the fault what they can do ("Tenants who were declined can simply try
// again - ...", "Everyone who was stuck should be able to connect now.").
// Such a sentence names the fault's reach, not what made it happen. A shape
// of staff sentences the rules read as causes, seen in four writers' sets
// (tuning, round 100: 4 false, no true one) and labelled fix, restored or
// nothing there, never a cause:
//
//   - "Tenants who were declined can simply try again - no payment was
//     taken for the failed attempts." (styles4, 22-rent-payments-failing;
//     labelled fix)
//   - "HMRC accepted the corrected February report this morning, so you're
//     up to date and there's no penalty risk." (styles27,
//     17-fps-rejected-ni-number; labelled restored)
//   - "Everyone who was stuck should be able to connect now." (styles59,
//     13-briefing-wifi-dhcp; labelled restored)
//   - "Donors who were declined were not charged, so it's safe to ask them
//     to try once more." (styles90, 90-01-appeal-night-declines)
//
// The marks: "charged" just after a negation ("were not charged", "weren't
// charged", "haven't been charged"; not "the card is never actually
// charged", a mechanism's consequence told in the cause's own sentence,
// styles53 01, a true cause), "no payment/money ... taken", "no penalty", "safe to", or an
// opening "<those> who were/was <word>" with a modal after it that is not
// negated ("can simply try again", "should be able to connect"). A word of
// reason ("because", "due", "why", "reason", "caused") keeps the sentence
// for the other rules: "No payment was taken because the card had expired."
// is what made the fault happen. Under the borders settled for styles91 on
// (docs/labelling.md) a cause is what staff assert made the reported fault
// happen, which none of these does.
//
// Refused in notCause, so the model is bound by it too (modelVeto). Cheap
// test first: one of the mark words ("charged", "taken", "penalty", "safe",
// "who") among the tokens.
//
// Written in round 100 (docs/quality.md, "Round 100").

// harmSpared reports whether a sentence tells the harm the fault spared the
// customer or what those it hit can do now, with no word of reason.
func harmSpared(ts []string) bool {
	mark := false
	for _, t := range ts {
		switch t {
		case "charged", "taken", "penalty", "safe", "who":
			mark = true
		case "because", "due", "why", "reason", "caused":
			return false
		}
	}
	if !mark {
		return false
	}
	for i, t := range ts {
		switch t {
		case "charged":
			// "were not charged", "haven't been charged"; not "is never
			// actually charged", a mechanism's consequence (styles53)
			if i > 0 && harmNegations.has(ts[i-1]) || i > 1 && ts[i-1] == "been" && harmNegations.has(ts[i-2]) {
				return true
			}
		case "taken":
			// "no payment was taken", "no money has been taken"
			for j := max(0, i-4); j+1 < i; j++ {
				if ts[j] == "no" && (ts[j+1] == "payment" || ts[j+1] == "payments" || ts[j+1] == "money") {
					return true
				}
			}
		case "penalty":
			if i > 0 && ts[i-1] == "no" {
				return true
			}
		case "safe":
			if i+1 < len(ts) && ts[i+1] == "to" {
				return true
			}
		}
	}
	return affectedCanNow(ts)
}

// harmNegations are the negations that may stand just before "charged" in
// harm spared ("were not charged", "haven't been charged").
var harmNegations = newWordSet(map[string]bool{"not": true, "weren't": true, "wasn't": true, "haven't": true, "hasn't": true,
	"won't": true})

// affectedCanNow reports whether a sentence opens on those the fault hit, "<at
// most three words> who were/was <word>", and goes on with a modal that is
// not negated: "Tenants who were declined can simply try again".
func affectedCanNow(ts []string) bool {
	w := -1
	for i := 1; i <= 3 && i+2 < len(ts); i++ {
		if ts[i] == "who" && (ts[i+1] == "were" || ts[i+1] == "was") {
			w = i + 2
			break
		}
	}
	if w < 0 {
		return false
	}
	for j := w + 1; j < len(ts) && j <= w+4; j++ {
		switch ts[j] {
		case "can", "could", "should", "may", "will":
			return j+1 < len(ts) && ts[j+1] != "not" && ts[j+1] != "never"
		}
	}
	return false
}
