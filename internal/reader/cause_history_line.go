package reader

import "unicode"

// A record's history quoted as evidence is no cause: staff copy a line from
// a thing's history under its header ("Profile history: Ferncastle
// servicing profile edited 02/09 when their new label template was
// added.", styles94 94-11; "RH-12 history: 99% every night from about
// 02:00, back down by mid-morning; same pattern before the battery swap.",
// styles98 98-13; "Asset history: OPD-LBL-02 was swapped on 3 Apr for a
// ZD421 (old unit's head failed).", styles16 02). The line is what staff
// looked at; the cause, where the writer labels one, is told in a sentence
// of its own. Read as causes by the model, labelled nothing: 0 true / 3
// false over every tuning set (round 135). The one true cause under such a
// header quotes the message the history holds ("Task history: 'logon
// failure: the user's password has expired' for svc-barriersync every run
// since Fri 00:00.", styles72), as the older writers label a quoted error
// line a cause (docs/labelling.md, "log lines and figures"): a quote after
// the header keeps the sentence.
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 135 (docs/quality.md, "Round 135").

// historyLine reports whether a sentence opens with a history's header (at
// most two words and "history", then a colon) and quotes nothing after it.
func historyLine(text string, ts []string) bool {
	k := -1
	for i := 0; i < len(ts) && i < 3; i++ {
		if ts[i] == "history" {
			k = i
			break
		}
	}
	if k < 0 {
		return false
	}
	end := tokenEnd(text, ts, k)
	if end < 0 || end >= len(text) || text[end] != ':' {
		return false
	}
	return !quoteOpens(text[end:])
}

// quoteOpens reports whether s opens a quotation: a double quote, or a
// single one not inside a word ("'logon failure ...'", not "unit's").
func quoteOpens(s string) bool {
	prev := ' '
	for _, r := range s {
		switch r {
		case '"', '\u201c':
			return true
		case '\'', '\u2018', '\u2019':
			if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
				return true
			}
		}
		prev = r
	}
	return false
}
