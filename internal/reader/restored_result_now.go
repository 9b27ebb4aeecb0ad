package reader

import "strings"

// Round 136: a step and its result told in one sentence, the result in the
// last clause (after "and" or a semicolon) with its own subject and ending on
// "now": the writer's own words for the thing working, told beside the step
// that made it so (docs/labelling.md: "a restoration mid-sentence", fix and
// restored on the sentence). Rows the writers label restored and the rules
// missed:
//
//   - "I've linked the auto top-up to the new card ..., and this morning's
//     reminders are sending now." (styles13);
//   - "... regenerated 24-0931 and 24-0932; both have all QA signatures now."
//     (styles20);
//   - "... I've cleared it remotely with her and it connects now." (styles38);
//   - "I've moved the scans to the big second disk and the 4 waiting results
//     are on the tickets now." (styles42);
//   - "I've re-sent the 12 deposits: 10 have been registered and their DOIs
//     resolve now." (styles47);
//   - "... we have switch them on again and they are back on the roller
//     blinds now." (styles76);
//   - "We've put the night in by hand and they're on tomorrow's list now."
//     (styles90);
//   - "I've reopened ... and it is taking responses again now." (styles91);
//   - "Pulled 03:15-06:45 out of the logger memory and loaded it; the public
//     level page for Ludford has no gap now." and "Jess has cleaned it and
//     fitted a guard, and the readings look steady now." (styles93);
//   - "Checked a new quote ... and the scaffold and lime are each in once
//     now." (styles98, the customer).
//
// Refused: no step before the result (a past "-ed" form or a step's
// irregular past); a person as the result's subject ("I'm doing that now",
// "we're on it now", "she is ringing him now"); no subject ("and am
// resending the rejected ASNs now"); an expectation or a plan ("should",
// "will", "can"); an instruction ("please", "try"); a negation ("is not
// working now"); a look under way ("they're looking into it now"); a passive
// step ("the new instruction is saved on it now", styles97, fix); a clause
// with no verb ("; 38 GB free now", styles3, fix); a thing sent to the
// writer's reader ("...; the new QR code is in your email now.", styles8,
// fix: the request done). Labelled otherwise and still read: "... and the
// contact gap is well within spec now." (styles23, fix).

// resultNowSubjectStops may not open the result clause: a person, a
// conjunction that makes it an aside, an auxiliary with no subject.
var resultNowSubjectStops = newWordSet(map[string]bool{
	"i": true, "i'm": true, "i've": true, "i'll": true, "we": true, "we're": true, "we've": true, "we'll": true,
	"you": true, "you're": true, "you'll": true, "you've": true, "he": true, "he's": true, "she": true, "she's": true,
	"please": true, "so": true, "which": true, "then": true, "say": true, "says": true, "try": true, "am": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "will": true,
	"should": true, "can": true, "could": true, "would": true, "may": true, "might": true, "let": true, "just": true,
})

// resultNowStops anywhere in the result clause refuse it.
var resultNowStops = newWordSet(map[string]bool{
	"will": true, "should": true, "can": true, "could": true, "may": true, "might": true, "would": true,
	"please": true, "try": true, "not": true, "never": true, "nothing": true,
	"looking": true, "checking": true, "investigating": true, "chasing": true, "ringing": true, "calling": true,
	"doing": true, "trying": true, "having": true, "going": true,
})

// resultNowVerbs are the present verbs of a thing that works ("the readings
// look steady now", "their DOIs resolve now").
var resultNowVerbs = newWordSet(map[string]bool{
	"look": true, "looks": true, "resolve": true, "resolves": true, "connect": true, "connects": true,
	"work": true, "works": true, "show": true, "shows": true, "match": true, "matches": true,
	"print": true, "prints": true, "load": true, "loads": true, "open": true, "opens": true,
})

// resultNowBe are the forms of "be" a passive step follows ("is saved").
var resultNowBe = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true})

// resultNowIrregular are a step's past forms that do not end in "-ed".
var resultNowIrregular = newWordSet(map[string]bool{
	"put": true, "set": true, "sent": true, "re-sent": true, "resent": true, "made": true, "rebuilt": true,
	"reset": true, "done": true, "cut": true, "built": true, "ran": true, "re-ran": true, "rerun": true,
})

// resultNowAfterStep reports a step and its result told in one sentence, the
// result last and ending on "now" (see above).
func resultNowAfterStep(text string, ts []string) bool {
	if len(ts) < 6 || len(ts) > 60 || ts[len(ts)-1] != "now" {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	low := strings.ToLower(strings.TrimRight(text, " \t\n.!"))
	cut, skip := strings.LastIndex(low, "; "), 2
	if k := strings.LastIndex(low, " and "); k > cut {
		cut, skip = k, 5
	}
	if cut < 0 {
		return false
	}
	pre, res := low[:cut], strings.Fields(low[cut+skip:])
	if len(res) < 3 || len(res) > 12 || res[len(res)-2] == "for" || res[len(res)-2] == "until" {
		return false // "left on 2.7.4 for now"
	}
	if first := strings.Trim(res[0], ",\"'"); resultNowSubjectStops.has(first) || strings.HasSuffix(first, "ing") || len(first) > 4 && strings.HasSuffix(first, "ed") {
		return false
	}
	if strings.Contains(low[cut:], " your email") || strings.Contains(low[cut:], " your inbox") || strings.Contains(low[cut:], " with you") {
		return false // a thing sent, the request done: "the new QR code is in your email now" (styles8, fix)
	}
	verb := false
	for k, w := range res {
		w = strings.Trim(w, ",;:\"'()")
		if resultNowStops.has(w) || strings.HasSuffix(w, "n't") || strings.HasPrefix(w, "re-") && strings.HasSuffix(w, "ing") {
			return false
		}
		if k > 0 && len(w) > 4 && strings.HasSuffix(w, "ed") && resultNowBe.has(strings.Trim(res[k-1], ",")) {
			return false // a passive step: "the new instruction is saved on it now"
		}
		if k == 0 && (strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "'s")) {
			verb = true // "they're on tomorrow's list now"
		}
		if k > 0 && (resultNowBe.has(w) || w == "has" || w == "have" || w == "am" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'re") || k == 1 && strings.HasSuffix(w, "s")) {
			verb = true
		}
		if k > 0 && k < 4 && resultNowVerbs.has(w) {
			verb = true
		}
	}
	if !verb {
		return false // "; 38 GB free now"
	}
	for _, w := range strings.Fields(pre) {
		w = strings.Trim(w, ",;:\"'()")
		if len(w) > 4 && strings.HasSuffix(w, "ed") || resultNowIrregular.has(w) {
			return true
		}
	}
	return false
}
