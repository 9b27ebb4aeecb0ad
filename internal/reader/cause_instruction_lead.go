package reader

import "strings"

// An instruction to the reader after a lead-in is no cause: round 46's
// instructionToReader takes an instruction opening the sentence or after a
// short phrase ending in a comma that opens on "when", "for", "on", ...; staff
// also lead in with a short phrase and a colon ("Following our call: open the
// item in the agenda builder, set ...", styles91 91-12; "As promised on the
// phone: don't use the CSV export on the context list for this, it leaves
// out the matrix and the photo links.", styles98 98-05) or with "Rather than
// / Instead of <x>," ("Rather than the PDF, send the registry office the
// verification link ...", styles96 96-18), and tell what not to do ("don't
// use"). The fault such a sentence names is the thing to avoid. Read as
// causes by a cause phrase and the model, each labelled a fix: 0 true / 3
// false over every tuning set (round 122). The true causes behind such a
// lead-in tell a finding ("Following our call: the venue's electrician found
// a burnt neutral ...", styles66 14) and stay: the instruction's verb must
// follow the lead-in at once.
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 122 (docs/quality.md, "Round 122").

// instructionAfterLead reports whether a sentence opens with a lead-in of at most
// six words ending in a colon, or "rather than" / "instead of" and at most
// six words ending in a comma, followed by an instruction to the reader: an
// instruction verb (instructionVerbs or "send"), perhaps after "please",
// "just", "don't" or "do not", and its object.
func instructionAfterLead(text string, ts []string) bool {
	if len(ts) < 5 {
		return false
	}
	var sep byte
	switch {
	case ts[0] == "rather" && ts[1] == "than", ts[0] == "instead" && ts[1] == "of":
		sep = ','
	default:
		sep = ':'
	}
	c := strings.IndexByte(text, sep)
	if c <= 0 {
		return false
	}
	if sep == ':' && c+1 < len(text) && text[c+1] >= '0' && text[c+1] <= '9' {
		return false // a time ("18:42"), not a lead-in's colon
	}
	var buf [16]string
	head := tokens(text[:c], buf[:0])
	if len(head) == 0 || len(head) > 6 || len(head) >= len(ts) {
		return false
	}
	k := len(head)
	for k < len(ts) && (ts[k] == "please" || ts[k] == "just" || ts[k] == "then") {
		k++
	}
	if k < len(ts) && (ts[k] == "don't" || ts[k] == "never") {
		k++
	} else if k+1 < len(ts) && ts[k] == "do" && ts[k+1] == "not" {
		k += 2
	}
	if k+1 >= len(ts) || !(instructionVerbs.has(ts[k]) || ts[k] == "send") || !instructionObjects.has(ts[k+1]) {
		return false
	}
	return ts[k] != "make" || ts[k+1] == "sure"
}
