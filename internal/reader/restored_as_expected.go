package reader

import "strings"

// A state judged right, "as expected" or "as it should (be)", after a remedy
// (round 101, docs/quality.md "Round 101"): staff tell what the repaired thing
// does now and judge it the expected behaviour. Tuning rows (misses before
// the rule, each labelled restored):
//
//   - "Geoblock checked from an NL VPN, blocked as expected." (styles7
//     12-popup-stream-by-election);
//   - "Lot pages for 2604-MLF show 26%, 28/03 coins sale invoices at 24% as
//     expected." (styles69 09-buyers-premium-change);
//   - "Your overdue scaffolds now show red \"Inspection due\", as they
//     should." and "Overnight job ran 02:00 as normal, 14 scaffolds went to
//     Inspection due as expected." (styles85 09-tags-green-after-expiry).
//
// Three more rows of the wording stay missed: "The reply date ... is back to
// 2 February 2027, as it should be." (styles57 02) and "... on a Saturday
// 15:00 slot it took 15% off as expected." (styles34 17) are read as an
// estimate first, and "Five un-issued items ... still alarm as they should."
// (styles9 18) has a negation's prefix ("un-issued").
//
// Only after a remedy (the caller's gate): before one the same judgement is
// the product's workings or a thing ruled out ("the line is performing as it
// should, and the slower speeds come from the Wi-Fi ...", styles, and
// "Importer rejects ';' on a 25 fps channel, as it should.", styles13, both
// causes). Refused: a negation ("coffee machine doesn't do stock, as
// expected", styles77, labelled none), "should have" (what ought to have
// happened: "as it should have read at the lane", styles44), the words at the
// sentence's start ("As expected, the ..."), a question, the future, a
// condition, a request, a contrast and a fault. "as normal", "as before" and
// "as usual" are left out: over the tuning sets they are mostly instructions
// and plans ("please keep saving to central as normal").

// asExpectedStops refuse the sentence (see above).
var asExpectedStops = newWordSet(map[string]bool{"will": true, "we'll": true, "it'll": true, "you'll": true,
	"they'll": true, "would": true, "might": true, "may": true, "if": true, "once": true, "unless": true,
	"until": true, "when": true, "whether": true, "hope": true, "hopefully": true, "please": true,
	"try": true, "need": true, "needs": true, "but": true, "why": true, "how": true, "failed": true,
	"fails": true, "failing": true, "broken": true, "stuck": true, "wrong": true})

// asExpected reports staff's state judged "as expected" or "as it/they
// should (be)"; the caller checks the role and the remedy.
func asExpected(text string, ts []string) bool {
	n := len(ts)
	if n < 3 || n > 35 || strings.ContainsRune(text, '?') || negAt(ts, 0, n) {
		return false
	}
	at := -1
	for k := 1; k+1 < n; k++ {
		if ts[k] != "as" {
			continue
		}
		if ts[k+1] == "expected" {
			at = k
			break
		}
		if k+2 < n && (ts[k+1] == "it" || ts[k+1] == "they") && ts[k+2] == "should" && (k+3 >= n || ts[k+3] != "have") {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, t := range ts {
		if asExpectedStops.has(t) {
			return false
		}
	}
	return true
}
