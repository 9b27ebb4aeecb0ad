package reader

import "strings"

// An admission of the writer's own fault with the fault itself in another
// clause: "Sorry, my fault - the export keeps the old slots for rounds
// already drafted", "my mistake, I'd put the card on the wrong account",
// "2231 is on account B, not A - my typo when keying it". The clause beside
// the admission says what went wrong. A bare admission ("that was our
// mistake, sorry", bareAdmission in cause_tail.go) and one beside a denial
// or an apology only ("it was our mistake, not a change to your terms") are
// not causes.
//
// Written in round 29 (docs/quality.md, "Round 29").

// ownFaultNouns are the nouns of an admission after "my" or "our".
var ownFaultNouns = newWordSet(map[string]bool{"mistake": true, "fault": true, "error": true, "typo": true, "slip": true,
	"oversight": true})

// admittedWithFault reports whether a staff sentence holds "my" or "our" and
// an admission noun, and a clause beside it, split off by a colon, a dash, a
// semicolon or a comma, of at least four words that does not open with a
// denial, an apology, a thanks or a plan, and has a verb of a state or a
// deed (not only a noun phrase).
func admittedWithFault(text string, sc *scan) bool {
	ts := sc.ts
	found := false
	for k := 0; k+1 < len(ts); k++ {
		if (ts[k] == "my" || ts[k] == "our") && ownFaultNouns.has(ts[k+1]) {
			found = true
			break
		}
	}
	if !found || hedges.hasIn(sc) || bareAdmission(text, ts) {
		return false
	}
	var buf [64]string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(text, " - ", " — "), admissionSplit) {
		ws := tokens(part, buf[:0])
		if len(ws) < 4 || admits(ws) {
			continue
		}
		switch ws[0] {
		case "not", "sorry", "apologies", "thanks", "thank", "so", "please", "we'll", "i'll", "will", "and":
			continue
		}
		if clauseVerb(ws) {
			return true
		}
	}
	return false
}

// admissionSplit is the punctuation that splits an admission from the clause
// beside it.
func admissionSplit(r rune) bool {
	return r == ':' || r == ';' || r == ',' || r == '–' || r == '—' || r == '(' || r == ')'
}

// admits reports whether a clause holds the admission itself.
func admits(ws []string) bool {
	for k := 0; k+1 < len(ws); k++ {
		if (ws[k] == "my" || ws[k] == "our") && ownFaultNouns.has(ws[k+1]) {
			return true
		}
	}
	return false
}

// clauseVerb reports whether a clause has a finite verb: a form of "be" or
// "have", a past tense in -ed, or a present in -s after its first word.
func clauseVerb(ws []string) bool {
	for k, w := range ws {
		switch w {
		case "is", "are", "was", "were", "had", "has", "have", "i'd", "we'd", "it's", "put", "set", "left", "sent", "took", "made", "kept":
			return true
		}
		if k > 0 && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
			return true
		}
	}
	return false
}
