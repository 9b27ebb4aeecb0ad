package reader

import "strings"

// A candidate cleared at the sentence's end, with nothing told after it, is
// no cause: staff close on the suspect being set aside, and the cause, when
// found, is told in a sentence of its own. Rows of staff read as causes and
// labelled nothing, over every tuning set (round 208: 0 true / 5 false, in
// five writers' sets):
//
//   - "Match calibration good and tune positions normal since the RSC
//     recal, so the match was not the problem." (styles107
//     107-10-rf-reflected-power; the model)
//   - "The CRC errors came from the old cable, unrelated." (styles108
//     108-06-cycler-f14-comms-timeout; the model)
//   - "Cache theory wrong - kiosk 1 had the current form (v4.2) when it
//     failed at 13:12." (styles111 111-06-waiver-kiosk-expired; the model;
//     round 49's "theory was wrong" with no verb)
//   - "The dirty sensor turned out not to be the real problem." (styles115
//     115-02-walkway-handrail-slip; "cause phrase")
//   - "That explains it, and it wasn't the app data after all." (styles118
//     118-13-job-tablet-not-syncing; "cause phrase")
//
// The marks: the sentence ends (its closing stop, bracket or quote left
// out) on a negation of be, "the / a / our / your / their / that / this",
// at most one of real / actual / main / root / underlying, and problem /
// cause / culprit / issue / reason / fault ("... was not the problem",
// "... turned out not to be the real problem"); or on "after all" with such
// a negation at most six words before it ("it wasn't the app data after
// all"); or on "unrelated" after a comma or a dash. The clearance that goes
// on to the cause stays, as rounds 49 and 108 keep it: "The switch was not
// the cause after all: Arcwell have confirmed a fault in the cabinet
// controller's firmware ..." (styles108), "It wasn't your phone after all -
// a lock update went out ..." (styles84), "The driver wasn't the real
// problem: the printer itself was forgetting its label size." (styles98),
// all true causes that do not end on the clearance. So does a sentence with
// a word of reason before the clearance ("because", "due", "caused", "why",
// "which"): a cause told and another thing cleared beside it.
//
// Refused in notCause, so the model is bound by it too (modelVeto). Not
// round 205's set-aside (that read the later note to refuse the earlier
// diagnosis, and was reverted): this refuses the note itself, by its own
// words.
//
// Written in round 208 (docs/quality.md, "Round 208").

// clearedNouns close a clearance: what the suspect was not.
var clearedNouns = newWordSet(map[string]bool{"problem": true, "cause": true, "culprit": true, "issue": true,
	"reason": true, "fault": true})

// clearedAdjectives may stand before a clearedNoun ("not the real problem").
var clearedAdjectives = newWordSet(map[string]bool{"real": true, "actual": true, "main": true, "root": true,
	"underlying": true})

// clearedDeterminers open the noun of a clearance.
var clearedDeterminers = newWordSet(map[string]bool{"the": true, "a": true, "our": true, "your": true, "their": true,
	"that": true, "this": true})

// clearedAtEnd reports whether a sentence ends on a candidate cleared, with
// no word of reason before the clearance.
func clearedAtEnd(text string, ts []string) bool {
	n := len(ts)
	if n < 3 {
		return false
	}
	if theoryWrong(ts) {
		return true
	}
	c := -1 // the clearance's first word
	switch {
	case ts[n-1] == "unrelated":
		t := strings.TrimRight(text, " \t\r\n.!)\"'")
		if len(t) < len("unrelated") || !strings.EqualFold(t[len(t)-len("unrelated"):], "unrelated") {
			break
		}
		t = strings.TrimRight(t[:len(t)-len("unrelated")], " \t\r\n")
		if strings.HasSuffix(t, ",") || strings.HasSuffix(t, " -") || strings.HasSuffix(t, "\u2013") || strings.HasSuffix(t, "\u2014") {
			c = n - 1
		}
	case n >= 4 && ts[n-2] == "after" && ts[n-1] == "all":
		for j := n - 3; j >= 0 && j >= n-9; j-- {
			if clearedNegation(ts, j) {
				c = j
				break
			}
		}
	case clearedNouns.has(ts[n-1]):
		j := n - 2
		if j >= 0 && clearedAdjectives.has(ts[j]) {
			j--
		}
		if j < 1 || !clearedDeterminers.has(ts[j]) {
			return false
		}
		j--
		// "not to be the problem", "not be the cause"
		if j >= 1 && ts[j] == "be" {
			j--
			if j >= 1 && ts[j] == "to" {
				j--
			}
		}
		if clearedNegation(ts, j) {
			c = j
		}
	}
	if c < 0 {
		return false
	}
	for _, w := range ts[:c] {
		switch w {
		case "because", "due", "caused", "why", "which":
			return false
		}
	}
	return true
}

// clearedNegation reports whether ts[j] negates a be ("wasn't", "isn't",
// "weren't", "aren't", "not" after was / is / were / are / turned out /
// proved), or is a bare "not" after a comma's clause ("..., not the cause").
func clearedNegation(ts []string, j int) bool {
	if j < 0 || j >= len(ts) {
		return false
	}
	switch ts[j] {
	case "wasn't", "isn't", "weren't", "aren't":
		return true
	case "not":
		if j == 0 {
			return false
		}
		switch ts[j-1] {
		case "was", "is", "were", "are", "out", "proved", "be":
			return true
		}
	}
	return false
}

// theoryWrong reports round 49's "X theory was wrong" told with no verb:
// "Cache theory wrong - ...".
func theoryWrong(ts []string) bool {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] == "theory" && ts[i+1] == "wrong" {
			return true
		}
	}
	return false
}
