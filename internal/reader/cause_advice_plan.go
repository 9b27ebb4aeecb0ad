package reader

import "strings"

// Advice or a plan for later is no cause: a sentence that opens on advice to
// the reader or on the writer's plan ("For the future: ...", "It's worth
// checking ...", "We'll stay on ...") tells what to do next, and the reason
// it gives ("because the cut can move that much", "because it fixes the
// reboots") is the advice's reason, not what made the fault happen. A shape
// of staff sentences a cause phrase read as causes, seen in three writers'
// sets (tuning, styles to styles86) and labelled no cause there, while no
// cause read on the tuning sets opens so (0 true, 3 false):
//
//   - "For the future: the gate cabinet could go on the same UPS as the lift
//     control, then a short power cut won't take it out." (styles19,
//     11-gates-offline-power-cut)
//   - "We'll stay on 4.3.1 because it fixes the reboots, and I'm adding the
//     read window to the change checklist so it gets checked next time."
//     (styles58, 03-atr-firmware)
//   - "It's worth checking that nothing important (text, barcode) sits within
//     3 mm of a red line, because the cut can move that much." (styles82,
//     08-dieline-on-proof)
//
// Refused in notCause, so the model is bound by it too (modelVeto). A past
// fault told in the same sentence keeps it a cause ("We'll replace the fan,
// because it failed overnight"), as does a finding after a colon that does
// not follow the opener at once ("I'll roll it back today: the update broke
// the export"). Round 83's preventiveStep already refuses "we'd/I'd
// recommend" with what the step prevents.
//
// Written in round 89 (docs/quality.md, "Round 89").

// adviceOpeners are the words a sentence of advice or of the writer's plan
// opens with; each entry is the opener's words, the last of which must be
// followed by more of the sentence.
var adviceOpeners = [][]string{
	{"for", "the", "future"}, {"in", "future"}, {"going", "forward"},
	{"it's", "worth"}, {"it", "is", "worth"}, {"it'd", "be", "worth"}, {"it", "would", "be", "worth"},
	{"it", "might", "be", "worth"}, {"it", "may", "be", "worth"},
	{"we'll"}, {"we", "will"}, {"i'll"}, {"i", "will"},
	{"you", "may", "want"}, {"you", "might", "want"},
}

// adviceFaultPast are the words of a past fault that keep a sentence of
// advice a cause: it tells what happened besides what to do.
var adviceFaultPast = newWordSet(map[string]bool{"was": true, "were": true, "wasn't": true, "weren't": true,
	"had": true, "hadn't": true, "did": true, "didn't": true, "caused": true, "broke": true,
	"failed": true, "expired": true, "stopped": true, "happened": true, "went": true, "crashed": true})

// advicePlan reports whether a sentence opens on advice or the writer's plan
// (adviceOpeners), tells no past fault (adviceFaultPast) and has no colon but
// one right after the opener.
func advicePlan(text string, ts []string) bool {
	if len(ts) < 4 {
		return false
	}
	switch ts[0] {
	case "for", "in", "going", "it's", "it", "it'd", "we'll", "we", "i'll", "i", "you":
	default:
		return false // the cheap test: most sentences open on another word
	}
	n := 0
	for _, op := range adviceOpeners {
		if len(op) < len(ts) && hasPrefixWords(ts, op) {
			n = len(op)
			break
		}
	}
	if n == 0 {
		return false
	}
	for _, t := range ts[n:] {
		if adviceFaultPast.has(t) {
			return false
		}
	}
	// a colon is allowed only right after the opener ("For the future: ...")
	if i := strings.IndexByte(text, ':'); i >= 0 {
		end := tokenEnd(text, ts, n-1)
		if end < 0 || i != end || strings.IndexByte(text[i+1:], ':') >= 0 {
			return false
		}
	}
	return true
}

// hasPrefixWords reports whether ts opens with the words of p.
func hasPrefixWords(ts, p []string) bool {
	if len(p) > len(ts) {
		return false
	}
	for k, w := range p {
		if ts[k] != w {
			return false
		}
	}
	return true
}
