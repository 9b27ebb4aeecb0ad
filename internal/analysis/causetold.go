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
	"the reason", "root cause", "the culprit", "turned out"})

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
			if _, ok := reasonWords.find(strings.ToLower(s)); ok {
				f.CauseTold = &Quote{At: e.At, Role: e.Role, Public: true, Text: clip(s), Event: EventID(i)}
				return
			}
		}
	}
}
