package reader

import "strings"

// A thing "succeeding" after a remedy (round 101, docs/quality.md "Round
// 101"): staff's note that the repaired calls, saves or checks now succeed,
// told with the participle and no "again" or "now" (with one of those the
// rules read it already: "... card payments through them are succeeding
// again.", styles). Tuning rows (misses before the rule, each labelled
// restored):
//
//   - "Saves succeeding on test school since 09:13." (styles14
//     06-registers-not-saving);
//   - "Readmore see auth succeeding." (styles17 11-ebook-login-card-pin);
//   - "Automated checks from VeriTime succeeding since 12:52." (styles69
//     17-stolen-register-down).
//
// Over every tuning sentence, whoever wrote it, "succeeding" is labelled
// restored each time (7 of 7, four read before). Only staff's, after a remedy
// or once one was read in the ticket (the caller's gate); refused: a
// negation, a question, the future, a condition, a contrast or a fault that
// stays ("still", "but"), and a scope ("other", "rest": "Other sites
// succeeding" narrows the fault).

// succeedingStops refuse the sentence (see above).
var succeedingStops = newWordSet(map[string]bool{"will": true, "would": true, "might": true, "may": true, "if": true,
	"once": true, "unless": true, "until": true, "when": true, "whether": true, "hope": true,
	"please": true, "try": true, "but": true, "still": true, "other": true, "others": true, "rest": true,
	"except": true})

// succeeding reports staff's "<thing> succeeding"; the caller checks the
// role and the remedy.
func succeeding(text string, ts []string) bool {
	n := len(ts)
	if n < 2 || n > 25 || strings.ContainsRune(text, '?') {
		return false
	}
	at := -1
	for k := 1; k < n; k++ {
		if ts[k] == "succeeding" {
			at = k
			break
		}
	}
	if at < 0 || negAt(ts, 0, n) {
		return false
	}
	for _, t := range ts {
		if succeedingStops.has(t) {
			return false
		}
	}
	return true
}
