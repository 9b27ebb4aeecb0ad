package reader

import (
	"slices"
	"strings"
)

// Round 56's refusals: shapes of staff sentences that a rule or the model
// read as a cause, each seen in three writers' sets or more (styles to
// styles66) and not labelled a cause there. Refused in notCause, so the model
// is bound by them too (modelVeto).
//
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
//   - The usual cause of a kind of fault, told as a rule of thumb rather
//     than found in this case: "Devices that were decommissioned but never
//     removed are the usual culprit" (styles11, 17-quota-retention-question),
//     "The usual reason is a radiator or underfloor valve that lets water pass
//     through without cooling" (styles40, 09-return-temperature-charge),
//     "Most often that's a partial clog in the nozzle, sometimes the
//     temperature being too low for the speed" (styles56,
//     18-extruder-clicking-no-reply). "Usually" alone is left out: "which
//     usually means a device ... still has an old password saved" (styles,
//     29-uni-account-locked) is a cause.
//   - Nothing lost or to fix, with words between that the phrases of
//     benignOutcome ("nothing is lost", "nothing to do") do not allow: "They
//     are kept for 7 days, so nothing from Saturday is lost yet" (styles12,
//     18-webhooks-failing-tls-chain), "Nothing in Chronodock is wrong or lost,
//     it just wasn't refreshed" (styles57, 01-epo-sync-quota), "our receipt
//     already shows 60 l, so nothing to fix our end" (styles64,
//     14-amend-consignment-note). "Nothing wrong" alone is left out: it rules
//     out a part beside a cause ("which is why the breaker kept tripping under
//     load - nothing wrong with our rack", styles66; styles11, styles30,
//     styles33, all causes). As with benignOutcome, a contrast keeps the
//     sentence for the other rules.
//   - A product's lack told in the present beside "because": "there's no
//     automatic expiry, because funeral directors have different retention
//     rules" (styles21, 09-gdpr-erasure-question), "Consoles can't use
//     ResiNet-Secure because there's nowhere on them to type your uni login"
//     (styles32, 03-ps5-resinet-play), "There's no cancel as such, because
//     once a PCN is printed its number is used ..." (styles58,
//     13-spoilt-notices). A fault's lack has a past event in the sentence
//     ("The refund was declined because the card ... has since been
//     replaced, so it had nowhere to go", styles61; styles10; both causes).
//
// Written in round 56 (docs/quality.md, "Round 56").

// round56Refused reports whether a staff sentence has one of round 56's
// shapes that are no cause (notCause).
func round56Refused(sc *scan) bool {
	return noneNeededAfterSo(sc.ts) || usualCause(sc.ts) || nothingLost(sc) || lackByDesign(sc.ts)
}

// lackByDesign reports whether a sentence with "because" and no past event
// says there is no such thing ("there's no", "there is nowhere").
func lackByDesign(ts []string) bool {
	if !slices.Contains(ts, "because") {
		return false
	}
	for i, w := range ts[:max(0, len(ts)-1)] {
		k := i + 1
		switch {
		case w == "there's":
		case w == "there" && presentThereBe[ts[k]] && k+1 < len(ts):
			k++
		default:
			continue
		}
		if ts[k] == "no" || ts[k] == "nowhere" {
			return !pastBefore(ts)
		}
	}
	return false
}

// nothingLost reports whether "nothing" is followed within six words by
// "lost", or at once by "to fix", in a sentence with no contrast.
func nothingLost(sc *scan) bool {
	ts := sc.ts
	for i, w := range ts {
		if w != "nothing" {
			continue
		}
		if i+2 < len(ts) && ts[i+1] == "to" && ts[i+2] == "fix" {
			return !contrastWords.hasIn(sc)
		}
		for j := i + 1; j < len(ts) && j <= i+6; j++ {
			if ts[j] == "lost" {
				return !contrastWords.hasIn(sc)
			}
		}
	}
	return false
}

// usualCause reports whether a sentence names the usual cause of a kind of
// fault: "the usual culprit", "the usual reason", "most often", "most
// common".
func usualCause(ts []string) bool {
	for i, w := range ts[:max(0, len(ts)-1)] {
		switch next := ts[i+1]; w {
		case "usual", "commonest":
			if usualNouns[next] {
				return true
			}
		case "most":
			if next == "often" || next == "common" || next == "commonly" {
				return true
			}
		}
	}
	return false
}

// usualNouns are the nouns of a cause after "usual".
var usualNouns = map[string]bool{"culprit": true, "culprits": true, "reason": true, "reasons": true,
	"cause": true, "causes": true, "suspect": true, "suspects": true}

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
		case ts[k] == "there" && presentThereBe[ts[k+1]]:
			k += 2
		default:
			continue
		}
		if k >= len(ts) || !noneWords[ts[k]] && !strings.HasSuffix(ts[k-1], "n't") {
			continue
		}
		return !pastBefore(ts[:i])
	}
	return false
}

// presentThereBe are the present forms of "be" after "there".
var presentThereBe = map[string]bool{"is": true, "are": true, "isn't": true, "aren't": true, "'s": true}

// noneWords say there is nothing, or only a little, to do or have.
var noneWords = map[string]bool{"no": true, "nothing": true, "only": true, "not": true, "never": true}

// pastBefore reports whether a clause tells a past event: a past form ("was",
// "died", "dropped", "never ran") not a participle after a determiner or an
// auxiliary of the present ("a submitted claim", "haven't changed").
func pastBefore(ts []string) bool {
	for j, w := range ts {
		if pastForms[w] {
			return true
		}
		if !strings.HasSuffix(w, "ed") || len(w) < 4 {
			continue
		}
		if j > 0 && (determinerOrPresentAux[ts[j-1]]) {
			continue
		}
		return true
	}
	return false
}

// pastForms are irregular simple past forms.
var pastForms = map[string]bool{"was": true, "were": true, "wasn't": true, "weren't": true, "did": true,
	"didn't": true, "had": true, "ran": true, "went": true, "came": true, "broke": true, "fell": true,
	"got": true, "took": true, "lost": true, "sent": true, "left": true, "never": true, "yesterday": true,
	"ago": true, "last": true}

// determinerOrPresentAux are the words before a participle that make it no
// past event.
var determinerOrPresentAux = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true,
	"your": true, "our": true, "my": true, "his": true, "her": true, "this": true, "that": true, "these": true,
	"those": true, "is": true, "are": true, "isn't": true, "aren't": true, "be": true, "been": true,
	"being": true, "have": true, "has": true, "haven't": true, "hasn't": true, "any": true, "every": true,
	"each": true, "no": true, "all": true}
