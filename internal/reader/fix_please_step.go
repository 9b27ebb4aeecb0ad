package reader

import "strings"

// Round 50 (docs/quality.md, "Round 50"): staff's "please" and a step of the reader's trade with any verb.
// instructedStep (fix_instructions.go) and imperativeFix (classify.go) read
// "please" only before a screen or remedial verb; requestAnyVerb
// (fix_request_any.go) reads any verb only after "could/can/would you".
// Writers ask for steps of their trade after "please":
//
//   - "Please wait about one minute, then press Unlock again." (styles9/01)
//   - "Please open the app and sign in one more time." (styles25/13)
//   - "Please leave the bin out tonight." and "..., so please reprint those at
//     the desk." (styles28/13, 28/08)
//   - "Please fit each tag in the van it's labelled for, ..." (styles44/04)
//   - "Please carry on dispensing from tokens where you can." (styles11/11)
//   - "Please throw away any labels that printer made before 11:30 today, ..." (styles16/02)
//   - "Please only press release once and wait up to 3 minutes ..." (styles2/10)
//   - "..., so please run them again." (styles12/08)
//   - "For future updates, please fully charge the aids first." (styles24/16)
//
// "please" opens the sentence or its clause (after "so", "and", "then", or a
// comma, a dash or a colon), a few adverbs may follow it, and the verb asks
// for no information, look, wait or note (pleaseNotSteps, infoVerbs), nor
// for an answer to the writer ("please update us").

// pleaseLeads may stand before "please" as the opening of its clause.
var pleaseLeads = map[string]bool{"so": true, "and": true, "then": true, "meantime": true, "meanwhile": true,
	"now": true, "first": true, "instead": true, "also": true}

// pleaseAdverbs may come between "please" and its verb.
var pleaseAdverbs = map[string]bool{"only": true, "just": true, "also": true, "now": true, "then": true,
	"fully": true, "simply": true, "first": true, "still": true, "kindly": true, "do": true, "again": true}

// pleaseNotSteps after "please" ask for a note, a look, patience, an answer
// or a contact, not a step: "Please note ...", "please bear with us",
// "Please allow 3-5 working days", "please find attached".
var pleaseNotSteps = map[string]bool{"note": true, "find": true, "see": true, "look": true, "bear": true,
	"allow": true, "ignore": true, "accept": true, "feel": true, "be": true, "expect": true, "keep": true,
	"read": true, "review": true, "forward": true, "reach": true, "get": true, "give": true, "quote": true,
	"ensure": true, "remember": true, "consider": true, "refer": true, "don't": true, "do": true, "not": true,
	"never": true, "excuse": true, "bring": true, "fill": true, "complete": true, "pay": true, "raise": true,
	"log": true, "let": true, "hold": true, "stand": true, "upload": true, "download": true, "verify": true,
	"test": true, "monitor": true, "watch": true, "double-check": true, "recheck": true, "visit": true,
	"speak": true, "talk": true, "chase": true, "escalate": true, "approve": true, "sign": true, "write": true,
	// a test asked for, labelled a question: "Please try 58-60 again." (styles2),
	// "Please try a small deposit with the test card now." (styles26), "Please
	// print a test card from the kiosk admin screen." (styles8)
	"try": true, "print": true, "show": true,
	// a care or an errand, not the step: "please make sure they can get to the
	// cupboard" (styles40, styles8, styles10), "Please arrange a replacement PSU"
	// (styles5), "Please pass the time on to Zurich" (styles27), "please warn
	// Hegarty Builders" (styles42), "Please disregard it." (styles48), "please
	// hang on to the whites" (styles32), "Please have them out by 7am" (styles28)
	"make": true, "arrange": true, "pass": true, "warn": true, "disregard": true, "hang": true, "have": true}

// pleaseConditions before "please" make the step one for a case that may
// not come: "if you find it, please throw it away" (styles19), "If anything
// goes wrong on Saturday, please show this email" (styles35), "When you have
// a quiet moment, please re-enter the paper contracts" (styles26).
var pleaseConditions = map[string]bool{"if": true, "when": true, "once": true, "whenever": true, "unless": true}

// pleaseStep reports whether a staff sentence asks for a step of any verb
// after "please" (see above).
func pleaseStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 || strings.HasSuffix(strings.TrimSpace(text), "?") ||
		unknownCause.hasIn(sc) || testEnv.hasIn(sc) || strings.Contains(text, "let us know") || strings.Contains(text, "let me know") {
		return false
	}
	for p := 0; p < min(len(ts)-1, 12); p++ {
		if ts[p] != "please" {
			continue
		}
		if p > 0 && !pleaseLeads[ts[p-1]] && !clauseBefore(text) {
			return false
		}
		for _, w := range ts[:p] {
			if pleaseConditions[w] {
				return false
			}
		}
		for _, w := range ts[p:] {
			if askedBack[w] || w == "checks" || w == "anything" {
				return false // "Please reprint one pallet label and scan it ... and report", "carry on with probe checks" (styles35), "Please open a new one if anything else turns up" (styles3, a closing)
			}
		}
		k := p + 1
		for k < len(ts) && pleaseAdverbs[ts[k]] {
			k++
		}
		if k >= len(ts)-1 {
			return false
		}
		v, next := ts[k], ts[k+1]
		if pleaseNotSteps[v] || infoVerbs[v] || negAt(ts, p, k+1) || next == "us" || next == "me" ||
			strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") || digitWord(v) {
			return false
		}
		return formHit("fix:please", text)
	}
	return false
}

// clauseBefore reports whether "please" in text follows a mark that closes a
// clause: a comma, a semicolon, a colon or a dash ("For future updates,
// please ...", "... - please ...").
func clauseBefore(text string) bool {
	i := strings.Index(strings.ToLower(text), "please")
	if i <= 0 {
		return false
	}
	s := strings.TrimRight(text[:i], " ")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case ',', ';', ':', '-':
		return true
	}
	return strings.HasSuffix(s, "–") || strings.HasSuffix(s, "—")
}
