package reader

import "strings"

// Round 104: how the product works, told in a ticket that asks it. After a
// subject and opening that ask how a thing is done or whether it can be
// (Context.AskedToKnow, round 83), staff's account of what the product does
// ("Everything on the duplicate ... moves across to the record you kept, and
// the duplicate is removed.", "The calendar will then appear on the doctor's
// phone as well.") answers the question with no instruction and no step; the
// writers label the instruction that answers it a fix (the border "an
// instruction in a question ticket"), not the account. Counted over every
// tuning set (styles to styles90, -styleserrorstp): 12 false fix rows in 11
// sets, 1 true (styles62 16, the notice "He'll get an e-mail ...", also taken
// by fix_notice_to_come.go); 8 of the false rows no other shape of round 104
// takes:
//   - styles13 05: "The calendar will then appear on the doctor's phone as well."
//   - styles17 05: "For business accounts it's EUR 5 per statement period, ..."
//   - styles31 13 (x2): "Lukas doesn't need his own account: children under 16
//     are added to a parent's account as family members.", "Your wife can add
//     Lukas to her account too if she wants to book for him from her phone."
//   - styles39 10: "If the balance does reach zero, the socket switches off
//     after a two-hour grace period and comes back on ..."
//   - styles62 07: "The upgrade fee is £295 and is payable by your client by
//     card when the surveyor's firm calls to arrange the visit."
//   - styles70 11: "Everything on the duplicate (...) moves across to the
//     record you kept, and the duplicate is removed."
//   - styles83 03: "Once we receive it, we book the courier the same or next
//     working day and the tracking number appears in your account and by SMS."
// and styles6 03, styles9 16, styles45 04 and styles88 12, also told as a
// thing that stays or a retention.
// Left, as the true fixes of such tickets are: an instruction (an imperative
// first or after a clause break, "please", "you can", "you'll need", "go to",
// a menu path, "tick", "click", "instead", "should", ...), the writer's step or
// plan ("I", "we've", "done", "now", "today", a perfect), a step told in the
// past ("Promoted to live 07:41.", "FT-55177 moved from the placeholder ...",
// "... was sent to ...": "was", "were", or an "-ed" word not after "is", "are",
// "be" or "stay"), a thing sent ("attached", "live"), and a feature told with
// the version it came in ("Since v2.2 a plugin can implement ...", styles 19).

// workingsLeads may open the account before its subject.
var workingsLeads = newWordSet(map[string]bool{"yes": true, "no": true, "ok": true, "okay": true, "so": true, "and": true,
	"also": true, "then": true, "just": true, "simply": true, "sure": true, "first": true, "next": true})

// workingsInstruction are words of an instruction.
var workingsInstruction = newWordSet(map[string]bool{"please": true, "tick": true, "click": true, "choose": true,
	"select": true, "press": true, "tap": true, "untick": true, "instead": true, "rather": true, "easiest": true,
	"quickest": true, "should": true, "must": true, "kindly": true, "you'd": true, "don't": true})

// workingsStep are words of the writer's step or plan, a past, a state
// reached or a thing sent.
var workingsStep = newWordSet(map[string]bool{"i": true, "i've": true, "we've": true, "i'll": true, "we'll": true, "i'm": true,
	"we're": true, "i'd": true, "me": true, "was": true, "were": true, "did": true, "done": true, "now": true,
	"had": true, "has": true, "have": true, "been": true, "today": true, "today's": true, "yesterday": true,
	"live": true, "attached": true, "since": true})

// workingsBe may come before an "-ed" word that is no past ("are added",
// "stay assigned").
var workingsBe = newWordSet(map[string]bool{"is": true, "are": true, "be": true, "being": true, "get": true, "gets": true,
	"stay": true, "stays": true, "remain": true, "remains": true, "it's": true, "that's": true, "they're": true,
	"isn't": true, "aren't": true})

// workingsModals after "you", "he", "she" or "they" make an instruction
// ("you can", "he can email ...").
var workingsModals = newWordSet(map[string]bool{"can": true, "could": true, "need": true, "should": true, "may": true,
	"might": true, "would": true, "want": true, "have": true})

// askedWorkingsAnswer reports whether a staff sentence after a question how
// the product works tells how it works (above).
func askedWorkingsAnswer(text string, ts []string, c Context) bool {
	if !c.AskedToKnow || len(ts) < 3 || endsQuestion(text) ||
		strings.ContainsAny(text, ">→") {
		return false
	}
	k := 0
	for k < len(ts) && workingsLeads.has(ts[k]) {
		k++
	}
	if k == len(ts) || remedyBase[ts[k]] || clauseImperatives.has(ts[k]) || pastTold(ts[k]) {
		return false // an instruction, or a step note
	}
	for i, t := range ts {
		switch {
		case workingsInstruction.has(t) || workingsStep.has(t):
			return false
		case (t == "you" || t == "he" || t == "she" || t == "they") && i+1 < len(ts) && workingsModals.has(ts[i+1]):
			return false
		case t == "you'll" && i+1 < len(ts) && (ts[i+1] == "need" || ts[i+1] == "have"):
			return false
		case t == "go" && i+1 < len(ts) && ts[i+1] == "to":
			return false
		case len(t) > 4 && strings.HasSuffix(t, "ed") && t != "need" && (i == 0 || !workingsBe.has(ts[i-1])):
			return false // a past told
		}
	}
	return !instructionAfterBreak(text)
}
