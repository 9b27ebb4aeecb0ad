package reader

import "strings"

// A workaround offered while the fault is looked into is a fix for the
// reader, not the cause, whatever it says about how it works: "While we look
// into it, carers can choose \"Start without location\" and pick the reason
// \"client moved / address issue\", which lets them log the call and stops the
// missed-call alert." (styles75 07-ecm-out-of-area, labelled fix),
// "Vendor workaround: split the clip into parts under 2h before redacting, then
// redact and export each part separately." (styles54 18-redaction-export-rx507,
// labelled fix), "The app's £100 minimum is a known problem in the latest app
// version, and you can set any amount on the website in the meantime."
// (styles63 08, labelled fix). cause_interim.go refuses the measure that opens
// with "in the meantime"; this one the measure told while the writer looks,
// named a workaround by a label, or closed by "in the meantime" after "can".
// A word of reason keeps the cause ("While we look into it: the sync stopped
// because the disk filled"), and a workaround named inside a cause is not a
// label ("EFB-0118 was reinstalled by hand yesterday (vendor workaround),
// which wiped the activation code", styles7, a cause).
//
// Written in round 72 (docs/quality.md, "Round 72"): 3 false causes on tuning
// (styles54, 63, 75), no true one.

// workaroundOffered reports whether a sentence offers a workaround: it opens
// "while we look into/investigate/work on/fix ...", or has "workaround:" in
// its first three words, or ends on "in the meantime" with "can" or "could"
// before it; and it has no "because", "due to" or "caused by".
func workaroundOffered(text string, ts []string) bool {
	if len(ts) < 4 {
		return false
	}
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] == "because" || (ts[k] == "due" && ts[k+1] == "to") || (ts[k] == "caused" && ts[k+1] == "by") {
			return false
		}
	}
	if ts[0] == "while" && ts[1] == "we" {
		switch ts[2] {
		case "look", "investigate", "work", "fix", "check", "sort", "chase", "wait", "dig", "find",
			"looking", "investigating", "working", "fixing", "checking", "sorting", "chasing", "waiting":
			return true
		}
	}
	if strings.IndexByte(text, ':') >= 0 { // no rune but ':' lowers to ':'
		low := strings.ToLower(text)
		if i := strings.Index(low, "workaround:"); i >= 0 && len(strings.Fields(low[:i])) <= 2 {
			return true
		}
	}
	n := len(ts)
	if ts[n-3] == "in" && ts[n-2] == "the" && ts[n-1] == "meantime" {
		for _, w := range ts[:n-3] {
			if w == "can" || w == "could" {
				return true
			}
		}
	}
	return false
}
