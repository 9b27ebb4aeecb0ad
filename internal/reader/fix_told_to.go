package reader

import (
	"slices"
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 174: staff's note that they told someone to take a step ("Told her
// not to use New label, which takes the next free sequence number.",
// styles108; "Told her to tick \"Delegate receives copies ...\" so the
// invitations reach the assistant.", styles104; "Asked CheckVue support if
// they can accept 07 numbers; told Jordan to use +44 for now.", styles79).
// The instruction is the fix whoever carries it out (labelling.md: "the
// instruction is the fix"); told in the past to a named party, no rule read
// it unless its verb was a remedy's ("Told him to delete the camera roll
// photos ...", styles71, read already). Counted over every tuning set
// (styles to styles110): "told <party> (not) to <verb>" opening the sentence
// or a clause after ";", ":" or a dash, by staff and not read as fix, is 7
// rows labelled fix (styles44, 64, 78, 79, 99, 104, 108) against 6 not; three
// of those six hold the customer off while we look ("Told her to leave the
// queue as it is while we look.", styles57; "Told her not to release any
// Awaiting deposit holds until we've looked.", styles70; "Told him to come
// back to us if it drops again.", styles25) and are refused: a holding
// instruction bounded by our own look or by the fault's return is no remedy.
// A hedge refuses it, but "if" and "whether", which there are the
// instruction's condition or the clause before's question. "Told him I'd
// ..." (a promise) and "told him <a fact>" are not this shape.

// toldWaitWho after "while" or "until" makes the instruction a hold while we
// look.
var toldWaitWho = newWordSet(map[string]bool{"we": true, "we've": true, "we're": true, "i": true, "i've": true, "i'm": true})

// toldToStep reports whether a staff sentence tells that someone was told to
// take a step (above).
func toldToStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening && c.Role != ticket.RoleAgent || len(ts) < 4 || !slices.Contains(ts, "told") || endsQuestion(text) {
		return false
	}
	at := -1
	for i, w := range ts {
		if w != "told" {
			continue
		}
		j := i
		if j > 0 && ts[j-1] == "also" {
			j--
		}
		if j == 0 {
			at = i
			break
		}
		end := tokenEnd(text, ts, j-1)
		if end < 0 {
			return false
		}
		// the clause's opening: what stands between the word before and
		// "told" (or "also told") is a break
		gap := text[end:]
		if k := strings.Index(strings.ToLower(gap), ts[j]); k >= 0 {
			gap = gap[:k]
		}
		if g := strings.TrimSpace(gap); g == ";" || g == ":" || g == "-" || g == "\u2013" || g == "\u2014" {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	// the party: one to three words, then perhaps "not", then "to" and a verb
	to := -1
	for k := at + 2; k < len(ts) && k <= at+4; k++ {
		if ts[k] == "to" {
			to = k
			break
		}
		if ts[k] == "not" && nextToken(ts, k) == "to" {
			to = k + 1
			break
		}
	}
	if to < 0 || to+1 >= len(ts) || ts[to+1] == "keep" || ts[to+1] == "leave" {
		return false // a hold, things left as they are: "Told her to keep the wrong pack sealed, ..."
	}
	for k := at + 1; k < to; k++ {
		switch ts[k] {
		case "i", "we", "you", "that", "it", "this", "i'd", "we'd", "we'll", "i'll":
			return false
		}
	}
	for k := at; k < len(ts); k++ {
		// a hedge in the told clause or after it; "if" and "whether" are the
		// instruction's condition ("..., or post us a copy if she can't scan
		// it", styles44) or the clause before's question (styles79)
		if ts[k] != "if" && ts[k] != "whether" && hedges.at(ts, k) {
			return false
		}
		if k <= to {
			continue
		}
		switch ts[k] {
		case "while", "until", "till":
			if toldWaitWho.has(nextToken(ts, k)) {
				return false
			}
		case "if":
			if slices.Contains(ts[k+1:], "again") {
				return false
			}
		}
	}
	return true
}
