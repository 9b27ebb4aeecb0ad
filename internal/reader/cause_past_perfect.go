package reader

import "strings"

// pastPerfectEarlier reads a cause told in the past perfect: an event before
// the fault, with its own subject ("Rain had got in past a worn door seal",
// "the template had been copied from an old backup", "the national body found
// your payment had been booked against another club", "our team hadn't loaded
// the new rates yet, so ..."). Staff tell the earlier event in the past perfect
// because the fault came after it (round 32; eleven rows the other rules
// missed, in ten sets by different writers).
//
// Not read: "had" after a relative or personal pronoun ("a part that had
// corroded", "the results it had been holding", "we had not done"), the
// progressive ("had been holding"), a hypothesis or a condition ("I first
// thought ... had overloaded", "if it had"), a sentence under a fix or
// withdrawal heading ("Fix: ... had viewed them by 12:00"), one that opens
// with the writer or reader, one whose consequence is the writer's own step
// ("hadn't been used yet, so I've re-paired it"), a check that passed or a
// symptom relayed ("Verified that the provider had patched", "a customer
// reporting their job had been stuck") and the ticket's own handling ("this
// ticket had been assigned").
func pastPerfectEarlier(text string, sc *scan) bool {
	ts := sc.ts
	if len(ts) < 4 || hedges.hasIn(sc) || unknownCause.hasIn(sc) || ticketAdmin(sc) {
		return false
	}
	switch ts[0] {
	case "i", "i've", "i'd", "we", "we've", "we'd", "you", "you've":
		return false
	}
	if head, _, ok := strings.Cut(strings.ToLower(strings.TrimSpace(text)), ":"); ok && len(tokens(head, nil)) <= 2 {
		switch strings.TrimSpace(head) {
		case "fix", "fixed", "resolution", "withdrawn", "workaround", "action", "actions", "next step", "next steps":
			return false
		}
	}
	hit := false
	for k, w := range ts {
		switch w {
		case "thought", "assumed", "suspected", "expected", "hoped", "wondered", "guessed", "believed",
			"if", "would", "should", "could", "might", "may":
			return false
		case "verified", "checked", "ensured", "reporting", "reported", "reports", "saying", "said", "complaining":
			if !hit {
				return false // a check that passed, a symptom relayed
			}
		case "so":
			if k+1 < len(ts) {
				switch ts[k+1] {
				case "i", "i've", "we", "we've", "i'll", "we'll":
					return false
				}
			}
		}
		if hit || (w != "had" && w != "hadn't") {
			continue
		}
		if k > 0 {
			switch ts[k-1] {
			case "that", "which", "who", "it", "they", "he", "she", "i", "we", "you",
				"ticket", "case", "request", "query":
				continue
			}
		}
		j := k + 1
		for j < len(ts) {
			switch ts[j] {
			case "not", "never", "already", "just", "also", "quietly", "since":
				j++
				continue
			case "been":
				if j+1 < len(ts) && strings.HasSuffix(ts[j+1], "ing") {
					j = len(ts)
					continue
				}
				j++
				continue
			}
			break
		}
		if j < len(ts) && (strings.HasSuffix(ts[j], "ed") || irregularDone.has(ts[j]) || pastPerfectIrregular.has(ts[j])) {
			hit = true
		}
	}
	return hit
}

// pastPerfectIrregular: irregular participles beyond irregularDone.
var pastPerfectIrregular = newWordSet(map[string]bool{"got": true, "gone": true, "left": true, "broken": true, "blown": true,
	"fallen": true, "worn": true, "stolen": true, "done": true, "lost": true, "shut": true, "frozen": true,
	"stuck": true, "become": true, "grown": true, "drawn": true, "driven": true})
