package reader

// A charge waived or a payment carried over is no cause: "Because the
// postponement is outside your control there is no extra charge, and the
// performance fee stays as quoted for 17 October.", "Your contract covers 50
// seats, so there are 10 left at no cost; ...", "The good news is that a
// date change caused by the venue is covered: your deposit carries over in
// full ...". Staff tell the customer what they will (not) pay; the reason
// given is the reason for the waiver, not for a fault. A shape of staff
// sentences the rules read as causes, seen in three writers' sets (tuning,
// round 108: 3 false, no true one), never labelled a cause:
//
//   - "Your contract covers 50 seats, so there are 10 left at no cost; after
//     that it's the per-seat price on your order form." (styles21,
//     03-lead-retrieval-licences)
//   - "The good news is that a date change caused by the venue is covered:
//     your deposit carries over in full as long as the band are free on the
//     new date." (styles66, 17)
//   - "Because the postponement is outside your control there is no extra
//     charge, and the performance fee stays as quoted for 17 October."
//     (styles92, 92-16-extend-hire-postponed)
//
// The marks: "no (extra / additional / further) charge(s) / cost(s) /
// fee(s)", "at no (extra) cost / charge", "free of charge", or a deposit,
// credit, balance or payment just before "carries / carried over" (not "the
// booking was carried over to the new system"). Round 100's
// harmSpared takes harm a fault spared ("were not charged", "no payment was
// taken") and gives way to any word of reason; here the reason explains the
// waiver, so a word of a fault keeps the sentence instead ("failed",
// "error", "wrong", "twice", ...): "You were charged twice because the page
// timed out; there's no extra charge for the rebooking" tells what made the
// fault happen.
//
// Refused in notCause, so the model is bound by it too (modelVeto). Cheap
// test first: "charge", "charges", "cost", "costs", "fee", "fees" or
// "over" among the tokens.
//
// Written in round 108 (docs/quality.md, "Round 108").

// waivedFaultWords keep a sentence with a waived charge for the other rules:
// it also tells a fault.
var waivedFaultWords = newWordSet(map[string]bool{"failed": true, "fails": true, "failing": true, "failure": true,
	"error": true, "errors": true, "wrong": true, "wrongly": true, "broke": true, "broken": true, "fault": true,
	"faulty": true, "bug": true, "mistake": true, "twice": true, "double": true, "duplicate": true,
	"expired": true, "outage": true, "declined": true, "rejected": true, "timed": true, "crashed": true,
	"overcharged": true, "incorrect": true, "incorrectly": true})

// chargeWaived reports whether a sentence tells a charge waived or a
// payment carried over, with no word of a fault.
func chargeWaived(ts []string) bool {
	mark := false
	for _, t := range ts {
		if waivedFaultWords.has(t) {
			return false
		}
		switch t {
		case "charge", "charges", "cost", "costs", "fee", "fees", "over":
			mark = true
		}
	}
	if !mark {
		return false
	}
	for i, t := range ts {
		switch t {
		case "charge", "charges", "cost", "costs", "fee", "fees":
			j := i - 1
			if j >= 0 && (ts[j] == "extra" || ts[j] == "additional" || ts[j] == "further") {
				j--
			}
			if j >= 0 && ts[j] == "no" {
				return true // "no extra charge", "at no cost"
			}
			if (t == "charge") && i >= 2 && ts[i-1] == "of" && ts[i-2] == "free" {
				return true
			}
		case "over":
			if i < 2 || ts[i-1] != "carries" && ts[i-1] != "carried" && ts[i-1] != "carry" {
				continue
			}
			switch ts[i-2] { // "your deposit carries over"; not "the booking was carried over to ..."
			case "deposit", "deposits", "credit", "balance", "payment", "payments":
				return true
			}
		}
	}
	return false
}
