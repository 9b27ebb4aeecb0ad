package reader

import (
	"strings"
	"unicode"

	"github.com/debriefhq/debrief/internal/ticket"
)

// carryCause returns a, the rules' acts of a sentence in its context c (ts:
// its words), with Cause added when staff's sentence carries on a cause the
// reader read before it, and the name of the reading ("" when none): the
// cause of the sentence before it in the same message (prev: its acts)
// carried on by an arrow (causeArrowAfterCause, round 119), or a cause read
// anywhere earlier in the ticket (c.CauseBefore) carried on by a sentence of
// the mechanism (causeContinued, round 137). Only a sentence read as nothing
// else of weight is carried. Read and the model's training both call it, so
// the model learns from the acts Read gives.
func carryCause(a, prev Act, c Context, text string, ts []string) (Act, string) {
	if a&(Cause|Fix|Restored) != 0 || c.Role != ticket.RoleAgent {
		return a, ""
	}
	if prev&Cause != 0 && causeArrowAfterCause(text) {
		return a | Cause, "arrow after a cause"
	}
	if c.CauseBefore && !c.Opening && a&(Question|Closing|AutoAck) == 0 {
		if name := causeContinued(text, ts); name != "" {
			return a | Cause, name
		}
	}
	return a, ""
}

// causeContinued names the shape of a staff sentence that carries on a cause
// read earlier in the ticket (round 137), or returns "": a consequence told
// from a thing lacking ("Without it, Gmail and Outlook refuse the emails
// outright.", causeWithoutThing) or a step not taken before ("... CaseLink
// hadn't caught up.", causeHadNotDone). An instruction naming a control
// carries nothing (round 172: "... and type 'species code wrong, HAD not
// COD' in the reason box.", styles60, is no step not taken).
func causeContinued(text string, ts []string) string {
	if len(ts) < 3 || endsQuestion(text) || instructionToControl(text, ts) || unnoticedAside(ts) || onlySeemed(text, ts) {
		return "" // unnoticedAside: why nobody noticed carries no cause (round 242); nor why a step only seemed to work (round 257)
	}
	switch {
	case causeWithoutThing(ts):
		return "without it, after a cause"
	case causeHadNotDone(ts):
		return "had not done, after a cause"
	}
	return ""
}

// causeArrowAfterCause reads a staff sentence that carries on the cause told
// in the sentence before it, in the same message, as a cause: a terse step of
// the mechanism written with an arrow or an equals sign between words ("Thicker
// board = stiffer fold, flaps spring even with correct crease.", "Triangulated
// base sits higher on sloping yards -> smaller volumes.", "Status bug =
// FEEDS-1408, known."; round 119, styles9, styles30, styles82). The reader
// calls it only when the rules read the previous sentence as a cause (the
// sentence alone, "Blank = non-taxable on import.", is read by the model or
// not at all: most such lines are a setting or a figure).
//
// Refused: the operator inside code or brackets (a setting, "`cache.max_entries
// = 10000`", a rule "(Exchange -> any, TCP 587)", a figure "(1412 -> 240)"),
// and figures on one side of it ("240 x 2.5 = 600 / 130 usable = 4.6").
func causeArrowAfterCause(text string) bool {
	if !strings.Contains(text, "->") && !strings.Contains(text, "=") {
		return false // the prefilter: most sentences have neither
	}
	if strings.ContainsAny(text, "`?") || endsQuestion(text) {
		return false
	}
	depth := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
		if depth > 0 {
			continue
		}
		n := 0
		switch {
		case strings.HasPrefix(text[i:], " -> "):
			n = 4
		case strings.HasPrefix(text[i:], " = "):
			n = 3
		default:
			continue
		}
		if wordHasLetter(arrowLastWord(text[:i])) && wordHasLetter(arrowFirstWord(text[i+n:])) {
			return true
		}
	}
	return false
}

// arrowLastWord is the last space-separated word of s, arrowFirstWord the
// first, found in place.
func arrowLastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
}

func arrowFirstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// wordHasLetter: the word is a word, not a figure ("4.6", "600").
func wordHasLetter(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}
