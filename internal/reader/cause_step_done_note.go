package reader

// A terse note of a remedy step done, told with the thing first and the
// step's participle after it and no helper verb, is no cause: "Patch lead
// replaced and link up at 07:12." (styles3), "Bundle revoked on account,
// refund request RF-44120 submitted on Sony portal 10:52." (styles9), "Drive
// 2 replaced under the support contract, new cleaning cartridge loaded, ..."
// (styles38), "CrewBook account created, linked to Stn 23 crewing, ..."
// (styles95). Each is staff's own step, labelled fix, and was read as a cause
// by a cause phrase, a change reading or the model. Over every tuning set:
// 0 true / 4 false (round 147); the styles9 row is read by a rule notCause
// does not gate ("other rules"), so the refusal takes the other three.
//
// Kept apart from the true causes that share the verbs: a thing that did
// the step to an object ("Windows Update replaced the vendor driver
// overnight", styles6; "Calder replaced the outlet transducer ...",
// styles100; "Double release created two allocation jobs ...", styles2),
// so a preposition or a comma must follow the participle; a fault told
// with its agent ("Fibre cut by roadworks ...", styles7), so no "by"; a
// thing that went down by itself (rebooted, restarted, cut: left out of the
// verbs); and any reason or earlier state (because, due, cause(d), why,
// had, after, since, so). The thing is at most three words and opens with
// no pronoun or article, and no helper verb stands before the participle
// ("was replaced", "has been created" are told of faults as often).
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 147 (docs/quality.md, "Round 147").

// stepDoneVerbs are the participles of remedy steps a terse note reports.
var stepDoneVerbs = newWordSet(map[string]bool{"replaced": true, "revoked": true, "created": true, "shared": true,
	"reset": true, "re-sent": true, "resent": true, "reinstalled": true, "renewed": true, "re-enabled": true,
	"loaded": true, "reissued": true, "re-issued": true, "swapped": true, "fitted": true, "refunded": true,
	"submitted": true, "issued": true})

// stepDoneNext may follow the participle: where or how the step was done.
var stepDoneNext = newWordSet(map[string]bool{"and": true, "under": true, "on": true, "with": true, "for": true,
	"at": true, "in": true, "to": true, "via": true, "from": true})

// stepDoneOpeners open a subject or clause, never a terse note's thing.
var stepDoneOpeners = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true,
	"she": true, "it": true, "this": true, "that": true, "there": true, "the": true, "a": true, "an": true,
	"our": true, "your": true, "their": true, "his": true, "her": true, "its": true, "my": true})

// stepDoneHelpers stand before a participle told as a fault or a passive.
var stepDoneHelpers = newWordSet(map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true,
	"have": true, "been": true, "be": true, "being": true, "had": true, "not": true, "never": true})

// stepDoneNote reports whether a sentence is a terse note of a remedy step
// done: one to three words of the thing, with no pronoun or article opening
// them and no helper verb, then a participle of stepDoneVerbs followed by a
// comma or a preposition, and no reason, earlier state or agent anywhere.
func stepDoneNote(text string, ts []string) bool {
	k := -1
	for i := 1; i < 4 && i+1 < len(ts); i++ {
		if stepDoneVerbs.has(ts[i]) {
			k = i
			break
		}
	}
	if k < 0 || stepDoneOpeners.has(ts[0]) {
		return false
	}
	for _, t := range ts[:k] {
		if stepDoneHelpers.has(t) || stepDoneVerbs.has(t) {
			return false
		}
	}
	for _, t := range ts {
		switch t {
		case "because", "due", "caused", "cause", "why", "had", "after", "since", "so", "by":
			return false
		}
	}
	if stepDoneNext.has(ts[k+1]) {
		return true
	}
	end := tokenEnd(text, ts, k)
	return end >= 0 && end < len(text) && text[end] == ','
}
