package reader

// Round 109: a measure of the backlog or the fault falling after the
// remedy, told as a figure or a direction the older rules do not read:
// "down to", "dropping", "coming/going down", "falling", "now empty".
// Rows the writers label restored and the rules missed:
//
//   - "10:30 pending down to 212, nodes 96% allocated." (styles12 14);
//   - "Queue at the gate is going down." (styles19 02, the customer's);
//   - "lag dropping, 0 at 03:12." (styles20 02);
//   - "Lag coming down: 734 -> 210 -> 40s." (styles41 09);
//   - "Error rate 0.4% and dropping, 2,318 queued diaries accepted on
//     retry." and "Undetermined down to 2.9%, samples 36-48 M read pairs
//     each." (styles52 11, 17);
//   - "Disk down to 41%." (styles67 07);
//   - "Held photos released - queue for Oswestry now empty." (styles78 01).
//
// The caller checks that a remedy stands before the sentence or in it, or
// earlier in the ticket. Writers split on a queue still falling part way
// ("Queue down to 1,900.", styles7 01, labelled none, its restoration told
// when the queue is empty; "Queue dropping.", styles15 07; "lag 12s and
// falling", styles63 01), which this reads. Refused: a negation, a plan or
// a hope, a condition or a wait ("I'll confirm when the queue is empty.",
// styles7 01), "still", a queue growing or full ("queue full, dropping
// event", a log line, styles52 08), a question, and the measure not before
// the direction.

// fallingMeasures name a backlog or a fault's measure.
var fallingMeasures = newWordSet(map[string]bool{"lag": true, "queue": true, "queues": true, "backlog": true,
	"pending": true, "disk": true, "latency": true, "delay": true, "undetermined": true, "rate": true})

// fallingStops refuse the sentence (see above).
var fallingStops = newWordSet(map[string]bool{"will": true, "i'll": true, "we'll": true, "should": true, "would": true, "if": true, "when": true, "full": true,
	"once": true, "until": true, "hope": true, "hopefully": true, "expect": true, "still": true,
	"growing": true, "rising": true, "climbing": true, "up": true, "why": true, "whether": true})

// measureFallingWords are the words measureFalling looks for, a set made once.
var measureFallingWords = wordSetOf("down", "dropping", "falling", "empty")

// measureFalling reports a measure falling (see above).
func measureFalling(text string, ts []string) bool {
	if len(ts) < 2 || len(ts) > 30 || !measureFallingWords.anyIn(ts) {
		return false // the cheap test: no word of a direction
	}
	if endsQuestion(text) {
		return false
	}
	at := -1
	for k, t := range ts {
		if fallingStops.has(t) || notWords.has(t) {
			return false
		}
		if at < 0 && fallingMeasures.has(t) && (t != "rate" || k > 0 && (ts[k-1] == "error" || ts[k-1] == "5xx")) {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	for j := at + 1; j < len(ts) && j <= at+6; j++ {
		switch ts[j] {
		case "dropping", "falling":
			return true
		case "down":
			if ts[j-1] == "coming" || ts[j-1] == "going" || j+1 < len(ts) && ts[j+1] == "to" {
				return true
			}
		case "empty":
			return ts[j-1] == "now" || ts[j-1] == "is"
		}
	}
	return false
}
