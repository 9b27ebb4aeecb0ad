package reader

import "strings"

// A need taken away after "so" is no cause: two shapes of staff sentences
// that a rule or the model read as a cause, each seen in three writers' sets
// or more and never labelled a cause there. Refused in notCause, so the model
// is bound by them too (modelVeto).
//
//   - No need left to the reader, after "so": "The trigger runs alongside
//     your timed programs, so you don't need to change anything else"
//     (styles51), "The authorisation for Xero is still valid until August, so
//     there's nothing you need to re-authorise" (styles17), "I've put
//     VRS_RTCM32 back to MSM4 for now, so you don't need to change any
//     settings" (styles24), "... under My visitors so you don't need to enter
//     it every time" (styles34), "I've resubmitted the order with their
//     postcode, so no need for a new LOA" (styles11), "so no need to do it
//     again" (styles32). The harm a cause did is told as harm ("so nothing
//     syncs"); a need taken away is an assurance, like assuranceAfterSo's
//     negated future.
//   - How a product or an agreement works, told in the present, then "so
//     there is no / nothing / only ..." for what the reader need not do:
//     "The link and password haven't
//     changed, so there's nothing new to send them" (styles21,
//     06-webcast-no-audio), "New claim picks up every eligible donation ...,
//     so there's no start date to set" (styles53, 02-giftaid-claims-role),
//     "contractors use the pooled handsets from the lamp room, so there isn't
//     an account to set up" (styles55, 12-contractor-tags), "Good Friday's
//     collection moves to Thursday 2 April, ..., so there is only one
//     collection that week" (styles65, 17-collection-days-authorised-person).
//     A fault's consequence told the same way has a past event before "so"
//     ("never finished uploading on the day because their connection
//     dropped, so there is nothing to restore", styles10; "the twilight
//     script died at 18:41 ..., so there is no r master for tonight",
//     styles52; both causes), which this refusal leaves alone.
//
// Written in round 46 (docs/quality.md, "Round 46"); the second shape in
// round 56 (docs/quality.md, "Round 56").

// noNeedAfterSo reports whether the last "so" of a sentence (not its first
// word, not "so far", "so much") opens a need taken away within its first
// six words: "don't need", "do not need", "doesn't need", "no need",
// "nothing you need", "needn't".
func noNeedAfterSo(ts []string) bool {
	k := lastSoClause(ts)
	if k < 0 {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+6; j++ {
		switch ts[j] {
		case "needn't":
			return true
		case "need", "needs":
			switch ts[j-1] {
			case "don't", "doesn't", "dont", "doesnt", "no", "not":
				return true
			case "you", "we":
				return j >= 2 && ts[j-2] == "nothing"
			}
		}
	}
	return false
}

// noneNeededAfterSo reports whether a sentence's "so there is no / nothing /
// only ..." follows a clause told wholly in the present (no past event before
// "so").
func noneNeededAfterSo(ts []string) bool {
	for i, w := range ts {
		if w != "so" || i == 0 || i+2 >= len(ts) {
			continue
		}
		k := i + 1
		switch {
		case ts[k] == "there's":
			k++
		case ts[k] == "there" && presentThereBe.has(ts[k+1]):
			k += 2
		default:
			continue
		}
		if k >= len(ts) || !noneWords.has(ts[k]) && !strings.HasSuffix(ts[k-1], "n't") {
			continue
		}
		return !pastBefore(ts[:i])
	}
	return false
}

// presentThereBe are the present forms of "be" after "there".
var presentThereBe = newWordSet(map[string]bool{"is": true, "are": true, "isn't": true, "aren't": true, "'s": true})

// noneWords say there is nothing, or only a little, to do or have.
var noneWords = newWordSet(map[string]bool{"no": true, "nothing": true, "only": true, "not": true, "never": true})

// pastBefore reports whether a clause tells a past event: a past form ("was",
// "died", "dropped", "never ran") not a participle after a determiner or an
// auxiliary of the present ("a submitted claim", "haven't changed").
func pastBefore(ts []string) bool {
	for j, w := range ts {
		if pastForms.has(w) {
			return true
		}
		if !strings.HasSuffix(w, "ed") || len(w) < 4 {
			continue
		}
		if j > 0 && (determinerOrPresentAux.has(ts[j-1])) {
			continue
		}
		return true
	}
	return false
}

// pastForms are irregular simple past forms.
var pastForms = newWordSet(map[string]bool{"was": true, "were": true, "wasn't": true, "weren't": true, "did": true,
	"didn't": true, "had": true, "ran": true, "went": true, "came": true, "broke": true, "fell": true,
	"got": true, "took": true, "lost": true, "sent": true, "left": true, "never": true, "yesterday": true,
	"ago": true, "last": true})

// determinerOrPresentAux are the words before a participle that make it no
// past event.
var determinerOrPresentAux = newWordSet(map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true,
	"your": true, "our": true, "my": true, "his": true, "her": true, "this": true, "that": true, "these": true,
	"those": true, "is": true, "are": true, "isn't": true, "aren't": true, "be": true, "been": true,
	"being": true, "have": true, "has": true, "haven't": true, "hasn't": true, "any": true, "every": true,
	"each": true, "no": true, "all": true})
