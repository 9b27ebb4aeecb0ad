package reader

import (
	"slices"
)

// The customer's use of the repaired thing (round 87, docs/quality.md
// "Round 87"): after a remedy in the ticket, the customer tells that people
// have already used what was fixed, someone "has/have (already) <paid,
// signed, ordered, ...>" with "already" or a span since the fix, or "we've
// had <a count> <bookings, orders, ...>" in such a span. The writers label
// it restored:
//
//   - "Yep, a couple of people have paid by phone this morning no bother."
//     (styles77 18);
//   - "..., yes all showing on the till now and we've had 4 online bookings
//     for Saturday already overnight." (styles79 01);
//   - "Thanks Owen, 11 of them have already filled theirs in." (styles81 10);
//   - "Brilliant, Paul has ordered the first two on it already." (styles81 12);
//   - "Two of the clients have already signed." (styles6 18), "Several
//     tenants have already signed." (styles26 06), "Two of them have
//     validated and submitted this morning." (styles47 11), "... one of the
//     partners has already paid an issue fee with it." (styles54 02), "we've
//     had 64 bookings through the website since we opened at 9" (styles21 04).
//
// Refused: the writer's own act ("I have", "we have" paid: a payment, not a
// use), "been" (a passive: "had already been invoiced"), a repeat or a
// double ("twice", "again"), a sum after the participle ("One pupil has
// already paid £440 this morning.", styles74 05, labelled none: the price
// was the trouble), a contrast or a wait ("but", "still", "yet",
// "not"), a condition, a question, and staff's words (the caller checks the
// role and the remedy before).

// useDone are the participles of using the repaired thing.
var useDone = newWordSet(map[string]bool{"paid": true, "signed": true, "ordered": true, "booked": true,
	"submitted": true, "uploaded": true, "filled": true, "validated": true, "bought": true,
	"redeemed": true, "registered": true, "enrolled": true, "topped": true, "completed": true})

// useHad are the things counted after "had": uses of the thing.
var useHad = newWordSet(map[string]bool{"bookings": true, "orders": true, "payments": true, "submissions": true,
	"registrations": true, "sales": true, "signups": true, "sign-ups": true, "applications": true,
	"entries": true, "responses": true, "returns": true})

// useStops refuse the sentence: a contrast, a negation, a repeat, a condition, a wait.
var useStops = newWordSet(map[string]bool{"but": true, "still": true, "yet": true, "not": true, "haven't": true,
	"hasn't": true, "never": true, "twice": true, "again": true, "double": true, "if": true,
	"once": true, "when": true, "will": true, "should": true, "been": true, "nobody": true, "none": true,
	"no-one": true, "only": true, "why": true, "instead": true, "wrong": true})

// useSelf are subjects that make the act the writer's own, not a use.
var useSelf = newWordSet(map[string]bool{"i": true, "we": true, "you": true})

// customerUse reports the customer's report of the thing used since the fix
// (see above).
func customerUse(text string, ts []string) bool {
	if len(ts) < 4 || len(ts) > 30 {
		return false
	}
	span := slices.Contains(ts, "already") || slices.Contains(ts, "since") || slices.Contains(ts, "overnight")
	for k := 0; !span && k+1 < len(ts); k++ {
		span = ts[k] == "this" && (ts[k+1] == "morning" || ts[k+1] == "afternoon")
	}
	if !span || endsQuestion(text) {
		return false // only a span since the fix reads below
	}
	found := false
	for k, t := range ts {
		if useStops.has(t) {
			return false
		}
		if found {
			continue
		}
		switch t {
		case "have", "has":
			j := k + 1
			if j < len(ts) && ts[j] == "already" {
				j++
			}
			found = j < len(ts) && useDone.has(ts[j]) && k > 0 && !useSelf.has(ts[k-1]) &&
				!(j+1 < len(ts) && isNumber(ts[j+1])) // "has already paid £440": the sum, not a use (styles74 05)
		case "had":
			found = k+2 < len(ts) && isCount(ts[k+1]) && useHad.has(ts[k+2]) ||
				k+3 < len(ts) && isCount(ts[k+1]) && useHad.has(ts[k+3])
		}
	}
	return found
}

// isCount reports a number in figures or a small number's word.
func isCount(t string) bool {
	switch t {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens":
		return true
	}
	return t != "" && t[0] >= '0' && t[0] <= '9'
}
