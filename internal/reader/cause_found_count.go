package reader

// A count of other things a search found is not the cause: the writer tells
// how many more orders, records or items turned up, told with "found" and a
// number or "a second", "another". Rows, each read as a cause and not
// labelled one: "We found 23 family orders between 00:00 and 11:48 that paid
// EUR 158; the list is attached so your team can refund the EUR 9
// difference." (styles19 13-spring-prices-family-tariff), "Found a second
// record for him, ID 91077, created by a LinkedIn import in April under a
// different email." (styles25 16-erasure-request), "We found 4 other Brume
// orders printed in those two days which have not been complained about
// yet." (styles82 16-faded-prints-dark-tees). A found thing that is a fault
// stays a cause ("We found two failed fans in the unit"), as does a sentence
// with a reason ("because", "due", "caused", "why").
//
// Written in round 82 (docs/quality.md, "Round 82"): 3 false causes in 3
// tuning sets, no true one.

// foundCountWords are the words after "found" that count what was found.
var foundCountWords = newWordSet(map[string]bool{"another": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "several": true, "dozens": true})

// foundOpeners may stand before "found" at the sentence's start.
var foundOpeners = newWordSet(map[string]bool{"we": true, "i": true, "also": true, "have": true, "we've": true, "i've": true})

// foundFaultWords are the states that make a counted find a fault.
var foundFaultWords = newWordSet(map[string]bool{"failed": true, "faulty": true, "broken": true, "dead": true,
	"expired": true, "corrupt": true, "corrupted": true, "wrong": true, "missing": true, "stuck": true,
	"burnt": true, "damaged": true, "duplicate": true, "duplicated": true, "bad": true, "invalid": true})

// foundCount reports whether a sentence opens with "found" (after at most
// "we", "I", "also", "have", "we've", "I've") and a count (a number, a number
// word, "a second", "another"), with no fault state or reason word.
func foundCount(ts []string) bool {
	k := 0
	for k < len(ts) && k < 3 && foundOpeners.has(ts[k]) {
		k++
	}
	if k+2 >= len(ts) || ts[k] != "found" {
		return false
	}
	c := ts[k+1]
	if !(foundCountWords.has(c) || c == "a" && ts[k+2] == "second" || isNumber(c)) { // isNumber: checks.go
		return false
	}
	for _, w := range ts {
		if foundFaultWords.has(w) || w == "because" || w == "due" || w == "caused" || w == "why" {
			return false
		}
	}
	return true
}
