package reader

import "slices"

// Round 109: the thing itself reconnected after the remedy, told by staff
// with "reconnected" as its own verb (no object): the older rules read
// "reconnected" only as staff's step ("We've reconnected it under a
// dedicated service account", labelled fix). Rows the writers label
// restored and the rules missed:
//
//   - "214-R1 reachable, tills reconnected and uploading stored
//     transactions (412 so far)." (styles2 33);
//   - "Middleware reconnected at 03:07 and sent the 41 results it had been
//     holding." (styles16 01);
//   - "I've added a 20 GB emergency top-up through our SIM portal and the
//     controller reconnected at 09:58." (styles24 06);
//   - "Till 1 reconnected straight away." (styles40 16).
//
// The one labelled otherwise: "We've pushed the new APN settings to the
// modem and it reconnected at 08:07." (styles77 01, labelled fix alone),
// which this reads. The caller checks staff and a remedy before the
// sentence or in it. Refused: a doer before the verb ("we", "they", "I",
// "you", an auxiliary of a step: "has reconnected the store"), an object
// after it ("reconnected it/the/your ..."), a contrast ("... reconnected at
// 06:45, but not why"), a plan, a condition, a negation, a question.

// reconnectStops refuse the sentence (see above).
var reconnectStops = newWordSet(map[string]bool{"but": true, "will": true, "should": true, "would": true,
	"if": true, "once": true, "until": true, "when": true, "whether": true, "please": true,
	"still": true, "lost": true, "dropped": true, "dropping": true})

// reconnectDoers before the verb make it staff's or a party's step.
var reconnectDoers = newWordSet(map[string]bool{"we": true, "i": true, "they": true, "you": true, "we've": true,
	"i've": true, "they've": true, "you've": true, "have": true, "has": true, "had": true,
	"he": true, "she": true, "he's": true, "she's": true})

// reconnectObjects after the verb make it a step done to something.
var reconnectObjects = newWordSet(map[string]bool{"it": true, "them": true, "the": true, "your": true, "our": true,
	"a": true, "an": true, "this": true, "that": true, "their": true, "his": true, "her": true, "to": true})

// thingReconnected reports the thing reconnected by itself (see above).
func thingReconnected(text string, ts []string) bool {
	if len(ts) < 2 || len(ts) > 35 || !slices.Contains(ts, "reconnected") && !slices.Contains(ts, "re-connected") {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	at := -1
	for k, t := range ts {
		if reconnectStops.has(t) || notWords.has(t) {
			return false
		}
		if at < 0 && (t == "reconnected" || t == "re-connected") {
			at = k
		}
	}
	if at < 1 {
		return false // "Reconnected and recalibrated ...": the writer's step
	}
	if reconnectDoers.has(ts[at-1]) || at+1 < len(ts) && reconnectObjects.has(ts[at+1]) {
		return false
	}
	return true
}
