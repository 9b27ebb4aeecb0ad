package reader

import "strings"

// An instruction to the reader after a lead-in the earlier instruction
// refusals do not take is no cause either. Round 46's instructionToReader
// wants the lead-in to end in a comma and the verb among instructionVerbs;
// round 122's instructionAfterLead a lead-in of at most six words before a
// colon. Staff also lead in with "For <the case>" and no comma ("For 7
// nights take the Lune Valley route instead: ..."), split the work ("For a
// backfill like yours, split the range into chunks ..."), or say what kind
// of step it is in a longer clause before the colon ("They come paired, so
// it's a straight swap: unplug the old probe, ..."). Read as causes by the
// model, each labelled a fix, over every tuning set (round 197): 0 true / 3
// false, in three writers' sets:
//
//   - "They come paired, so it's a straight swap: unplug the old probe, plug
//     in the new one and press the pair button once." (styles27,
//     05-vaccine-fridge-spikes)
//   - "For a backfill like yours, split the range into chunks of 5,000 blocks
//     and run them one after another, ..." (styles112,
//     112-10-getlogs-range-limit)
//   - "For 7 nights take the Lune Valley route instead: north from the wharf
//     up the Hadley flight to Lunesdale, ..." (styles114,
//     114-13-tunnel-stoppage-question)
//
// The instruction's verb must follow the lead-in at once and take an object
// (instructionObjects); a "for" lead-in holds no relative word ("For users
// who use the old app ..." is no instruction), and a colon's lead-in is at
// most eight words and no time ("09:10").
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 197 (docs/quality.md, "Round 197").

// leadInstructionVerb reports whether w is one of instructionVerbs or a verb
// of an instruction that only follows a lead-in ("split the range", "send
// the form").
func leadInstructionVerb(w string) bool {
	return instructionVerbs[w] || w == "split" || w == "send"
}

// leadDeterminers before a word make it a noun, not an instruction's verb.
var leadDeterminers = map[string]bool{"the": true, "a": true, "an": true, "your": true, "our": true, "my": true,
	"their": true, "this": true, "that": true, "its": true}

// leadRelatives in a "for" lead-in make it a clause, not the case the
// instruction is for.
var leadRelatives = map[string]bool{"who": true, "which": true, "that": true, "where": true, "when": true,
	"whose": true, "if": true}

// instructionAfterFor reports whether a sentence is an instruction to the
// reader after "For" and up to five words (a comma or none), or after a
// lead-in of up to eight words ending in a colon.
func instructionAfterFor(text string, ts []string) bool {
	if len(ts) < 5 {
		return false
	}
	instruction := func(k int) bool {
		for k < len(ts) && (ts[k] == "please" || ts[k] == "just" || ts[k] == "then") {
			k++
		}
		if k+1 >= len(ts) || !leadInstructionVerb(ts[k]) || !instructionObjects[ts[k+1]] {
			return false
		}
		return ts[k] != "make" || ts[k+1] == "sure"
	}
	if ts[0] == "for" && instructionAfterForLead(text, ts, instruction) {
		return true
	}
	c := strings.IndexByte(text, ':')
	if c <= 0 || c+1 < len(text) && text[c+1] >= '0' && text[c+1] <= '9' {
		return false
	}
	var buf [16]string
	head := tokens(text[:c], buf[:0])
	if len(head) == 0 || len(head) > 8 || len(head) >= len(ts) {
		return false
	}
	return instruction(len(head))
}

// instructionAfterForLead reports whether instruction holds at once after a
// "for" lead-in: "For" and up to five words ending in a comma, or, with no
// comma, "For" and up to three words ("For 7 nights take ..."), the verb
// not after a determiner and its object before any colon. A relative word
// in the lead-in makes it no lead-in.
func instructionAfterForLead(text string, ts []string, instruction func(k int) bool) bool {
	var buf [16]string
	if c := strings.IndexByte(text, ','); c > 0 {
		head := tokens(text[:c], buf[:0])
		if len(head) >= 2 && len(head) <= 6 {
			for _, w := range head {
				if leadRelatives[w] {
					return false
				}
			}
			return instruction(len(head))
		}
	}
	lead := len(ts)
	if c := strings.IndexByte(text, ':'); c > 0 {
		lead = len(tokens(text[:c], buf[:0])) // "For your incident log: the feed ...": the colon ends it
	}
	for k := 2; k <= 4 && k+1 < len(ts); k++ {
		if k+1 >= lead {
			return false // the object past the colon: "For your incident log: the feed ..."
		}
		if leadDeterminers[ts[k-1]] {
			continue // a noun after its determiner ("For your log the feed ..."), not a verb
		}
		if leadRelatives[ts[k-1]] {
			return false
		}
		if instruction(k) {
			return true
		}
	}
	return false
}
