package reader

import "strings"

// Round 91: a step staff advise as worth taking ("It's also worth adding
// them to the address book entries so future invoices carry them", "it's
// worth copying a long note before pressing save") is an instruction told
// gently, and the writers label it a fix as they label the imperative. The
// rules read no verb of it: the step is a gerund after "worth".
//
// A staff sentence after the opening, not a question nor a heading (ending
// in ':'), with "worth" followed by a step's -ing form or by "a try", "a
// go", "a look" or "a quick look"; the -ing form has its object after it
// (not "A smell indoors is worth checking, though.", styles80, unlabelled,
// the first version's one more false row). Refused: a hedge before "worth" ("it may
// be worth ...", "it might be worth ...", "it'd be worth ...": the writers
// leave those unlabelled), a negation just before it ("not worth",
// "nothing worth"), and the -ing forms of a question or a remark rather
// than a step ("worth asking", "worth knowing", "worth noting", "worth
// keeping in mind"). Rows on the tuning sets (labelled fix, none read
// before): styles ("One thing worth trying: ..."), 15 ("... so it's worth
// having her phone to hand"), 16 ("worth a quick look before ..."), 18
// ("It's also worth adding them to ..."), 19 ("... would be worth a try"),
// 44 ("It's also worth checking where the tag sits ..."), 52 ("..., it's
// worth checking her junk folder"), 85 ("..., worth checking with the
// drivers ..."), 86 ("..., it's worth copying a long note ..."): 9 rows in
// 9 sets. Unlabelled and read: one (styles82, a precaution "It's worth
// checking that nothing important sits within 3 mm of a red line"). Left
// unread by the refusals: 8 hedged rows ("it may/might be worth", "it'd be
// worth": styles7, 20, 27, 29, 55, 73, 75, 83) and 3 "worth asking"
// (styles13, 53, 55), all unlabelled.

// worthNotSteps are -ing forms after "worth" that ask, tell or keep, not a
// step to take.
var worthNotSteps = newWordSet(map[string]bool{"asking": true, "knowing": true, "noting": true, "mentioning": true,
	"keeping": true, "saying": true, "bearing": true, "remembering": true, "reading": true, "waiting": true})

// worthHedges before "worth" make the advice a maybe.
var worthHedges = newWordSet(map[string]bool{"may": true, "might": true, "could": true, "probably": true, "perhaps": true,
	"maybe": true, "it'd": true, "possibly": true})

// worthAdvice reports whether a staff sentence advises a step as worth
// taking (above).
func worthAdvice(text string, sc *scan, c Context, staff bool) bool {
	if !staff || c.Opening {
		return false
	}
	ts := sc.ts
	i := -1 // a word test first: no allocation before "worth" is found
	for k, w := range ts {
		if w == "worth" {
			i = k
			break
		}
	}
	if i < 0 || i+1 >= len(ts) {
		return false
	}
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":") {
		return false
	}
	next := ts[i+1]
	switch {
	case next == "a" && i+2 < len(ts):
		n2 := ts[i+2]
		if n2 != "try" && n2 != "go" && n2 != "look" && !(n2 == "quick" && i+3 < len(ts) && ts[i+3] == "look") {
			return false
		}
	case strings.HasSuffix(next, "ing") && len(next) > 4 && !worthNotSteps.has(next) && i+2 < len(ts) && ts[i+2] != "though":
		// the step and its object: "A smell indoors is worth checking,
		// though." names the thing to check before "worth", a remark
	default:
		return false
	}
	for _, w := range ts[:i] {
		if worthHedges.has(w) {
			return false
		}
	}
	if i > 0 && (negations.at(ts, i-1) || ts[i-1] == "nothing" || ts[i-1] == "isn't" || ts[i-1] == "not") {
		return false
	}
	return formHit("fix:worth", text)
}
