package reader

import "strings"

// Closing the ticket or the change "as" something is no fix taken: one of
// the shapes staff write that name a remedy without taking one. Refused among
// classify's refusals and in modelRefusesFix, so neither the rules nor the
// model read it as the fix.
//
// Closing the ticket or the change "as" something. The closing note names
// what was done only as the reason for closing: "Closing as duplicate of
// #1460; ..." (styles), "Closing K8S-20904 as implemented." (styles7),
// "Closing the ticket as service is restored." (styles11), "Closing as
// rolled back." (styles26), "Closing the change as completed with one
// incident ..." (styles39), "Closing the change as implemented with
// incident; ..." (styles52), "Closing the change as implemented with one
// issue (..., fixed same morning)." (styles53); and "Closing; problem record
// PRB-0311 tracks the 5.2.3 app fix." (styles52), with nothing after the
// semicolon done by the writer. All labelled closing, none a fix. Not
// "Closing this; I've also added the calibration run to the pump-swap
// checklist ..." (styles35, a fix: a step after the semicolon), nor
// "Closing the browser app completely and reopening it should be enough."
// (styles, an instruction: no "as").
//
// Written in round 47 (docs/quality.md, "Round 47").

// closingAs reports whether a sentence opens with "Closing" and says what
// the ticket or change is closed as within its next four words, or opens
// "Closing;" with no "I"/"we" after the semicolon; with text "" (the model
// guard), "Closing;" is not seen.
func closingAs(text string, ts []string) bool {
	if len(ts) < 2 || ts[0] != "closing" {
		return false
	}
	for _, w := range ts[1:min(len(ts), 5)] {
		if w == "as" {
			return true
		}
	}
	t := strings.TrimSpace(text)
	if len(t) > 8 && t[7] == ';' {
		switch ts[1] {
		case "i", "we", "i've", "we've", "i'll", "we'll", "i'm", "we're":
			return false
		}
		return true
	}
	return false
}
