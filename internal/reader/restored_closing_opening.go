package reader

import "strings"

// Round 255: staff's sentence that opens on "Closing" is the closing notice,
// labelled closing; the state it gives is the reason for closing, not a
// restoration told: "Closing this ticket as the incident is resolved; ..."
// (styles 15/9), "Closing the ticket as service is restored." (11 04/9),
// "Closing - no further failures overnight." (69 08/8), "Closing this one,
// all drivers have been fine since yesterday morning." (85 01/10), "Closing -
// replacement set received and confirmed." (92 17/7) were read restored.
// Over every tuning set: 5 false restorations in 5 sets, no restoration read
// right opens so (the state told first and the closing after it stays: "All
// sorted then - closing this one, thanks Mei.", styles30 16/9). Round 129's
// closingOnly takes the notice with no state in it.

// closingOpening reports whether a sentence (text, ts its tokens) opens on
// "Closing" followed by "this", "the ticket/case/request/change/incident",
// or a dash, comma or colon.
func closingOpening(text string, ts []string) bool {
	if len(ts) < 3 || ts[0] != "closing" {
		return false
	}
	end := tokenEnd(text, ts, 0)
	rest := ""
	if end > 0 {
		rest = strings.TrimLeft(text[end:], " ")
	}
	if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "\u2013") {
		return true
	}
	switch ts[1] {
	case "this":
		return true
	case "the":
		switch ts[2] {
		case "ticket", "case", "request", "change", "incident":
			return true
		}
	}
	return false
}
