package reader

import "strings"

// A thing put, loaded or read on the wrong target: "your account was put on
// the wrong price group", "the cages were loaded on to the wrong van", "the
// import interpreted your coordinates in the wrong system". The deed that
// sent it to the wrong place is the fault found. Not hedged ("suspect the
// card formats the time in the wrong zone"), not an instruction ("don't drag
// them in, that plays them at the wrong pitch"), not a step noted with no
// subject ("Moved the licence from the wrong account to the right one"), and
// not the writer's own slip with a message ("I replied to the wrong thread,
// please ignore it"): an admission of the writer's own (cause_admission.go)
// says when that is the fault.
//
// Written in round 29 (docs/quality.md, "Round 29").

// wrongPreps are the prepositions of a target before "the wrong".
var wrongPreps = newWordSet(map[string]bool{"on": true, "onto": true, "to": true, "in": true, "into": true, "under": true,
	"against": true, "from": true, "with": true})

// wrongTarget reports whether a verb in the past ("put", "loaded",
// "interpreted"), not the sentence's first word, comes at most three words
// before a preposition and "the wrong".
func wrongTarget(sc *scan) bool {
	ts := sc.ts
	if hedges.hasIn(sc) || unknownCause.hasIn(sc) || len(ts) == 0 {
		return false
	}
	switch ts[0] {
	case "don't", "do", "please", "never", "make":
		return false
	}
	for w := 2; w < len(ts); w++ {
		if ts[w] != "wrong" || ts[w-1] != "the" || !wrongPreps.has(ts[w-2]) {
			continue
		}
		p := w - 2
		if ts[p] == "to" && p > 0 && (ts[p-1] == "due" || ts[p-1] == "owing") {
			continue // "due to the wrong restore": a cause phrase, isCause's to read
		}
		if ts[p] == "to" && p > 0 && ts[p-1] == "on" {
			p-- // "on to the wrong van"
		}
		for k := p - 1; k >= max(0, p-3); k-- {
			if pastDeed(ts[k]) {
				return k > 0 && !negAt(ts, max(0, k-2), k) && !writerSubject.has(ts[k-1]) && !instructed(ts, len(ts))
			}
		}
	}
	return false
}

// writerSubject are the writer and the reader as a verb's subject.
var writerSubject = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "i've": true, "we've": true, "you've": true,
	"i'd": true, "we'd": true, "you'd": true})

// pastDeed reports whether w is a verb in the past: ending in -ed, or one of
// the irregular verbs of placing and reading.
func pastDeed(w string) bool {
	switch w {
	case "put", "went", "read", "sent", "set", "left", "kept", "got", "taken", "made", "built":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && w != "need" && w != "feed"
}

// The target told beside the one it should have been, after ", not": "Window
// rule got saved on the membership category, not the tier." (styles30),
// "they issued the PAC against her other line ending 0518, not the 0733."
// (styles42), "logged 03/03 10:14 by Wakefield branch - but against contract
// C-55102 (Pennine's Ossett site), not C-55290 (Dewsbury)." (styles48),
// "statement PDF regenerated from the cached March figures, not the ledger."
// (styles49). The same guards as wrongTarget: a deed in the past, not the
// writer's or the reader's, not negated, hedged or an instruction. Written in
// round 37 (docs/quality.md, "Round 37").

// otherPronouns, ending the sentence, make what follows "not" no target
// named: "not to us", "not against that".
var otherPronouns = newWordSet(map[string]bool{"that": true, "this": true, "it": true, "us": true, "them": true, "you": true,
	"me": true, "him": true, "her": true})

// targetNotOther reports whether a sentence ends on ", not" and at most
// five words naming the right target (no participle, not ending on a
// pronoun), after a preposition of wrongPreps
// that a verb in the past comes at most three words before.
func targetNotOther(text string, sc *scan) bool {
	ts := sc.ts
	if len(ts) < 5 || hedges.hasIn(sc) || unknownCause.hasIn(sc) || !strings.Contains(text, ", not ") {
		return false
	}
	switch ts[0] {
	case "don't", "do", "please", "never", "make":
		return false
	}
	n := -1
	for k := len(ts) - 2; k >= len(ts)-6 && k > 0; k-- {
		if ts[k] == "not" {
			n = k
			break
		}
	}
	if n < 0 || strings.HasSuffix(ts[n+1], "ed") || otherPronouns.has(ts[len(ts)-1]) {
		return false // "delivered to device, not opened", "helped in the afternoon, not against that"
	}
	for p := n - 1; p > 0 && p >= n-8; p-- {
		if !wrongPreps.has(ts[p]) {
			continue
		}
		for k := p - 1; k >= max(0, p-3); k-- {
			if pastDeed(ts[k]) {
				return k > 0 && !negAt(ts, max(0, k-2), k) && !writerSubject.has(ts[k-1]) && !instructed(ts, len(ts))
			}
		}
	}
	return false
}
