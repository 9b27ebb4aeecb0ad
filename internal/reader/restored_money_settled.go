package reader

import "strings"

// Money settled (round 76, docs/quality.md "Round 76"): the customer's money
// told as landed where it belongs, by staff, a notice or the customer, in
// the words of a ledger rather than of arrival (restored_money.go reads the
// customer's "the refund came through"). Three wordings of one shape:
//
//   - the money credited, told in the passive with the money as subject:
//     "10:02 Replay done: 187 deposits credited, 0 left in PENDING." and
//     "... all 187 stuck deposits have been credited (10:02)." (styles63
//     07), "... and it was credited to your account the same day."
//     (styles45 10), "All weekend transactions have now been credited ..."
//     and "118,204 txns credited." (styles7 05), "Reversals done on all
//     212, total £636 credited back." (styles66 05);
//   - nothing owed any more: "Balance recalculation held - Ashworth booking
//     shows £0 due." (styles66 06), "Your account now shows nothing
//     outstanding." (styles78 08), "I see now the balance is zero."
//     (styles78 08), a balance back to its figure (round 68's lead);
//   - the money in its place: "The £349.00 is in today's settlement under
//     reference CBR-RC4837." (styles7 09), "... your £23.50 is on Amir's
//     account, so his balance is £19.30." (styles14 07), "The duplicate fees,
//     USD 17.20, are refunded to your seller balance now." (styles28 18).
//
// A refund staff made is a step, labelled fix alone by most writers ("I've
// refunded the second £89.00", styles25; "I've credited £22.50 to your ...",
// styles78 11; "I've credited the 08:41 pass back to your account",
// styles59 06): the writer as subject refuses the first wording, and the
// third needs the money as subject. Refused for all three: a promise or a
// wait ("will be credited within 3-5 days", "should be in your account by
// Friday"), a condition, a negation or "yet", money credited wrongly
// ("9,412 members got credited twice", styles7 05, a cause), a balance
// below zero or back again ("the balance hit zero", styles11 09, a cause;
// "the balance is back to -4.20 again"), a figure shown that is the fault
// ("the trader portal shows £0 for today but ...", styles66 04).

// settledStops refuse the sentence: the future, a condition, a hope, a
// request, a contrast, a wait, money gone wrong.
var settledStops = newWordSet(map[string]bool{
	"will": true, "we'll": true, "it'll": true, "you'll": true, "they'll": true, "i'll": true, "would": true,
	"should": true, "could": true, "can": true, "might": true, "may": true, "tomorrow": true, "later": true,
	"if": true, "once": true, "unless": true, "until": true, "whether": true, "when": true, "soon": true,
	"hope": true, "hopefully": true, "expect": true, "expected": true, "supposed": true, "meant": true,
	"please": true, "try": true, "need": true, "needs": true, "but": true, "still": true, "yet": true,
	"why": true, "how": true, "twice": true, "double": true, "wrongly": true, "incorrectly": true, "again": true,
	"pending": true, "wait": true, "waiting": true, "awaiting": true, "hold": true, "dispute": true,
	"below": true, "hit": true, "went": true, "overdrawn": true, "negative": true, "minus": true,
	"days": true,
})

// settledMoney are the money (or its record) that is credited or settled.
var settledMoney = newWordSet(map[string]bool{"deposits": true, "deposit": true, "payments": true, "payment": true,
	"transactions": true, "txns": true, "top-up": true, "top-ups": true, "topup": true, "topups": true,
	"refund": true, "refunds": true, "money": true, "funds": true, "fee": true, "fees": true, "amount": true,
	"cash": true, "points": true, "total": true, "credit": true, "payout": true, "instalment": true})

// settledPlaces are where money lands.
var settledPlaces = newWordSet(map[string]bool{"settlement": true, "account": true, "balance": true, "wallet": true,
	"card": true, "bank": true, "statement": true, "payout": true})

// owedWords follow the nothing owed: "£0 due", "nothing outstanding".
var owedWords = newWordSet(map[string]bool{"due": true, "outstanding": true, "owing": true, "owed": true})

