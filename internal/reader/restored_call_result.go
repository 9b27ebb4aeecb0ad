package reader

import "strings"

// Round 106: a result staff saw with the caller still on the line.
//
// A call logged by staff (the ticket's first message, Context.Opening, where
// no restored rule of restoredBy's table runs) or a later note tells a step
// taken while the caller was on the phone and what it did: "Test print OK
// while on the call.", "Reset the password while he was on the phone and
// read it to him, rover connected and fixed at 09:41." The call is what the
// reader knows: the caller tried the thing there and then, so a word of a
// good result beside "while on the phone" or "with <someone> on the line"
// reports the restoration, before any remedy the rules read and in the
// opening too. The older rules miss these for "still" ("while still on the
// call"), for want of a remedy before, or for the opening.
//
// Tuning misses read: styles17 02 ("Logged in fine and approved the payroll
// batch while still on the call."), styles23 06 ("Talked him through
// cleaning the camera window ... - he did it while on the phone, next 3 cows
// attached OK."), styles24 05, styles30 06 ("Test print OK while on the
// call."), styles44 15 ("Driver tried again while still on the phone: pump
// authorised, 62.4 L."), styles59 04 ("Test label printed OK while he was on
// the phone."): 6 rows in 6 sets, four of them in a call's opening. Over
// every sentence of the tuning sets, the shape is labelled restored in all
// 12 rows it reads (the 6 others were read already: styles3 21, 5 07, 32 05,
// 32 08 (the customer's), 62 04, 62 11); the call's words without a result
// word are steps labelled fix or nothing ("Asked him to power-cycle the LinkBox
// (unplug 30 s) while on the phone.", styles25 09; "Had him power off at the
// isolator ... while on the phone - still Service 34.", styles73 10; "Asked
// her to try another browser while on the phone: Edge also blank.",
// styles68 17). Refused: a negation, a fault word, a contrast, a condition
// or a plan, "still" but in the call's words, "OK" after a possessive ("with
// your OK on the phone", styles45 06: a permission); "on the phone" alone
// ("Marta approved on the phone", "As discussed on the phone, ...").

// callResultWords are the words of a good result told beside the call.
var callResultWords = newWordSet(map[string]bool{"ok": true, "okay": true, "fine": true, "worked": true, "works": true,
	"working": true, "connected": true, "connects": true, "authorised": true, "authorized": true, "opens": true,
	"fixed": true})

// possessive words before "OK" make it a permission given.
var possessive = newWordSet(map[string]bool{"your": true, "his": true, "her": true, "their": true, "my": true, "our": true})

// callResultStops make it no result: a fault, a contrast, a condition, a plan.
var callResultStops = newWordSet(map[string]bool{"blank": true, "failed": true, "fails": true, "error": true, "errors": true,
	"but": true, "though": true, "however": true, "until": true, "if": true, "unless": true, "will": true,
	"would": true, "should": true, "could": true, "once": true, "whether": true})

// callResult reports staff's sentence with the call's words ("while [he was]
// [still] on the phone/call/line", "with <someone> on the phone/line") and a
// word of a good result, with no stop.
func callResult(ts []string) bool {
	at := -1
	for k := 0; k+2 < len(ts); k++ {
		if ts[k] == "on" && ts[k+1] == "the" && (ts[k+2] == "phone" || ts[k+2] == "call" || ts[k+2] == "line") && duringCall(ts, k) {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	good := false
	for k, t := range ts {
		switch {
		case t == "still" && k+1 == at:
			// "while still on the call" is the call; "- still Service 34" a fault
		case callResultStops.has(t) || strings.HasSuffix(t, "'ll") || negations.at(ts, k):
			// "he'll do it while on the line" is "will"'s plan (round 174)
			return false
		case (t == "ok" || t == "okay") && k > 0 && possessive.has(ts[k-1]):
			// "with your OK on the phone": a permission, not a result
		case callResultWords.has(t), (t == "logged" || t == "signed") && k+1 < len(ts) && ts[k+1] == "in":
			good = true
		}
	}
	return good
}

// duringCall reports whether "on the" at k closes the call's words: "while"
// or "whilst" at most four words before with only a person, "was", "held"
// or "still" between ("while he was on the phone", "while still on the
// call"), or "with" and at most three words of a person ("with Kasia on the
// phone", "with me on the line").
func duringCall(ts []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch ts[j] {
		case "while", "whilst":
			return true
		case "with":
			return true
		case "he", "she", "they", "i", "we", "you", "was", "were", "held", "still":
		default:
			if ts[max(j-1, 0)] == "with" || j >= 2 && ts[j-2] == "with" || j >= 3 && ts[j-3] == "with" {
				continue // a person after "with"
			}
			return false
		}
	}
	return false
}
