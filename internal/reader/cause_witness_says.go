package reader

import "strings"

// A person's account relayed by staff, "<name> says ...", is what a witness
// did or saw, not a cause staff assert: "Davy says picking was right, bay C14
// was all there was." (styles97 97-07/3), "Driver Phil says first attempt
// showed \"timed out\" on the handset." (styles80 13/2), "Driver (Leeds round
// 7) says handheld beeps \"invalid format\", not \"no read\"." (styles89
// 89-05/8), "Lee says they struck it 27/02 and he did the strike on his phone,
// no signal up there so it saved offline." (styles71 11/3). Each is labelled
// nothing; the model read three of them as causes, "attributed by contrast"
// the fourth. Over every tuning set: 0 true / 4 false in 4 sets (round 167).
//
// Kept apart from the true causes relayed the same way, where the one who
// says is a party that found the fault ("the SIM provider says ...",
// "Vendor (Scanpoint) says ...", "Their tech says ...", "Provider says ..."):
// so the sayer is one or two words (a parenthesis left out) before "says",
// none of them a party's word, a determiner or a pronoun; and a word of
// reason after "says" ("because", "due", "caused", "cause", "why",
// "reason") keeps the sentence for the other rules. "Says" opening the
// sentence ("Says the junction box for load cell 3 is full of condensation
// ...", styles42, a cause) has no sayer and is left.
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 167 (docs/quality.md, "Round 167").

// witnessNotSayer are words that make the one who says a party, a thing or
// no person: "the vendor says", "it says", "the log says".
var witnessNotSayer = map[string]bool{"the": true, "their": true, "our": true, "your": true, "a": true, "an": true,
	"vendor": true, "vendors": true, "provider": true, "supplier": true, "support": true, "tech": true, "techs": true,
	"engineer": true, "engineers": true, "manufacturer": true, "carrier": true, "bank": true, "they": true, "it": true,
	"that": true, "this": true, "which": true, "what": true, "log": true, "logs": true, "portal": true, "screen": true,
	"message": true, "error": true, "page": true, "app": true, "system": true, "he": true, "she": true, "who": true,
	"there": true, "here": true, "and": true, "but": true, "so": true, "as": true, "also": true, "pm": true}

// witnessSays reports whether a sentence opens with one or two words of a
// person and "says", with no word of reason after it and no question.
func witnessSays(text string, ts []string) bool {
	if !hasAnyToken(ts, "says") || endsQuestion(text) {
		return false
	}
	low := strings.ToLower(text)
	at := nextWholeWord(low, "says", 0)
	if at <= 0 || at > 60 {
		return false
	}
	head := low[:at]
	// leave a parenthesis out: "Driver (Leeds round 7) says"
	for {
		o := strings.IndexByte(head, '(')
		c := strings.IndexByte(head, ')')
		if o < 0 || c < o {
			break
		}
		head = head[:o] + head[c+1:]
	}
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.:;-'\"")
		if w == "" || witnessNotSayer[w] {
			return false
		}
	}
	for _, t := range ts {
		switch t {
		case "because", "due", "caused", "cause", "why", "reason":
			return false
		}
	}
	return true
}