// settledBetween may stand between the money and "credited": "have now
// been credited", "was credited", "credited back".
var settledBetween = newWordSet(map[string]bool{"have": true, "has": true, "been": true, "was": true, "were": true,
	"is": true, "are": true, "now": true, "all": true, "also": true, "just": true, "today": true, "all's": true})

// moneySettled reports the customer's money told as landed (see above); the
// caller has refused the opening, a question and an estimate.
func moneySettled(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 40 || strings.Contains(text, "-£") || strings.Contains(text, "-$") ||
		strings.Contains(text, "−") {
		return false
	}
	// The forms first, then the stops: few sentences hold a form, and the
	// stops look up a negation at every word (this rule was 3% of Read's
	// CPU). The forms' own scans, which compare words with constants, cost
	// less than the gate of their words ("credited", "0", "zero",
	// "nothing", "nil", "balance", "balances", "is", "are") they replace: its
	// "is" and "are" let most sentences through.
	if !moneyCredited(ts) && !nothingOwed(ts) && !moneyInPlace(ts) {
		return false
	}
	for k, t := range ts {
		if t == "nothing" && k+1 < len(ts) && owedWords.has(ts[k+1]) || t == "pending" && k > 0 && ts[k-1] == "in" {
			continue // "shows nothing outstanding"; "0 left in PENDING", a status's name
		}
		if settledStops.has(t) || negations.at(ts, k) || t == "to" && k+1 < len(ts) && ts[k+1] == "be" {
			return false // "to be credited": a purpose or a promise
		}
	}
	return true
}

// moneyCredited: "187 deposits credited", "all 187 stuck deposits have been
// credited", "it was credited to your account", "total £636 credited back";
// not the writer's step ("I've credited £22.50 to your account").
func moneyCredited(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		if ts[k] != "credited" {
			continue
		}
		j := k - 1
		for j >= 0 && settledBetween.has(ts[j]) {
			j--
		}
		if j < 0 {
			return false
		}
		switch {
		case settledMoney.has(ts[j]) || digits(ts[j]):
			return true
		case ts[j] == "it" || ts[j] == "they":
			for _, t := range ts[:j] { // "the cash part of your ISA (GBP 4,212.60) ... it was credited"
				if settledMoney.has(t) || t == "gbp" || t == "eur" || t == "usd" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// nothingOwed: "shows £0 due", "now shows nothing outstanding", "the balance
// is zero", "the balance is back to £50.00"; not "Nothing else outstanding,
// closing." (styles49, a closing), nor a figure that is the fault.
func nothingOwed(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		t, next := ts[k], ts[k+1]
		if (t == "0" || t == "zero" || t == "nothing" || t == "nil") &&
			owedWords.has(next) {
			switch ts[k-1] {
			case "shows", "show", "showing", "has", "have", "now", "with", "at":
				return true
			}
		}
		if t == "balance" || t == "balances" {
			if next == "is" || next == "now" {
				for j := k + 2; j < len(ts) && j <= k+4; j++ {
					switch ts[j] {
					case "zero", "nil", "0":
						return true
					case "back":
						return j+1 < len(ts) && ts[j+1] == "to"
					}
				}
			}
		}
	}
	return false
}

// moneyInPlace: "The £349.00 is in today's settlement", "your £23.50 is on
// Amir's account", "The duplicate fees, USD 17.20, are refunded to your seller
// balance now"; the money (a figure or a money noun) is the subject.
func moneyInPlace(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		if ts[k] != "is" && ts[k] != "are" {
			continue
		}
		if !settledMoney.has(ts[k-1]) && !digits(ts[k-1]) {
			continue
		}
		j := k + 1
		switch {
		case ts[j] == "in" || ts[j] == "on":
		case ts[j] == "back" && j+1 < len(ts) && (ts[j+1] == "in" || ts[j+1] == "on"):
			j++
		case ts[j] == "refunded" && j+1 < len(ts) && ts[j+1] == "to" && ts[len(ts)-1] == "now":
			j++
		default:
			continue
		}
		for p := j + 1; p < len(ts) && p <= j+4; p++ {
			if settledPlaces.has(ts[p]) {
				return true
			}
		}
	}
	return false
}
