package reader

import "strings"

// Round 49's refusals (docs/quality.md, "Round 49"): three shapes of staff
// sentences that a cause phrase or the model read as a cause, each seen in
// three writers' sets or more (styles to styles54) and never labelled a cause
// there. Refused in notCause, so the model is bound by them too (modelVeto).
//
//   - A candidate ruled out and no cause told: the sentence's opening clause
//     ends on the candidate's dismissal ("X isn't it", "X is unrelated"), or
//     says something is not the result of the fault, or that nothing at the
//     reader's end was wrong, or that a theory was wrong. "The spreadsheet
//     import isn't it - none of the three pairs were in the gala list." and
//     "RSS is unrelated (it uses the original, feed had its own timeout this
//     morning)." (styles3), "They aren't a result of Thursday's problem."
//     (styles6), "It's a common one, and it doesn't mean anything is wrong
//     with your account." (styles11), "Probe agrees with hand meter, so drift
//     theory was wrong." (styles35), "Nothing at your end was wrong."
//     (styles51). A dismissal that goes on to the cause stays: "that one is
//     unrelated and is a genuine check: ..." (styles47), "Not DNS - ... but
//     our firewall rule ... was overwritten ..." (styles), "... and nothing
//     was wrong at your branch" after the outage (styles11): a clause with a
//     cause's connective after the dismissal keeps the sentence.
//   - Work left to people after "so": the harm told, then what someone must
//     now do about it. "Failed quotes were never saved with a premium, so
//     brokers have to re-run them." and "... were not saved with a premium,
//     so please run them again." (styles12), "Unfortunately the marks that
//     failed weren't stored anywhere, so teachers will need to re-enter
//     them." (styles14), "Three of yours bounced because the numbers are
//     wrong (...), so those customers will need a call." (styles46), "...
//     which the OEM owns, so that part has to go through them; ..."
//     (styles10). Not "so we need a new one signed by a current director"
//     (styles45, a cause: the need is staff's and has no "to"), nor "so it
//     needed its cache cleared" (styles8): the subject is a thing or staff.
//   - The result expected of a step just taken, after "so" (styles18,
//     styles42, styles54; resultExpectedAfterSo below). styles42's row is
//     also read by a working note's path, which notCause does not gate.

// ruledOutOnly reports whether a sentence only rules a candidate cause out.
func ruledOutOnly(text string, ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		// "doesn't mean anything is wrong", "drift theory was wrong"
		if (ts[i] == "mean" && ts[i+1] == "anything" && i > 0 && negations.at(ts, i-1)) ||
			(ts[i] == "theory" && (ts[i+1] == "was" || ts[i+1] == "is") && ts[i+2] == "wrong") {
			return true
		}
	}
	// "Nothing at your end was wrong." as the whole sentence.
	if len(ts) >= 4 && len(ts) <= 8 && ts[0] == "nothing" && ts[len(ts)-1] == "wrong" {
		return true
	}
	open, rest := openingClause(text)
	var buf [16]string // the words stay here: no allocation for most clauses
	oc := tokens(open, buf[:0])
	n := len(oc)
	if n < 2 || n > 10 {
		return false
	}
	dismissed := false
	switch {
	case oc[n-1] == "it" && (oc[n-2] == "isn't" || oc[n-2] == "wasn't" || n > 2 && oc[n-2] == "not" && (oc[n-3] == "is" || oc[n-3] == "was")):
		dismissed = true
	case oc[n-1] == "unrelated" && (oc[n-2] == "is" || oc[n-2] == "was" || oc[n-2] == "are" || oc[n-2] == "were"):
		dismissed = true
	default:
		for i := 0; i+2 < n; i++ {
			if (oc[i] == "aren't" || oc[i] == "isn't" || oc[i] == "wasn't" || oc[i] == "weren't") &&
				oc[i+1] == "a" && oc[i+2] == "result" {
				dismissed = true
			}
		}
	}
	if !dismissed {
		return false
	}
	for _, w := range tokens(rest, buf[:0]) {
		switch w {
		case "because", "due", "caused", "but", "instead", "it's", "that's", "which", "cause":
			return false
		}
	}
	return true
}

// openingClause splits a sentence at its first dash, bracket, colon,
// semicolon or comma: the clause before and the text after. One pass over
// the bytes (round 248): the first byte at which any separator starts is the
// least of the separators' indexes, which seven strings.Index calls over the
// whole sentence found before (openingClauseIndexes, in the test, is that
// form, and TestOpeningClauseOnePass compares the two).
func openingClause(text string) (string, string) {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '(', ':', ';', ',':
			return text[:i], text[i:]
		case ' ':
			if r := text[i+1:]; strings.HasPrefix(r, "- ") || strings.HasPrefix(r, "– ") || strings.HasPrefix(r, "— ") {
				return text[:i], text[i:]
			}
		}
	}
	return text, ""
}

// workLeftAfterSo reports whether the last "so" of a sentence opens work left
// to people: "please", or within four words a subject that is not "it",
// "we" or "I" and "need(s) to", "will need", "have to", "has to" or "must".
func workLeftAfterSo(ts []string) bool {
	k := lastSoClause(ts)
	if k < 0 {
		return false
	}
	if ts[k+1] == "please" {
		return true
	}
	switch ts[k+1] {
	case "it", "we", "i", "this", "you've", "we've", "they've", "it's", "there's":
		return false
	}
	for j := k + 2; j < len(ts) && j <= k+4; j++ {
		switch ts[j] {
		case "must":
			return true
		case "need", "needs":
			if j+1 < len(ts) && ts[j+1] == "to" || ts[j-1] == "will" {
				return true
			}
		case "have", "has":
			if j+1 < len(ts) && ts[j+1] == "to" {
				return true
			}
		}
	}
	return false
}

// resultExpectedAfterSo reports whether the last "so" of a sentence opens the
// result expected of a step just taken, not the harm a cause did: "will now"
// within its first twelve words ("Done - the key ending 7QX was revoked at
// 11:05 today, so any call made with it will now get a 401.", styles18),
// "should" with "now" or "again" after it ("The old setting is back on at
// network level as of 11:40, so the iPhone 8s and anything else still on the
// old profile should have data again now", styles42), or "the next" opening
// it ("Bank's contact list now points at the platform team DL instead of the
// old ops mailbox, so the next rotation notice reaches us.", styles54). A
// fault that will go on is told without "now" ("Your jobs ask for 500 GB, so
// they will wait forever.", styles4); "so every call now gets a 401" tells
// the harm (styles43, after "which is why").
func resultExpectedAfterSo(ts []string) bool {
	k := lastSoClause(ts)
	if k < 0 {
		return false
	}
	if k+2 < len(ts) && ts[k+1] == "the" && ts[k+2] == "next" {
		return true
	}
	for j := k + 1; j+1 < len(ts) && j <= k+12; j++ {
		switch ts[j] {
		case "will":
			if ts[j+1] == "now" {
				return true
			}
		case "should":
			for _, w := range ts[j+1:] {
				if w == "now" || w == "again" {
					return true
				}
			}
		}
	}
	return false
}
