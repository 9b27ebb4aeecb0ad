package reader

import "strings"

// Round 234: an instruction whose object is a screen's label in quotes
// ("Tick \"Submitted only\"", "Choose \"Medical\""). instructionForm reads an
// imperative of a screen's verb by the word after it (stepObjects: "tick
// the box", "choose your site") and refuses a negation anywhere in the
// sentence; a label in quotes is no word it knows, and the reason after the
// step often holds a negation ("... so groups that haven't sent their
// figures in are left out"). Rows of the tuning sets, labelled fix and read
// as nothing before: "Tick \"Include leavers\" if anyone sponsored has left
// since the last visit - ..." (styles83), "Tick \"Submitted only\" so groups
// that haven't sent their figures in are left out." (styles119), "Choose
// \"Medical\" as the reason and you won't be charged the £5 freeze fee."
// (styles125). Every staff sentence of the tuning sets that opens with a
// step's verb and a quoted label is labelled fix (twelve read already,
// among them "Then tap \"Sync now\" ...", "Select \"Use legacy engine\" ...").
//
// A staff sentence after the opening, not a question, that opens (after at
// most three of "then", "and", "so", "just", "please", "also", "now",
// "first", "next", "simply") with a verb of a step asked of the reader
// (askedVerbs, or "type") and then, with no word between, an opening quote
// mark; not with "let us / me know".
var quotedLabelLead = wordSetOf("then", "and", "so", "just", "please", "also", "now", "first", "next", "simply")

// quotedLabelStep reports whether a staff sentence instructs a screen step on
// a quoted label (above).
func quotedLabelStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 {
		return false
	}
	k := 0
	for k < len(ts) && k < 3 && quotedLabelLead.has(ts[k]) {
		k++
	}
	if k+1 >= len(ts) || !askedVerbs.has(ts[k]) && ts[k] != "type" {
		return false
	}
	q := openingQuote(text)
	if q < 0 {
		return false
	}
	var buf [8]string
	if len(lowerTokens(text[:q], buf[:0])) != k+1 {
		return false // the quote is not right after the verb
	}
	if endsQuestion(text) || strings.Contains(text, "let us know") || strings.Contains(text, "let me know") {
		return false
	}
	return formHit("fix:quotedlabel", text)
}

// openingQuote returns the offset of the first opening quote mark in text: a
// straight double quote, a straight single quote after a blank, or a
// typographic opening one; -1 for none.
func openingQuote(text string) int {
	q := -1
	for i := 0; i < len(text); i++ {
		if text[i] == '"' || text[i] == '\'' && i > 0 && isSpaceByte(text[i-1]) {
			q = i
			break
		}
	}
	for _, m := range [...]string{"\u201c", "\u2018"} {
		if i := strings.Index(text, m); i >= 0 && (q < 0 || i < q) {
			q = i
		}
	}
	return q
}
