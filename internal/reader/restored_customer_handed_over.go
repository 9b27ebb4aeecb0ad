package reader

import "strings"

// The customer's own step reported done, with no word on the service
// (round 220, docs/quality.md "Round 220"): after staff's instruction or
// answer the customer says what they have sent, approved or passed on
// ("I've sent the diagnostics just now.", "I've approved the rest from the
// queue."), which the model reads as the service back. docs/labelling.md
// gives such a report nothing: the instruction was the fix, and the service
// is seen back only where a result is told. The shape: a customer's
// sentence whose clause opens, after at most a courtesy lead ("Thanks Dan,",
// "thank you so much for the help,"), on "I/we have" or "I've/we've" and a
// participle of handing something over or doing the asked step
// (handedOverVerbs), with no word of a state or a result anywhere in the
// sentence (handedOverResult): "... and it's shown up in RehomeHQ.",
// "... and Kelbridge have it.", "... and two reviewers have already
// agreed." stay restorations. Tuning rows, labelled none or fix and read as
// restored before (-styleserrors restored, every tuning set):
//
//   - "We have imported now the new certificate in our Seeburger and send
//     again all messages since yesterday 22:00." (styles14 13, fix);
//   - "Thanks Dan, I've replied to Mr Walsh and written to Harrow."
//     (styles25 16);
//   - "We've sent a test scan over." (styles86 17);
//   - "I've resent all 14 confirmations from this month." (styles111 02, fix);
//   - "I've sent the diagnostics just now." (styles120 10);
//   - "thank you so much for the help, I have made the order now with the
//     name of his father, Stephen." (styles120 17);
//   - "I've approved the rest from the queue." (styles122 10).

// handedOverVerbs are participles of the customer's handing over or doing
// the asked step.
var handedOverVerbs = newWordSet(map[string]bool{"sent": true, "resent": true, "re-sent": true, "replied": true,
	"written": true, "rung": true, "emailed": true, "forwarded": true, "approved": true, "made": true,
	"uploaded": true, "imported": true, "passed": true, "posted": true, "filed": true,
	"ordered": true, "signed": true, "returned": true})

// handedOverResult are words of a state or a result that keep the sentence
// a restoration.
var handedOverResult = newWordSet(map[string]bool{"am": true, "is": true, "are": true, "was": true, "were": true,
	"it's": true, "its": true, "they're": true, "works": true, "worked": true, "working": true, "work": true,
	"shows": true, "showing": true, "shown": true, "appears": true, "arrived": true, "got": true, "get": true,
	"has": true, "have": true, "had": true, "says": true, "said": true, "can": true, "could": true, "see": true,
	"saw": true, "fine": true, "ok": true, "okay": true, "good": true, "agreed": true, "accepted": true,
	"through": true, "back": true, "green": true, "fixed": true, "sorted": true, "received": true,
	"confirmed": true, "success": true, "successful": true, "successfully": true})

// handedOverLead may open the sentence before the writer's clause.
const handedOverLead = 8

// customerHandedOver reports the customer's own step reported done with no
// word on the service (see above): ts are the sentence's tokens.
func customerHandedOver(ts []string) bool {
	if len(ts) < 3 || len(ts) > 24 {
		return false
	}
	k, aux := -1, -1
	for i := 0; i < len(ts)-1 && i <= handedOverLead; i++ {
		switch ts[i] {
		case "i've", "we've":
			k = i + 1
		case "i", "we":
			if ts[i+1] == "have" {
				k, aux = i+2, i+1
			}
		}
		if k >= 0 {
			break
		}
	}
	if k < 0 {
		return false
	}
	for k < len(ts) && (ts[k] == "just" || ts[k] == "now" || ts[k] == "also" || ts[k] == "already") {
		k++
	}
	if k >= len(ts) || !handedOverVerbs.has(ts[k]) {
		return false
	}
	for i, t := range ts {
		if i == k || i == aux {
			continue
		}
		if handedOverResult.has(t) || strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "'re") {
			return false
		}
	}
	return true
}
