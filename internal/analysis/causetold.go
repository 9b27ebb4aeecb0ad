package analysis

import (
	"slices"
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// reasonWords give a reason in a staff message to the customer: "because",
// "came from", "was our doing". Narrower than the settings' cause keywords
// ("failed", "broke"), which a step or a symptom uses as often.
var reasonWords = newMatcher([]string{"because", "caused by", "was caused", "due to", "came from", "was our doing",
	"the reason", "root cause", "the culprit", "turned out",
	// techreview3: seven more reports said the cause was "not explained to
	// the customer" beside an update that explained it: "that one is down to
	// the change I made" (styles21 BL-20502), "it's down to last night's
	// update" (styles39 NLI-77310), "this was a mistake in how I set up the
	// new tariff" (styles21 VPS-44230), "which is what happened to yours"
	// (styles53 TDF-1184). Not "which is why": it gives the reason for a
	// side fact as often ("…, which is why they were unaffected", styles32
	// RES-4388).
	"a mistake in", "which is what happened"})

// downTo gives a reason: "it's down to last night's update", not "the
// queue is down to 12".
var downTo = []string{"is down to ", "it's down to ", "it’s down to ", "was down to "}

// reasonIn reports whether s gives a reason in a reasonWords form, or says
// what something was down to.
func reasonIn(s string) bool {
	l := strings.ToLower(s)
	if _, ok := reasonWords.find(l); ok {
		return true
	}
	for _, p := range downTo {
		if i := strings.Index(l, p); i >= 0 {
			switch strings.Fields(l[i+len(p):] + " x")[0] {
			case "the", "our", "your", "their", "my", "last", "this", "that", "an", "a":
				return true
			}
		}
	}
	return false
}

// causeTold finds, where every statement of the cause the reader read is an
// internal note, the first customer-visible staff message after the first of
// them that gives a reason in its own words, which the reader did not read as
// a cause: "The two short SSCCs came from an older label template on one of
// our packing benches" (styles37), "It took a day longer … because the
// previous occupant's debt was still stored on the meter" (styles48), "This
// morning's late feed on LG-1 was our doing: an update policy we changed on
// Monday restarted the barge PC at 3am" (styles51), "The certificate couldn't
// be issued because your domain has a CAA record …" (styles6). Seven of the 93
// reports that said the cause was "not explained to the customer" had one,
// and every one of the seven explained it. CauseTold stays nil for none.
func (f *Facts) causeTold(t *ticket.Ticket, rd *reading) {
	if len(f.Causes) == 0 || slices.ContainsFunc(f.Causes, func(q Quote) bool { return q.Public }) {
		return
	}
	first := f.Causes[0].At
	for i := range t.Events {
		e := &t.Events[i]
		if !e.IsPublicAgentMessage() || e.At.Before(first) || (t.Closed() && e.At.After(t.ClosedAt)) || rd.automatic(i) {
			continue
		}
		for _, s := range rd.sentences(i, e.Body) {
			if reasonIn(s) {
				f.CauseTold = &Quote{At: e.At, Role: e.Role, Public: true, Text: clip(s), Event: EventID(i)}
				return
			}
		}
	}
}
