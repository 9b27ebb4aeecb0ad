package analysis

import (
	"strings"
	"unicode"
)

// Round 250 counted the names the technical actions give (styles to
// styles134 and the examples) and judged 42 actions' names no component at
// all, in three shapes the name alone shows (the others, a party that
// refused, "the Bank gateway", or what ran out, "the account", need the
// sentence and are left):
//   - a statement's opening word taken for a name, capitalised as it opened
//     the sentence: "the Upload" (from "Upload failed again, different
//     error: …", styles57 FD-IT-24231), "the Audio", "the Accounts", "the
//     Eligibility" (styles94, 108, 129): 8 actions, 4 writers;
//   - a name that holds a verb of what a screen or a log reports: "the
//     PassBridge shows 14 passes" (styles103 VAS-5521), "the gateway portal
//     shows it" (styles64 64-12): 3 actions, 2 writers;
//   - an event or a figure, not a thing: "the delay" (styles8 482577), "the
//     timeout" (styles123), "the outage" (styles132), "the monthly payment on
//     your account" (styles19), "her annual compliance attestation"
//     (styles117), "the column order" (styles5), "your tax form (W-8BEN)"
//     (styles101): 13 actions, 7 writers;
//   - a count or a code after the article, what failed being many or an
//     error's number: "the three jobs" (from "Windows paused it after three
//     jobs failed", styles130 HIT-118391), "the 550 5.7.23 SPF check"
//     (styles129 LAP-40211): 4 actions, 2 writers.
// Such a name is dropped (tidyComponent returns ""), so the next statement is
// read or the cause quoted. A name told as a third party's part is kept
// whatever its head ("the outage at our card processing partner"): the
// supplier's action names it (actions_supplier.go). Two fragments are cut
// from a name's end: a dash left by a clause after it ("the update-check
// routine -", styles24 PLT-2291) and a preposition with a bare figure
// ("their webhooks between 1", styles11 LET-22398).

// eventHeads are heads of a name that tell an event, a state or a figure,
// not a component.
var eventHeads = setOf("delay", "delays", "timeout", "timeouts", "outage", "outages", "payment", "payments",
	"attestation", "order", "lag", "slowness", "downtime", "interruption", "form")

// countWords are counts that open a noun phrase of many.
var countWords = setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all",
	"several", "many", "some", "most", "few")

// countWord reports whether w is a count or a bare figure ("three", "550").
func countWord(w string) bool {
	return countWords[strings.ToLower(w)] || strings.Trim(w, "0123456789.,") == ""
}

// reportVerbs are verbs of what a screen, a portal or a log reports.
var reportVerbs = setOf("shows", "showed", "says", "said", "reads", "reports", "lists", "displays")

// tidyComponent is name, a component's name as read, with a trailing dash or
// a preposition with a bare figure cut, or "" where it names no component.
func tidyComponent(name string) string {
	words := strings.Fields(name)
	for len(words) > 1 && strings.Trim(words[len(words)-1], "-\u2013\u2014") == "" {
		words = words[:len(words)-1]
	}
	if n := len(words); n > 2 && prepositions[strings.ToLower(words[n-2])] && strings.Trim(words[n-1], "0123456789.:/") == "" {
		words = words[:n-2]
	}
	if len(words) == 0 {
		return ""
	}
	out := strings.Join(words, " ")
	if suppliersName(out) {
		return out
	}
	for _, w := range words {
		if reportVerbs[strings.ToLower(w)] {
			return ""
		}
	}
	if eventHeads[strings.ToLower(strings.Trim(headOf(words), ".,;:()"))] {
		return ""
	}
	if len(words) == 2 && isDeterminer(strings.ToLower(words[0])) && sentenceWord(words[1]) {
		return ""
	}
	if len(words) > 1 && isDeterminer(strings.ToLower(words[0])) && countWord(words[1]) {
		return ""
	}
	return out
}

// headOf is the head noun of a name: its last word before a preposition
// ("the monthly payment | on your account").
func headOf(words []string) string {
	for i := 1; i < len(words); i++ {
		if prepositions[strings.ToLower(words[i])] {
			return words[i-1]
		}
	}
	for i := len(words) - 1; i > 0; i-- {
		if !strings.HasPrefix(words[i], "(") {
			return words[i] // "your tax form | (W-8BEN)"
		}
	}
	return words[0]
}

// sentenceWord reports whether w is a common word capitalised only as it
// opened a sentence ("Upload", "Accounts"): a capital, then lower-case
// letters only; not a product's or a host's name ("PassBridge", "north-2",
// "NVAPP02").
func sentenceWord(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}
