package reader

import "strings"

// The held-back items gone through (round 90, docs/quality.md "Round 90"):
// after a remedy, the writer tells that the things the fault had kept
// back, named as waiting, queued, stuck, pending, paused, late or a
// backlog, have now gone through: "<the (N) waiting/queued/... things>
// have (all, now, just, since) gone through/across/out", "... have
// printed", "... have been credited/sent/delivered", "... have started
// going out". The writers label it restored; the rules read "the backlog
// cleared" and "flowing again" before, but not this, the commonest way to
// say it (tuning misses before the rule, 12 sets):
//
//   - "..., and the queued jobs have just gone through." (styles2 07);
//   - "... all 311 waiting Parcelway labels have printed ..." (styles13 06);
//   - "We've cleared it and the backlog has now come through, ..." (styles22 10);
//   - "..., the 41 late SMS went out at 07:32 ..." (styles41 05); "... all 214
//     waiting scores went across at 11:34." (styles41 12);
//   - "... the 9 waiting results have gone across to the tickets, ..." (styles42 11);
//   - "Everything queued has since gone through ..." (styles52 11);
//   - "The queued messages have started going out, ..." (styles53 09);
//   - "... the 37 documents that were waiting have all gone across ..." (styles57 13);
//   - "... all 187 stuck deposits have been credited (10:02)." (styles63 07);
//   - "The photos that were waiting have now been sent, ..." (styles78 01).
//
// Refused: the thing kept back named after the verb ("nothing going out,
// 340 files waiting"), a future, a hope or a condition before the verb
// ("will go across once ...", "should go through"), a negation ("not",
// "never", "nothing"), "still" or "yet" (it is going on), an ongoing
// "is going through" (a step under way, not its result; round 90 found it
// labelled fix), "released" (a held payment released is staff's step), a
// repeat after the verb ("again", "twice"), a question. One false row over
// the tuning sets: "The 23 orders that were waiting have all printed in one
// go, so you may see some ..." (styles10 09, labelled none).

// backlogWords name the things the fault kept back.
var backlogWords = newWordSet(map[string]bool{"waiting": true, "queued": true, "stuck": true, "pending": true,
	"paused": true, "backlog": true, "late": true, "delayed": true})

// backlogMoved are the participles of things kept back gone on, after an
// auxiliary ("have printed", "have been credited").
var backlogMoved = newWordSet(map[string]bool{"printed": true, "delivered": true, "sent": true, "credited": true,
	"processed": true, "posted": true, "uploaded": true, "synced": true, "imported": true, "arrived": true})

// backlogGone are verbs of going that, with "through", "across", "out" or
// "over" after them, tell the thing went on.
var backlogGone = newWordSet(map[string]bool{"gone": true, "come": true, "went": true, "came": true})

// backlogStops before the verb make it a plan, a hope, a condition or a
// thing not done.
var backlogStops = newWordSet(map[string]bool{"will": true, "would": true, "should": true, "could": true,
	"might": true, "may": true, "if": true, "until": true, "unless": true, "not": true, "never": true,
	"nothing": true, "none": true, "still": true, "yet": true, "hasn't": true, "haven't": true,
	"didn't": true, "won't": true, "once": true, "when": true, "to": true})

// backlogThrough reports the held-back items gone through (see above).
func backlogThrough(text string, ts []string) bool {
	// No backlog word, no reading (the loop below needs one): one pass over
	// the words spares most sentences the nine searches of text (round 215).
	if len(ts) < 4 || len(ts) > 50 || !backlogWords.anyIn(ts) || !(strings.Contains(text, "ait") || strings.Contains(text, "ueue") ||
		strings.Contains(text, "tuck") || strings.Contains(text, "ending") || strings.Contains(text, "aused") ||
		strings.Contains(text, "acklog") || strings.Contains(text, "late") || strings.Contains(text, "Late") || strings.Contains(text, "elayed")) {
		return false
	}
	if endsQuestion(text) {
		return false
	}
	b := -1
	for k, t := range ts {
		if b < 0 {
			if backlogWords.has(t) {
				b = k
			}
			continue
		}
		if backlogStops.has(t) {
			return false
		}
		if !backlogDone(ts, k) {
			continue
		}
		for _, u := range ts[k+1:] {
			if u == "again" || u == "twice" || u == "double" {
				return false
			}
		}
		return true
	}
	return false
}

// backlogDone reports whether ts[k] begins the things' going on: "gone
// through", "went across", "started going out", or an auxiliary's
// participle ("have (all, now) printed", "have been sent").
func backlogDone(ts []string, k int) bool {
	t := ts[k]
	next := nextToken(ts, k)
	through := next == "through" || next == "across" || next == "out" || next == "over"
	switch {
	case backlogGone.has(t) && through:
		return true
	case (t == "going" || t == "coming") && through:
		return k > 0 && ts[k-1] == "started"
	case !backlogMoved.has(t):
		return false
	}
	for j := k - 1; j >= 0; j-- {
		switch ts[j] {
		case "all", "now", "just", "since", "already", "been":
			continue
		case "have", "has", "are", "is", "were", "was", "'ve", "they've":
			return true
		}
		return false
	}
	return false
}
