package reader

import (
	"slices"
	"strings"
)

// Round 109: staff's spot check after the remedy, told with what it found
// in their own words ("times correct", "as in the file", "in sync", "no
// holes in the load profile"). Every declarative staff sentence of the
// tuning sets with "spot-check(ed)" or "spot check" after a remedy is
// labelled restored but one (20 read before, for instance "Spot-checked
// three orders, all showing the right VAT.", and these nine missed):
//
//   - "I spot-checked a new plan at each site (...) and a plan from March
//     still shows the old prices, as requested." and "Spot check on live
//     shop: adult 52, youth 39, child 27, early bird -10% applied."
//     (styles19 09, 13);
//   - "Spot-checked 10 winter sailings on the website, times correct."
//     (styles28 08);
//   - "Spot check at Kestley: off-peak return to Marchway Central £14.80,
//     as in the file." (styles37 08);
//   - "...; spot-checked 5 accounts, no holes in the load profile and
//     nothing will bill on an estimate." and "Re-ran the October bill run
//     ...; spot-checked 10 invoices, one standing-charge line each, split
//     3/27 days." (styles40 07, 08);
//   - "18:11 Spot-checked 6 races on the Tuesday card in the trading client
//     - terms correct." (styles63 04);
//   - "No reply from Mr Vogl; all pre-migration certificates spot-checked
//     and verifying." (styles69 15);
//   - "Spot-checked at 00:10, 00:25 and 00:33 - in sync." (styles91 10).
//
// The one labelled otherwise: "History spot-checked on F04 and F11,
// intact." (styles73 07, labelled none: a check of what the request must
// keep, beside the step), which this reads. The caller checks staff and a
// remedy before the sentence, in it or earlier in the ticket. Refused: a
// question or a request ("Could you spot-check ...?"), a plan ("I'll
// spot-check", "to spot-check"; so "nothing will bill on an estimate" after
// the check, styles40 07, stays missed), a negation, a fault found ("wrong", "missing", "failed"),
// the check with nothing after it.

// spotStops refuse the sentence (see above).
var spotStops = newWordSet(map[string]bool{"could": true, "can": true, "please": true, "will": true, "i'll": true,
	"we'll": true, "would": true, "should": true, "if": true, "wrong": true, "incorrect": true,
	"missing": true, "failed": true, "failing": true, "broken": true, "stuck": true, "mismatch": true})

// spotCheck reports staff's spot check with its finding (see above).
func spotCheck(text string, ts []string) bool {
	if len(ts) < 4 || len(ts) > 45 || !slices.ContainsFunc(ts, func(t string) bool { return strings.HasPrefix(t, "spot") }) {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	at := -1
	for k, t := range ts {
		if spotStops.has(t) || notWords.has(t) {
			return false
		}
		if at < 0 && (t == "spot-checked" || t == "spot-check" || t == "spotchecked" ||
			t == "spot" && k+1 < len(ts) && (ts[k+1] == "check" || ts[k+1] == "checked")) {
			at = k
		}
	}
	if at > 0 && ts[at-1] == "to" {
		return false // "I'd like to spot-check ...": a plan
	}
	return at >= 0 && len(ts)-at >= 3
}
