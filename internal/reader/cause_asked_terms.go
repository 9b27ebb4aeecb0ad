package reader

// Round 116: the model's false causes in tickets that asked how something
// works (c.AskedToKnow). Round 83's askedWorkings refuses a present-tense
// account of the product's workings there, but gives way to any "your" or
// any past verb, since an account of what the customer saw is a cause. The
// answers that name the terms the customer is held to (a fee, a tariff, a
// contract, a policy, a rule, what a rule "applies" to or "allows") kept
// the model's cause on tuning in eight sets, none labelled a cause: "The
// upgrade fee is £295 and is payable by your client by card ..." (styles62
// 07), "Recordings stay in the project for 90 days ..., then they're
// deleted under our data retention policy ..." (styles88 12), "The contract
// allows 2% without deduction; ..., so at 3.2% your load had a 1.2%
// reduction." (styles42 12), "Yes it does - quota is measured on stored
// size, which includes every version kept by your retention policy, ..."
// (styles11 17). No true cause the model alone read in such a ticket names
// a term; the refusal still gives way to a word of what went wrong or
// changed ("why", "happened", "because", "wrong", "changed", "updated",
// "expired", ...), which a cause told under a policy would carry.

// askedTermWords name the terms an answer explains.
var askedTermWords = newWordSet(map[string]bool{"fee": true, "fees": true, "tariff": true, "tariffs": true, "contract": true,
	"policy": true, "rule": true, "rules": true, "applies": true, "allows": true, "allowed": true, "terms": true})

// askedTermsBreak are words of a fault or a change: with one, the sentence
// may tell what happened under the terms, and the model's reading stands.
var askedTermsBreak = newWordSet(map[string]bool{"why": true, "happened": true, "because": true, "cause": true, "caused": true,
	"due": true, "wrong": true, "mistake": true, "error": true, "failed": true, "changed": true, "change": true,
	"updated": true, "update": true, "introduced": true, "expired": true, "removed": true, "switched": true,
	"moved": true, "raised": true, "increased": true, "missed": true, "didn't": true, "wasn't": true, "never": true})

// askedTerms reports whether a staff sentence in a ticket that asked how
// something works names the terms the customer is held to and no fault or
// change: an answer, which the model's veto keeps from being a cause.
func askedTerms(c Context, ts []string) bool {
	if !c.AskedToKnow {
		return false
	}
	term := false
	for _, w := range ts {
		if askedTermsBreak.has(w) {
			return false
		}
		if askedTermWords.has(w) {
			term = true
		}
	}
	return term
}
