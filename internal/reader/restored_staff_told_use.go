package reader

import "strings"

// Staff's word of the customer's use of the repaired thing (round 88,
// docs/quality.md "Round 88"): after a remedy, staff tell that someone on
// the customer's side has since used what was fixed, "<someone> has/have
// (already, since) <signed, filled, installed, ...>" or "<a count> <people>
// <entered, paid, ...>", with "already", "since", "so far", "overnight",
// "over the weekend" or "this morning/afternoon" in the sentence. Round 87
// read the customer's own word of it (restored_customer_use.go); the writers
// label staff's word restored too:
//
//   - "Claire has her login and has already signed in once." (styles53 08);
//   - "We have unblocked the card, and Ben has since filled up without any
//     problem." (styles44 15);
//   - "So far 31 of the 40 have installed it and open normally." (styles7 03);
//   - "..., 23 people entered Saturday/Sunday hours over the weekend without
//     needing anything from us." (styles57 08).
//
// Refused as in round 87: the writer's or the reader's own act ("I/we/you
// have signed"), "it" (the system's act), a passive ("been"), a repeat, a
// contrast or a wait, a condition, a question, a sum after the participle;
// "once" only as the sentence's last word ("signed in once").

// staffUseDone are the participles of using the repaired thing in staff's words.
var staffUseDone = newWordSet(map[string]bool{"paid": true, "signed": true, "ordered": true, "booked": true,
	"submitted": true, "uploaded": true, "filled": true, "bought": true, "redeemed": true,
	"registered": true, "enrolled": true, "topped": true, "installed": true, "entered": true})

// usePeople are the people a count before a use verb counts.
var usePeople = newWordSet(map[string]bool{"people": true, "users": true, "staff": true, "customers": true,
	"members": true, "parents": true, "pupils": true, "students": true, "drivers": true,
	"tenants": true, "clients": true, "employees": true, "colleagues": true})

// staffUseSelf are subjects that make the act not the customer's use.
var staffUseSelf = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "it": true, "that": true,
	"this": true, "which": true})

// staffToldUse reports staff's report of the thing used since the fix (see above).
func staffToldUse(text string, ts []string) bool {
	if len(ts) < 4 || len(ts) > 30 || !(strings.Contains(text, "lready") || strings.Contains(text, "ince") ||
		strings.Contains(text, " far") || strings.Contains(text, "weekend") || strings.Contains(text, "overnight") ||
		strings.Contains(text, "morning") || strings.Contains(text, "afternoon")) {
		return false
	}
	if endsQuestion(text) {
		return false
	}
	span, found := false, false
	for k, t := range ts {
		if useStops.has(t) && !(t == "once" && k == len(ts)-1) {
			return false
		}
		switch t {
		case "already", "since", "overnight", "weekend":
			span = true
		case "far":
			span = span || k > 0 && ts[k-1] == "so"
		case "morning", "afternoon":
			span = span || k > 0 && ts[k-1] == "this"
		}
		if found {
			continue
		}
		switch {
		case t == "has" || t == "have":
			j := k + 1
			if j < len(ts) && (ts[j] == "already" || ts[j] == "since") {
				j++
			}
			found = j < len(ts) && staffUseDone.has(ts[j]) && k > 0 && !staffUseSelf.has(ts[k-1]) &&
				!(j+1 < len(ts) && isNumber(ts[j+1]))
		case isCount(t):
			found = k+2 < len(ts) && usePeople.has(ts[k+1]) && staffUseDone.has(ts[k+2]) &&
				!(k+3 < len(ts) && isNumber(ts[k+3]))
		}
	}
	return span && found
}
