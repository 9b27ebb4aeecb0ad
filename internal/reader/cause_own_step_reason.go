package reader

import "strings"

// Round 217: the writer's own step or decision given its reason or purpose
// is a reason for the step, not the cause of the fault. The writer ("I",
// "we") opens a clause on a past step and, in the same clause, tells why it
// was taken or what it keeps away:
//
//   - "I left three pairs alone because their dates of birth differ: ..."
//     (styles90 90-17, a standing fact after "because")
//   - "When I fitted the charger I put a sensor clamp on your main incoming
//     cable, because your house has a 60A main fuse." (styles80 09)
//   - "We have checked the other buildings affected by the change and
//     corrected two more relays before they caused problems." (styles 32,
//     the harm the step prevents)
//   - "..., and this morning we reserved space on every access point for the
//     tills so fans can't crowd them out." (styles111 111-15, a purpose "so"
//     with a negated modal and no comma)
//
// Rounds 212 and 214 counted these shapes 0 true / 2 false each in two
// writers; together, counted over every tuning row read as a cause, they are
// 0 true / 4 false in four writers. All staff's, none labelled a cause.
//
// Which side of "because" the fault sits on decides it: in "we restarted it
// because the disk had filled" the because-clause is the fault, so only a
// because-clause that reads as a standing fact refuses (present tense, no
// negation, no past or perfect, no word of a fault or a cause). A step with
// its consequence after "so" ("we turned off the odometer prompt ..., so no
// mileage has been recorded", styles44, labelled cause) is the cause and
// stays; so does a step in a relative clause ("the cancellation I ran
// yesterday missed ... because", styles70) or followed by another subject's
// clause ("we changed the address ... and your mail server rejected them
// because ...", styles85). Refused in notCause, so the model is bound too.

// ownStepSubjects open the writer's own clause.
var ownStepSubjects = newWordSet(map[string]bool{"i": true, "we": true, "i've": true, "we've": true})

// ownStepAux may stand between the subject and the step verb.
var ownStepAux = newWordSet(map[string]bool{"have": true, "had": true, "also": true, "then": true, "just": true,
	"only": true, "already": true, "deliberately": true})

// ownStepBefore may stand just before the subject when it opens a clause
// ("and we ...", "this morning we ...").
var ownStepBefore = newWordSet(map[string]bool{"and": true, "then": true, "so": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "today": true, "yesterday": true, "also": true})

// ownStepIrregular are step verbs' past forms not in "-ed".
var ownStepIrregular = newWordSet(map[string]bool{"put": true, "left": true, "set": true, "kept": true, "cut": true,
	"sent": true, "made": true, "took": true, "ran": true, "held": true, "let": true, "gave": true, "chose": true,
	"built": true, "split": true, "shut": true, "brought": true, "rebuilt": true, "reset": true})

// ownStepSpanStop ends the step's clause before a reason: another clause, or
// a word of a cause.
var ownStepSpanStop = newWordSet(map[string]bool{"but": true, "which": true, "that": true, "who": true,
	"where": true, "when": true, "while": true, "since": true, "after": true, "it": true, "they": true,
	"it's": true, "is": true, "are": true, "was": true, "were": true, "has": true, "had": true, "why": true,
	"due": true, "caused": true})

// ownStepPrefixStop in the words before the subject leave the sentence to
// the other rules: a cause may be told there.
var ownStepPrefixStop = newWordSet(map[string]bool{"because": true, "due": true, "caused": true, "why": true,
	"reason": true, "since": true, "after": true, "so": true, "which": true})

// standingFactStop in a because-clause make it a fault, not a fact the step
// answers to: negation, a past or perfect, a word of a fault or a cause.
var standingFactStop = newWordSet(map[string]bool{"not": true, "no": true, "never": true, "nothing": true,
	"was": true, "were": true, "had": true, "did": true, "been": true, "full": true, "wrong": true,
	"broken": true, "faulty": true, "fault": true, "failing": true, "fails": true, "error": true, "errors": true,
	"down": true, "stuck": true, "out": true, "old": true, "still": true, "because": true, "due": true,
	"keeps": true, "kept": true, "missing": true, "lost": true, "corrupt": true, "corrupted": true,
	"expired": true, "crashing": true, "crashes": true, "leaking": true, "leaks": true})

// negatedModals after a purpose "so" tell the harm the step keeps away.
var negatedModals = newWordSet(map[string]bool{"can't": true, "cannot": true, "won't": true, "doesn't": true,
	"don't": true, "couldn't": true, "wouldn't": true})

// ownStepWord is one word of a sentence with the punctuation after it.
type ownStepWord struct {
	w     string
	punct byte // ',' ';' ':' '-' or 0
}

// ownStepWords splits a lowered sentence into words, keeping the clause
// punctuation that follows each (a dash standing alone marks the word before).
func ownStepWords(low string) []ownStepWord {
	var out []ownStepWord
	for _, f := range strings.Fields(low) {
		if f == "-" || f == "–" || f == "—" {
			if len(out) > 0 {
				out[len(out)-1].punct = '-'
			}
			continue
		}
		var p byte
		switch f[len(f)-1] {
		case ',', ';', ':':
			p = f[len(f)-1]
		}
		w := strings.Trim(f, ",;:.!?()\"'")
		if w == "" {
			continue
		}
		out = append(out, ownStepWord{w: w, punct: p})
	}
	return out
}

