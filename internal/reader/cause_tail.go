package reader

import "strings"

// Causes whose mark is at the end of the sentence or in how a value is
// given, and two forms that a cause word wrongly makes a cause.
//
//   - A default that did the harm: "by default" or the default settings, with
//     the consequence after it ("the router has SIP ALG on by default, which
//     is what garbles the audio", "older accounts had it on by default, so
//     their jobs got the wrong start") or a change that put the default back
//     ("the upgrade reset the mapping to its default"). "by default" alone
//     describes how things normally work (notCause refuses it); the
//     consequence or the change makes it the cause.
//   - A short tail that points from the finding to the symptom: "hence" and a
//     few words ("the old host is still in the pool, hence the 502s", "Hence
//     REJECTED."), "that's where the duplicates came from".
//   - A correction note: a setting as found, a comma, and the value it should
//     have ("MTU 1400 on the tunnel, should be 1500"): the wrong value is
//     the cause.
//
// The refusals: an instruction opened by its purpose ("To remove the old
// card, open Settings and tap ...") names the fault only as the thing to
// undo, and a bare admission ("Sorry, that was our mistake") says whose the
// fault was without saying what it was.

// defaultHarm reports whether a staff sentence names a default as what did
// the harm: "by default" or "default"/"defaults" after "to", "with", "the"
// or a possessive, followed later by a consequence ("so", "which is
// why/what", "hence", a failure word), or preceded by a change noun and a
// change in the past ("the update reset it to default"). Not negated before
// it, not hedged, not a plan, and the consequence is not advice to the
// reader ("so you'll need to turn it on").
func defaultHarm(sc *scan) bool {
	ts := sc.ts
	d := -1
	for k, t := range ts {
		if t == "default" || t == "defaults" {
			d = k
			break
		}
	}
	if d < 1 || hedges.hasIn(sc) || unknownCause.hasIn(sc) || fixFuture.hasIn(sc) || instructionOpen(ts) {
		return false
	}
	if negAt(ts, max(0, d-4), d) {
		return false
	}
	for k := d + 1; k < len(ts); k++ {
		w := ts[k]
		switch {
		case w == "so" || w == "hence":
			return k+1 < len(ts) && !adviceAfter(ts[k+1])
		case w == "which" && k+2 < len(ts) && ts[k+1] == "is" && (ts[k+2] == "why" || ts[k+2] == "what"):
			return true
		case consequenceMarks.has(w) || changeConsequences.has(w) || w == "refuses" || w == "rewriting" || w == "dropping":
			return true
		}
	}
	// a change that put the default in place: "the upgrade reset ... to
	// default", "the update reinstalled it with the default settings"
	for k := 0; k < d; k++ {
		if changeNouns[ts[k]] && k+1 < d && pastChange(ts[k+1]) {
			return true
		}
	}
	return false
}

// pastChange reports whether w is a change verb in the simple past.
func pastChange(w string) bool {
	switch w {
	case "reset", "reinstalled", "restored", "reverted", "replaced", "switched", "set", "changed", "put",
		"overwrote", "wiped", "turned":
		return true
	}
	return false
}

// adviceAfter reports whether the word after "so" opens advice or a plan
// for the reader, not a consequence ("so you'll need to", "so please").
func adviceAfter(w string) bool {
	switch w {
	case "you", "you'll", "please", "we", "we'll", "i", "i'll", "if", "just", "make", "remember":
		return true
	}
	return false
}

