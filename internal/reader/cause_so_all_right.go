package reader

import "strings"

// A reassurance drawn as the consequence is no cause: the clause after a
// sentence's last "so" says the thing is right, OK or under control, or that
// no one of a kind has come to harm. Round 14's benignOutcome takes "so ...
// is fine" and "not affected"; these say it in other words, and the clause
// before "so" reads as a cause to a cause phrase, a consequence rule or the
// model. Over every tuning set (round 191): 0 true / 6 false, all staff's and
// labelled nothing, in six writers' sets:
//
//   - "Members who had already spent the extra points keep them; the
//     reversal only took back unspent duplicates, so no balance has gone
//     negative." (styles7, 05-loyalty-points-missing-weekend; the model)
//   - "The 14 that are still estimated had no read from their meter this
//     quarter, so their bills are right as they are." (styles8,
//     08-billing-run-estimates; the model)
//   - "I can see your three rentals fine on our side, so your account is OK -
//     it's the app that isn't showing them." (styles61, 08-app-empty-rentals;
//     "cleft finding")
//   - "Hallbrook's result reached our server at 01:42, so the page behind the
//     CDN is right." (styles91, 91-06-results-page-stale; the model)
//   - "Calls to Penrose have been going to the national overflow since then,
//     so no caller has gone unanswered because of it." (styles102,
//     102-07-penrose-handsets-unregistered; "cause phrase")
//   - "Panel HMI at the kiln is local to the PLC and still shows live values,
//     so the kiln is under control, we just can't see it centrally ..."
//     (styles106, 106-10-kiln2-plc-comms-lost; "explained by consequence")
//
// The shape, in the clause after the last ", so" / "; so" / "- so" (up to the
// next comma, semicolon, colon or dash): a copula ("is", "are", "was",
// "were", "has been", "'s", "'re") and at once, or after "all", "now" or
// "still", one of right, correct, OK, okay or "under control"; or "no" and
// one or two words opening the clause, then "has" or "have gone". No
// negation, "even", "but" or "though" in the clause. The causes that end on
// such a word keep it elsewhere: "so it would have looked right all winter"
// (styles17; "looked" is no copula), "so they can't connect to the cloud at
// all, even though your network is fine" (styles56; a negation), "so every
// correct 750 ml bottle was "over"" (styles110; "correct" before its noun).
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 191 (docs/quality.md, "Round 191").

// soAllRightWords are the states of a reassurance after a copula.
var soAllRightWords = newWordSet(map[string]bool{"right": true, "correct": true, "ok": true, "okay": true})

// soAllRight reports whether the clause after a sentence's last "so" is a
// reassurance: a thing right, OK or under control, or no one come to harm.
func soAllRight(text string) bool {
	if !spacedSoFold(text) {
		return false // every lead holds " so ", lowered: only ASCII letters lower to s and o
	}
	low := strings.ToLower(text)
	start := -1
	for _, lead := range []string{", so ", "; so ", " - so ", " – so "} {
		if i := strings.LastIndex(low, lead); i >= 0 && i+len(lead) > start {
			start = i + len(lead)
		}
	}
	if start < 0 {
		return false
	}
	clause := low[start:]
	if end := strings.IndexAny(clause, ",;:"); end >= 0 {
		clause = clause[:end]
	}
	for _, dash := range []string{" - ", " – "} {
		if end := strings.Index(clause, dash); end >= 0 {
			clause = clause[:end]
		}
	}
	var buf [24]string
	ts := tokens(clause, buf[:0])
	if len(ts) < 3 || soDegree.has(ts[0]) {
		return false
	}
	for _, t := range ts {
		switch t {
		case "not", "never", "cannot", "even", "but", "though", "although", "without":
			return false
		}
		if strings.HasSuffix(t, "n't") {
			return false
		}
	}
	if ts[0] == "no" {
		for j := 2; j+1 < len(ts) && j <= 3; j++ {
			if (ts[j] == "has" || ts[j] == "have") && ts[j+1] == "gone" {
				return true
			}
		}
		return false
	}
	for j, t := range ts {
		if t == "no" || t == "nothing" || t == "none" {
			return false
		}
		copula := t == "is" || t == "are" || t == "was" || t == "were" ||
			strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "'re") ||
			t == "been" && j > 0 && (ts[j-1] == "has" || ts[j-1] == "have")
		if !copula {
			continue
		}
		k := j + 1
		if k < len(ts) && (ts[k] == "all" || ts[k] == "now" || ts[k] == "still") {
			k++
		}
		if k < len(ts) && soAllRightWords.has(ts[k]) {
			return true
		}
		if k+1 < len(ts) && ts[k] == "under" && ts[k+1] == "control" {
			return true
		}
	}
	return false
}

// spacedSoFold reports whether text holds " so " in any case of its two
// letters (" so ", " So ", " SO ", " sO "): one pass over the bytes in
// place of four strings.Contains calls (round 258). Setting bit 0x20 maps
// only 'S' and 's' to 's', and only 'O' and 'o' to 'o'.
func spacedSoFold(text string) bool {
	for i := 0; i+4 <= len(text); i++ {
		if text[i] == ' ' && text[i+1]|0x20 == 's' && text[i+2]|0x20 == 'o' && text[i+3] == ' ' {
			return true
		}
	}
	return false
}