// isOwnStepVerb reports whether w is a step's past form (a check is the
// writer's step too: "We have checked ... and corrected ... before ...").
func isOwnStepVerb(w string) bool {
	return ownStepIrregular.has(w) || (len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// ownStepReason reports whether the writer's own past step is told with its
// reason or purpose in the same clause (see the file's comment).
func ownStepReason(text string) bool {
	if isASCII(text) && !reasonLeadFold(text) {
		return false // round 245: no lower-cased copy of an ASCII sentence without a lead
	}
	low := strings.ToLower(text)
	if !strings.Contains(low, "because") && !strings.Contains(low, "before") && !strings.Contains(low, " so") &&
		!strings.Contains(low, "in case") && !strings.Contains(low, "to avoid") && !strings.Contains(low, "to prevent") {
		return false
	}
	ws := ownStepWords(low)
	for i := range ws {
		if !ownStepSubjects.has(ws[i].w) || !ownStepClauseStart(ws, i) {
			continue
		}
		if ownStepReasonAt(ws, i) {
			return true
		}
	}
	return false
}

// ownStepClauseStart reports whether the subject at i opens a clause: the
// sentence's start, after clause punctuation or one of ownStepBefore, or the
// main clause after an opening "When I/we ..." clause; with no word of a
// cause before it.
func ownStepClauseStart(ws []ownStepWord, i int) bool {
	for k := 0; k < i; k++ {
		if ownStepPrefixStop.has(ws[k].w) && !(k == i-1 && ws[k].w == "so") {
			return false
		}
	}
	switch {
	case i == 0:
		return true
	case ws[i-1].punct != 0 || ownStepBefore.has(ws[i-1].w):
		return true
	case ws[0].w == "when" && i >= 3 && ownStepSubjects.has(ws[1].w):
		for k := 1; k < i-1; k++ {
			if ws[k].punct != 0 {
				return false
			}
		}
		return true
	}
	return false
}

// ownStepReasonAt reports whether the subject at i is followed by a past
// step and, in the same clause, a reason or purpose.
func ownStepReasonAt(ws []ownStepWord, i int) bool {
	j := i + 1
	for j < len(ws) && ownStepAux.has(ws[j].w) {
		j++
	}
	if j >= len(ws) || !isOwnStepVerb(ws[j].w) {
		return false
	}
	for k := j + 1; k < len(ws) && k <= j+16; k++ {
		w := ws[k].w
		switch {
		case w == "because":
			return ownStepFactAfter(ws, k+1)
		case w == "before":
			return k+2 < len(ws) && ws[k-1].punct == 0 && (ws[k+1].w == "they" || ws[k+1].w == "it" ||
				ws[k+1].w == "anyone" || ws[k+1].w == "anything")
		case w == "in" && k+1 < len(ws) && ws[k+1].w == "case":
			return ws[k-1].punct == 0
		case w == "to" && k+1 < len(ws) && (ws[k+1].w == "avoid" || ws[k+1].w == "prevent"):
			return ws[k-1].punct == 0
		case w == "so":
			if ws[k-1].punct != 0 {
				return false // ", so <consequence>": the step's result, often the fault
			}
			if k+1 < len(ws) && ws[k+1].w == "that" {
				return true
			}
			for m := k + 1; m < len(ws) && m <= k+4; m++ {
				if negatedModals.has(ws[m].w) {
					return true
				}
			}
			return false
		case w == "and":
			if k+1 < len(ws) && isOwnStepVerb(ws[k+1].w) {
				continue // a second step of the same subject
			}
			return false
		case ownStepSpanStop.has(w):
			return false
		}
		if ws[k].punct != 0 && !(ws[k].punct == ',' && k+1 < len(ws) && ws[k+1].w == "because") {
			return false
		}
	}
	return false
}

// ownStepFactAfter reports whether the because-clause from k reads as a
// standing fact: no negation, past, perfect, or word of a fault or cause,
// up to its clause's end.
func ownStepFactAfter(ws []ownStepWord, k int) bool {
	if k >= len(ws) {
		return false
	}
	for m := k; m < len(ws); m++ {
		w := ws[m].w
		if standingFactStop.has(w) || strings.HasSuffix(w, "n't") || (len(w) > 4 && strings.HasSuffix(w, "ed")) {
			return false
		}
		if ws[m].punct != 0 {
			break
		}
	}
	return true
}

// reasonLeadFold reports, for an ASCII text, whether its lower-cased copy
// holds one of ownStepReason's leads ("because", "before", " so", "in case",
// "to avoid", "to prevent"), in one pass that folds ASCII case itself.
func reasonLeadFold(text string) bool { return reasonLeadWords.in(text) }

var reasonLeadWords = newFoldWords("because", "before", " so", "in case", "to avoid", "to prevent")
