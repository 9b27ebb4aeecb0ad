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
var doneLeads = newWordSet(map[string]bool{"ok": true, "okay": true, "yes": true, "yep": true, "right": true, "all": true,
	"alright": true, "thanks": true})

// customerDone reports whether a customer's reply after a step asked opens
// with "done" (after an assent), not asked ("done?"), not a plan ("done by
// Friday", "will be done"), not hedged.
func customerDone(text string, sc *scan, c Context) bool {
	ts := sc.ts
	if c.Role != ticket.RoleCustomer || c.Opening || endsQuestion(text) {
		return false
	}
	if c.AfterRemedy && didReply(text, ts) {
		return formHit("fix:idid", text)
	}
	k := 0
	for k < len(ts) && k < 2 && doneLeads.has(ts[k]) {
		k++
	}
	lead := k
	for k < len(ts) && k < 3 && doneLeadsFound.has(ts[k]) {
		k++
	}
	if k >= len(ts) || ts[k] != "done" {
		return false
	}
	if k+1 < len(ts) && (ts[k+1] == "by" || ts[k+1] == "yet" || ts[k+1] == "soon") {
		return false // "done by Friday": a plan
	}
	if k > 0 && (ts[k-1] == "that's" || ts[k-1] == "thats") && k+1 < len(ts) && ts[k+1] == "it" {
		return false // "that's done it": the step worked, a restoration
	}
	if hedges.hasIn(sc) || fixFuture.hasIn(sc) {
		return false
	}
	switch {
	case !c.AfterRemedy && (k+1 < len(ts) || k > lead):
		for _, w := range ts[k+1:] {
			if doneColdResults.has(w) {
				return false // "Done, everything is working now": with no step asked, the result alone
			}
		}
		return formHit("fix:donecold", text)
	case !c.AfterRemedy:
		return false
	case k > lead:
		return formHit("fix:donefound", text)
	}
	return true
}

// doneLeadsFound may come before "done" after the assents of doneLeads: the
// step found or praised ("found it, done.", "Brilliant, that's done.").
var doneLeadsFound = newWordSet(map[string]bool{"found": true, "it": true, "brilliant": true, "perfect": true,
	"great": true, "that's": true, "thats": true})

// doneColdResults after a "done" with no remedy read before make the reply
// a result reported, a restoration, not the step asked: "Done, everything is
// working now", "done on kiosk 1, test badge is perfect".
var doneColdResults = newWordSet(map[string]bool{"working": true, "works": true, "worked": true, "fine": true,
	"back": true, "perfect": true, "good": true, "great": true, "sorted": true})

// didReply reports a customer's bare "I did" after a step asked: "i did.",
// "i did, same.", "I did like you said, ...".
func didReply(text string, ts []string) bool {
	if len(ts) < 2 || ts[0] != "i" || ts[1] != "did" {
		return false
	}
	if len(ts) > 3 && (ts[2] == "like" || ts[2] == "as") && ts[3] == "you" {
		return true
	}
	i := strings.Index(strings.ToLower(text), "did")
	rest := strings.TrimSpace(text[i+3:])
	return rest == "" || rest[0] == ',' || rest[0] == '.' || rest[0] == '!'
}
