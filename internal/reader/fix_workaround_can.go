package reader

import "strings"

// A workaround told as what someone can do meanwhile (round 68,
// docs/quality.md "Round 68"): staff's sentence with a workaround's marker
// ("in the meantime", "meanwhile", "as a stop-gap", "as a workaround",
// "for now") and someone other than staff who "can" take a step:
//
//   - "The app's £100 minimum is a known problem in the latest app version,
//     and you can set any amount on the website in the meantime." (styles63
//     08);
//   - "In the meantime, your customers can check any certificate by
//     entering its number ... at callowayhorology.com/verify." (styles69 15);
//   - "As a stop-gap, the drivers can scan the old 1D label underneath,
//     which is still there, or type the location in." (styles71 05);
//
// and, read by other rules, "In the meantime, members can renew by bank
// transfer ..." (styles68 16), "As a workaround, branches can type today's
// price in manually ..." (styles69 02), "In the meantime crew can sign for
// duty through the web portal ..." (styles20 05), all labelled fix.
//
// Not staff's own "I can set up everything else in the meantime."
// (styles63 03, labelled none), a negation ("Until then keys can't be
// revalidated", styles65 09), a condition ("if it slips he can use the
// handset buttons meanwhile", styles3 03), the future ("Row 18 will show for
// now ...; the airport team can reseat anyone", styles3 18), a question.

// workaroundNotSubject are the words before "can" that make it no
// workaround offered: staff themselves, a negation, a question's order.
var workaroundNotSubject = map[string]bool{"i": true, "we": true, "who": true, "what": true, "how": true,
	"which": true}

// workaroundStops refuse the sentence: a condition, the future, a negation.
var workaroundStops = map[string]bool{"if": true, "unless": true, "will": true, "we'll": true, "i'll": true,
	"would": true, "not": true, "never": true, "no": true, "can't": true, "cannot": true, "cant": true,
	"won't": true, "don't": true, "doesn't": true, "isn't": true, "aren't": true}

// workaroundCan reports the form above.
func workaroundCan(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	n := len(ts)
	if !staff || c.Opening || n < 5 || n > 40 || strings.ContainsRune(text, '?') {
		return false
	}
	marker := false
	for k, t := range ts {
		if workaroundStops[t] {
			return false
		}
		switch {
		case t == "meantime" || t == "meanwhile":
			marker = true
		case t == "as" && k+2 < n && ts[k+1] == "a" && (ts[k+2] == "stop-gap" || ts[k+2] == "stopgap" || ts[k+2] == "workaround"):
			marker = true
		case t == "for" && k+1 < n && ts[k+1] == "now":
			marker = true
		}
	}
	if !marker {
		return false
	}
	for k := 1; k+1 < n; k++ {
		if ts[k] == "can" && !workaroundNotSubject[ts[k-1]] && ts[k+1] != "be" && ts[k+1] != "see" {
			return true
		}
	}
	return false
}
