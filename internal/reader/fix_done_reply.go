package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// A customer told to take a step answers with the word "done" and, at most,
// what they saw: "Done.", "ok done, vents opening", "done, same.", "Done
// that, it printed BATCH ACCEPTED". The step staff asked for is then taken: a
// fix, whether or not it helped (an attempt counts as one). Without a step
// asked or a remedy reported before (Context.AfterRemedy), "done" answers
// something else ("done, I've sent you the logs" after a request for logs is
// not read here: stepAsked refuses requests for information).

// doneLeads may come before "done": an assent.
var doneLeads = map[string]bool{"ok": true, "okay": true, "yes": true, "yep": true, "right": true, "all": true,
	"alright": true, "thanks": true}

// customerDone reports whether a customer's reply after a step asked opens
// with "done" (after an assent), not asked ("done?"), not a plan ("done by
// Friday", "will be done"), not hedged.
func customerDone(text string, sc *scan, c Context) bool {
	ts := sc.ts
	if c.Role != ticket.RoleCustomer || !c.AfterRemedy || c.Opening || strings.HasSuffix(strings.TrimSpace(text), "?") {
		return false
	}
	k := 0
	for k < len(ts) && k < 2 && doneLeads[ts[k]] {
		k++
	}
	if k >= len(ts) || ts[k] != "done" {
		return false
	}
	if k+1 < len(ts) && (ts[k+1] == "by" || ts[k+1] == "yet" || ts[k+1] == "soon") {
		return false // "done by Friday": a plan
	}
	return !hedges.hasIn(sc) && !fixFuture.hasIn(sc)
}