// henceTail reports whether a staff sentence ends in a short pointer from
// the finding to the symptom: "hence" opening the sentence or a clause and
// one to four words after it, none benign ("hence logs OK" says why
// something works); or "that's where" / "which is where" and "came from" or
// "comes from" ("that's where the duplicates came from").
func henceTail(sc *scan) bool {
	ts := sc.ts
	for k, t := range ts {
		switch {
		case t == "hence":
			n := len(ts) - k - 1
			if n < 1 || n > 4 || hedges.hasIn(sc) {
				return false
			}
			for _, w := range ts[k+1:] {
				switch w {
				case "ok", "okay", "fine", "working", "works", "normal", "correct", "expected", "unaffected", "not",
					"no", "nothing":
					return false
				}
			}
			return true
		case (t == "that's" || t == "which" && k+1 < len(ts) && ts[k+1] == "is") && k+4 < len(ts):
			j := k + 1
			if t == "which" {
				j++
			}
			if ts[j] != "where" {
				continue
			}
			for m := j + 2; m+1 < len(ts) && m <= j+5; m++ {
				if (ts[m] == "came" || ts[m] == "comes" || ts[m] == "come") && ts[m+1] == "from" {
					return !negations.hasIn(sc) && !hedges.hasIn(sc)
				}
			}
		}
	}
	return false
}

// correctedValue reports whether a staff sentence is a correction note: a
// clause of at least two words, then ", should be" or " - should be", and a
// value after it that starts with a capital, a digit or a quote ("ports
// 13-18 moved into VLAN 40 at 09:52, should be VLAN 20"); or the note
// opens with "should have been" and such a value ("Should have been
// 'Teams-Media' only."). A lower-case word after "should be" is a state
// promised ("should be working now"), not a value.
func correctedValue(text string, sc *scan) bool {
	ts := sc.ts
	if len(ts) < 3 || hedges.hasIn(sc) {
		return false
	}
	if ts[0] == "should" && ts[1] == "have" && ts[2] == "been" {
		_, rest, ok := strings.Cut(text, "been ")
		return ok && valueStart(rest)
	}
	if len(ts) < 5 {
		return false
	}
	has := false
	for k := 2; k+1 < len(ts); k++ {
		if ts[k] == "should" && ts[k+1] == "be" {
			has = true
			break
		}
	}
	if !has {
		return false
	}
	for _, sep := range []string{", should be ", " - should be ", "; should be "} {
		if _, rest, ok := strings.Cut(text, sep); ok && valueStart(rest) {
			return true
		}
	}
	return false
}

// valueStart reports whether s opens with a value: a capital, a digit or a
// quote mark.
func valueStart(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '"' || c == '\'' || strings.HasPrefix(s, "“")
}

// purposeInstruction reports whether a sentence opens with its purpose and
// then instructs: "To" and a verb, a comma within eight words, and after it
// a step verb or "please" ("To take the old card off, open the app and tap
// Profile"). The fault it names is the thing to undo, not a finding.
func purposeInstruction(text string, ts []string) bool {
	if len(ts) < 4 || ts[0] != "to" {
		return false
	}
	head, rest, ok := strings.Cut(text, ", ")
	if !ok || len(strings.Fields(head)) > 8 {
		return false
	}
	f := strings.Fields(strings.ToLower(rest))
	if len(f) < 2 {
		return false
	}
	w := strings.Trim(f[0], ".,;:()'\"")
	return w == "please" || w == "go" || w == "open" || askedVerbs.has(w) || fixVerbs[w]
}

// admissionWords are the nouns of a bare admission of fault.
var admissionWords = newWordSet(map[string]bool{"mistake": true, "fault": true, "error": true, "doing": true})

// bareAdmission reports whether a sentence admits a fault and says nothing
// else: "our"/"my" and a fault noun, or "on us", in at most nine words,
// with no colon after it that would open the finding ("Apologies - that
// one was our mistake", "That's on us, not your settings"; but "Sorry, my
// mistake: the rule had the old hours").
func bareAdmission(text string, ts []string) bool {
	if len(ts) > 9 || strings.Contains(text, ":") {
		return false
	}
	for k := 0; k+1 < len(ts); k++ {
		if (ts[k] == "our" || ts[k] == "my") && admissionWords.has(ts[k+1]) || ts[k] == "on" && ts[k+1] == "us" {
			return true
		}
	}
	return false
}
