package reader

import "slices"

// Round 156: the customer's terse word that the task the fault blocked is
// now done, "submitted" or "placed", after staff's remedy in the ticket. The
// writers label it restored (the blocked thing went through: a result
// stated), and no rule read it:
//
//   - "Thanks, application submitted." (styles96 05, after the scans were
//     cleared);
//   - "Submitted, thanks." (styles105 02, after the greyed button was fixed);
//   - "order placed, ref IDF-O-7730" (styles105 17);
//   - "Done, I am in the portal and I have submitted the declaration."
//     (styles103 16);
//   - "Review submitted today." (styles47 14);
//   - "Thank you Kerry, all 7 have entered their weekend hours and
//     submitted." (styles57 08).
//
// Two rows of the same words are labelled otherwise: "Submitted, thank you
// Liam." (styles96 05, none, earlier in the same ticket as the first row
// above) and "Thanks Claire, claim submitted for 5510870." (styles31 09,
// fix: the customer's step after staff's instruction). "booked" was
// measured and left out: a booking is as often a plan for a date ("Booked
// her in for Saturday.", styles34 07; "Have booked Crane engineer for
// Thurs.", styles77 05). The caller asks for the customer and a remedy
// earlier in the ticket. Refused: a question, a negation, a hedge, a plan,
// a condition or a request ("will", "once", "please", "can" ...), a long
// sentence (the terse report is the shape), "placed" with no order named
// (Mendeley dev 1006058, "kindly note that i already placed the gateway in
// one node and run it.", labelled none, read by the first form).

// taskDoneWords are the participles of the blocked task done; "placed" only
// with an order named.
var taskDoneWords = wordSetOf("submitted", "placed")

// taskSubmittedStops refuse the sentence: a plan, a condition, a request, an
// ability still to come.
var taskSubmittedStops = newWordSet(map[string]bool{"will": true, "going": true, "once": true, "when": true,
	"if": true, "before": true, "until": true, "please": true, "can": true, "could": true, "should": true,
	"would": true, "to": true, "tomorrow": true, "yet": true})

// taskSubmittedOrder are the words taskSubmitted looks for, a set made once.
var taskSubmittedOrder = wordSetOf("order", "orders")

// taskSubmitted reports the customer's terse word above; ts is text's tokens.
func taskSubmitted(text string, ts []string) bool {
	if len(ts) == 0 || len(ts) > 14 || !taskDoneWords.anyIn(ts) {
		return false
	}
	if !slices.Contains(ts, "submitted") && !taskSubmittedOrder.anyIn(ts) {
		return false // "placed" is an order's: "i already placed the gateway in one node" (Mendeley dev) puts a thing
	}
	if endsQuestion(text) || negations.has(ts) || hedges.has(ts) {
		return false
	}
	for _, t := range ts {
		if taskSubmittedStops.has(t) {
			return false
		}
	}
	return true
}
