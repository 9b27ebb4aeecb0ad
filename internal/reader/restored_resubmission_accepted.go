package reader

import (
	"slices"
	"strings"
)

// Round 109: staff tell the thing sent again taken by the party that
// refused it, or a test of it taken, with "accepted": the receiving
// server, the bank, the tax office, the gate. Rows the writers label
// restored and the rules missed:
//
//   - "The Parcelink feeds were switched to production this morning and the
//     first live ASNs have been accepted." (styles2 09);
//   - "We've corrected that and resubmitted the whole run at 16:41 as
//     PR-0612R, which the bank has accepted." (styles6 02);
//   - "Good news: the cardholder's bank has accepted your evidence and
//     withdrawn the chargeback." (styles7 09);
//   - "I've resent the 212 confirmations that bounced, and all of them were
//     accepted by the receiving servers." (styles21 02);
//   - "Code from the duty phone accepted at Riverside T1." and "...; tried
//     them with both duty managers on opening, accepted first time at every
//     gate." (styles25 03);
//   - "HMRC accepted the corrected February report this morning, so you're
//     up to date and there's no penalty risk." (styles27 17);
//   - "Resent all 23 at 14:35 and the delivery log shows your server
//     accepting them this time." (styles28 03);
//   - "Fixed the order's postcode by hand (BT7 1NN) and re-injected it;
//     Flowers by Aoife in Belfast accepted it at 08:02." (styles31 06);
//   - "... we tested its barcode on a turnstile this afternoon and it was
//     accepted." (styles35 11); "STAFF10 and FREQFLY both accepted on test
//     bookings." (styles36 04); "10 accepted by Crossref." (styles47 16);
//     "FPS accepted 11:50, correlation ID 5B1E-22A0-7741." (styles81 18).
//
// Staff's only: the customer's "The crematorium accepted it." (styles21 07)
// is labelled none and "It is accepted, number CLM-55102." (styles5 08)
// restored. The caller checks a remedy before the sentence or in it and
// that no cause is read in it ("... each new session started from the last
// one we'd accepted", styles56 14; "the system accepted both, which it
// shouldn't do", styles84 12). Refused: the writer's own step ("Accepted it
// in known_hosts", styles19 01), a log line's evidence ("Mail log: ... all
// accepted by netmail's server", styles94 18), "nothing" ("nothing sold
// after 02:00 accepted", styles20 15), an instruction's "then" (styles43
// 14), "accepting" but of them or it ("a date parser accepting both
// formats", styles62 18), a request, an order or a redirect accepted (a third party's
// step, labelled fix: "Parcelline replied: redirect accepted", styles26
// 14), a part refused beside it ("14 accepted, 1 rejected"), a thing still
// pending, a contrast ("accepted all 9,870 messages, but Microsoft and
// Google are rejecting them"), a hope or a plan ("It should print BATCH
// ACCEPTED."), a negation, "stopped accepting", a question.

// acceptedStops refuse the sentence (see above).
var acceptedStops = newWordSet(map[string]bool{"request": true, "requests": true, "redirect": true, "order": true,
	"orders": true, "quote": true, "offer": true, "invitation": true, "invite": true, "terms": true,
	"proposal": true, "change": true, "rejected": true, "rejecting": true, "refused": true,
	"declined": true, "pending": true, "but": true, "should": true, "may": true, "might": true,
	"will": true, "would": true, "if": true, "once": true, "until": true, "stopped": true, "stop": true,
	"still": true, "filter": true, "nothing": true, "then": true, "shouldn't": true})

// resubmissionAccepted reports the thing taken (see above); the caller
// checks staff and a remedy.
func resubmissionAccepted(text string, ts []string) bool {
	if len(ts) < 2 || len(ts) > 45 || !slices.Contains(ts, "accepted") && !slices.Contains(ts, "accepting") {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	if ts[0] == "accepted" || len(ts) > 2 && ts[1] == "accepted" && (ts[0] == "i" || ts[0] == "we") {
		return false // the writer's step: "Accepted it in known_hosts on edi-gw-01"
	}
	for k := 0; k < 3 && k < len(ts); k++ {
		if ts[k] == "log" && strings.Contains(text, "log:") {
			return false // a log line's evidence: "Mail log: 4 reset mails ..., all accepted"
		}
	}
	hit := false
	for k, t := range ts {
		if acceptedStops.has(t) || notWords.has(t) {
			return false
		}
		switch t {
		case "accepted":
			hit = true
		case "accepting":
			// a party taking the things: "your server accepting them";
			// not an attribute ("a date parser accepting both formats")
			hit = hit || k+1 < len(ts) && (ts[k+1] == "them" || ts[k+1] == "it")
		}
	}
	return hit
}
