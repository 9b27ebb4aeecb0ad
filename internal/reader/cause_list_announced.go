package reader

import "strings"

// Round 107: a sentence that announces what follows it is no cause. Staff
// open a list, a pasted record or a set of changes with a line ending on a
// colon: "regarding the root cause we have 2 parts below :", "here is the
// one ph_item that we found in the old ph_technical, similar to the case:",
// "we did following changes to the batch to correct the workflow and restart
// the ph_technical service, after which the message was consumed:". The
// words of a cause or a fault in the announcement ("root cause", "the case")
// make the rules or the model read a cause the next lines would give, if
// any. Counted on the Mendeley tuning splits (dev, heldout, fresh;
// `-r107dump`, not committed): 3 false cause rows in 3 tickets (heldout
// 1010047 13.1, dev 1007408 16.2, dev 1005549 17.2), no true one, and 152
// more staff announcements read as no cause, none labelled one. On the styles
// tuning sets (styles to styles90) four staff sentences have the shape, none
// labelled or read a cause; the true causes there that end on a colon state
// the cause before it ("The reason is the Sage update released last week:",
// styles45 01; "Your two scrubs cages were loaded on to the wrong van at the
// plant:", styles33 17) and hold no word of announcing.
//
// The shape: the sentence ends on a colon (perhaps after a closing bracket)
// and holds "below", "following" or "follows" (not "as shown below", "as
// below", which point at evidence for a claim the sentence makes: "the
// problem on the account category, and sub-category, as shown below:",
// fresh 1004526 3.2, labelled a cause), or "here is/are", "here's"; and no
// "because" or "due". Refused in notCause, so the model is bound by it too
// (modelVeto). Cheap test first: the last byte a colon.

// listAnnounced reports whether a sentence announces the list or record
// that follows it.
func listAnnounced(text string, ts []string) bool {
	t := strings.TrimRight(text, " \t\r\n)")
	if !strings.HasSuffix(t, ":") || len(ts) < 2 {
		return false
	}
	ann := false
	for i, w := range ts {
		switch w {
		case "because", "due":
			return false
		case "below", "following", "follows":
			if i > 0 && ts[i-1] == "as" || i > 1 && ts[i-2] == "as" && ts[i-1] == "shown" {
				continue
			}
			ann = true
		case "here's":
			ann = true
		case "here":
			ann = ann || i+1 < len(ts) && (ts[i+1] == "is" || ts[i+1] == "are")
		}
	}
	return ann
}
