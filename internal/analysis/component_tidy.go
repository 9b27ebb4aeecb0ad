package analysis

import (
	"strings"
	"unicode"
)

// Round 250 counted the names the technical actions give (styles to
// styles134 and the examples) and judged 42 actions' names no component at
// all. Two shapes the name alone shows, each in at least three writers, are
// dropped (tidyComponent returns ""), so the next statement is read or the
// cause quoted:
//   - a statement's opening word taken for a name, capitalised as it opened
//     the sentence: "the Upload" (from "Upload failed again, different
//     error: …", styles57 FD-IT-24231), "the Audio", "the Accounts", "the
//     Eligibility" (styles94, 108, 129): 8 actions, 4 writers;
//   - an event, a state or a figure, not a thing: "the delay" (styles8
//     482577), "the timeout" (styles123), "the outage" (styles132), "the
//     monthly payment on your account" (styles19), "her annual compliance
//     attestation" (styles117), "the column order" (styles5), "your tax form
//     (W-8BEN)" (styles101): 13 actions, 7 writers.
// A name told as a third party's part is kept whatever its head ("the
// outage at our card processing partner"): the supplier's action names it
// (actions_supplier.go). Seen in two writers each and left then: a reporting
// verb inside a name ("the PassBridge shows 14 passes", styles103; "the
// gateway portal shows it", styles64), a count or an error code after the
// article ("the three jobs", styles130; "the 550 5.7.23 SPF check",
// styles129), a fragment at a name's end ("the update-check routine -",
// styles24; "their webhooks between 1", styles11); rounds 254 and 259 took
// them up (component_fragment.go, component_figures.go and others).

// eventHeads are heads of a name that tell an event, a state or a figure,
// not a component.
var eventHeads = setOf("delay", "delays", "timeout", "timeouts", "outage", "outages", "payment", "payments",
	"attestation", "order", "lag", "slowness", "downtime", "interruption", "form",
	// an exchange between systems, not either end of it: "LB log:
	// upstream SSL handshake failed (certificate has expired)" (styles36
	// 01), "callbacks in that window timed out" (styles49 08), "our
	// callback timed out (gateway slow 21:30-21:50 …)" (styles74 06), "an
	// error in the response from the ph_technical" (Mendeley dev 1008189);
	// and a customer's grant that lapses, as an attestation does: "consent
	// expired 28/03 (90-day PSD2 reauth)" (styles9 05). Round 259.
	"handshake", "handshakes", "callback", "callbacks", "response", "responses", "consent")

// tidyComponent is name, a component's name as read, or "" where it names
// no component. It is asked of every name read, so the name's words go to
// an array on the stack, not a new slice (strings.ToLower copies only a
// word with a capital).
func tidyComponent(name string) string {
	var buf [24]string
	words := buf[:0]
	for w := range strings.FieldsSeq(name) {
		if len(words) == len(buf) {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return ""
	}
	if suppliersName(name) {
		return name
	}
	if eventHeads[strings.ToLower(strings.Trim(headOf(words), ".,;:()"))] || paymentName(words) || figuresName(words) {
		return "" // an event, a state, a figure, a means of payment (component_payment.go), a count or a code (component_figures.go)
	}
	if len(words) == 2 && isDeterminer(strings.ToLower(words[0])) && sentenceWord(words[1]) {
		return ""
	}
	return bareIdentifier(name) // "north-2", not "the north-2" (component_ident.go)
}

// headOf is the head noun of a name: its last word before a preposition
// ("the monthly payment | on your account"), a parenthesis ("your tax form
// | (W-8BEN)", "the card | (ending 0042)") or a clause without "that"
// ("the card | we hold").
func headOf(words []string) string {
	return words[headIndex(words)]
}

// headIndex is the index in words of headOf's word.
func headIndex(words []string) int {
	for i := 1; i < len(words); i++ {
		w := strings.ToLower(words[i])
		if prepositions[w] || contactPronouns[w] || w == "we" || strings.HasPrefix(w, "(") {
			return i - 1
		}
	}
	return len(words) - 1
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
