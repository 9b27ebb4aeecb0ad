package reader

import "slices"

// The customer's "received" (round 84, docs/quality.md "Round 84"): after
// staff's remedy the customer tells the thing sent to them as come, in a
// note's words, "received" with the thing before it or alone:
//
//   - "Credit note received, thank you Neil." (styles81 08), "Thanks Aoife,
//     credit note CN-2291 received." (styles73 14), "Thanks Kerry, credit
//     note received and allocated." (styles71 11);
//   - "Cheque received this morning, thank you." (styles63 17);
//   - "Received today, thank you very much Hannah!!" (styles66 03),
//     "Received, and all six work in the Science block doors." (styles65
//     06), "Received, all correct, thank you Graham." (styles72 18),
//     "Received with thanks; the file opens ..." (styles22 14).
//
// The model read most of them on the sets it was trained on; a new
// writer's (styles73 14, styles81 08) it missed. Refused: information
// received, which the writers label none ("Thank you, confirmation
// received.", styles54 14; "Thanks Amir, received and filed with the
// trustee papers.", styles62 14), "received" after a subject or a verb
// ("we have received", "was received": arrivedThrough's and the other
// rules' ground), a negation, a question, a contrast, a condition, "yet".

// receivedInfo are things received that are word of a thing, not the thing:
// the customer acknowledges a message.
var receivedInfo = newWordSet(map[string]bool{"confirmation": true, "email": true, "e-mail": true, "emails": true,
	"message": true, "messages": true, "info": true, "information": true, "details": true, "reply": true,
	"letter": true, "notice": true, "notification": true, "filed": true, "noted": true, "update": true,
	"request": true, "quote": true})

// receivedStops refuse the sentence: a contrast, a condition, a wait.
var receivedStops = newWordSet(map[string]bool{"but": true, "if": true, "once": true, "when": true, "yet": true,
	"still": true, "not": true, "never": true, "only": true, "haven't": true, "hasn't": true, "isn't": true,
	"wasn't": true, "nothing": true, "why": true, "will": true, "should": true, "hopefully": true})

// receivedBefore are words before "received" that make it a verb with its
// subject or auxiliary, not a note's participle.
var receivedBefore = newWordSet(map[string]bool{"have": true, "has": true, "had": true, "was": true, "were": true,
	"been": true, "be": true, "is": true, "are": true, "we": true, "i": true, "they": true, "you": true,
	"it": true, "we've": true, "i've": true, "they've": true, "you've": true, "just": true, "not": true,
	"the": true, "a": true, "when": true, "once": true})

// customerReceived reports the customer's note of a thing received (see
// above); the caller checks the role and the remedy before.
func customerReceived(ts []string) bool {
	if len(ts) < 1 || len(ts) > 20 || !slices.Contains(ts, "received") {
		return false // only a "received" reads below
	}
	at := -1
	for k, t := range ts {
		if receivedStops.has(t) || receivedInfo.has(t) {
			return false
		}
		if t == "received" && at < 0 {
			at = k
		}
	}
	return at == 0 || !receivedBefore.has(ts[at-1]) // "Received, ..." or "credit note received"
}
