package analysis

import (
	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// read fills the facts that come from reading the messages (package reader):
// the causes, fixes and estimates staff stated, the first restoration, the
// customer's chases, and the customer's own statement of the problem and of
// its business impact. Automatic messages say nothing here.
func (f *Facts) read(t *ticket.Ticket, rd *reader.Reading, st *sla.Stats) {
	for mi := range rd.Messages {
		m := &rd.Messages[mi]
		e := &t.Events[m.Event]
		if m.Automatic || (t.Closed() && e.At.After(t.ClosedAt)) {
			continue
		}
		staff := e.Role == ticket.RoleAgent
		chased := false
		whenAsked := false
		for _, sn := range m.Sentences {
			whenAsked = whenAsked || askedWhen(sn.Text)
		}
		for _, sn := range m.Sentences {
			q := Quote{At: e.At, Role: e.Role, Public: e.Public, Text: clip(sn.Text), Match: sn.Acts.String(), Event: EventID(m.Event)}
			switch {
			case staff && sn.Acts&reader.Cause != 0 && len(f.Causes) < maxQuotesPerList:
				f.Causes = append(f.Causes, q)
			}
			// A fix promised for later ("we expect a fix by 12:00") is an estimate, not a step taken.
			if staff && sn.Acts&reader.Fix != 0 && sn.Acts&reader.Estimate == 0 && len(f.Fixes) < maxQuotesPerList {
				f.Fixes = append(f.Fixes, q)
			}
			if staff && e.Public && sn.Acts&reader.Estimate != 0 && len(f.Estimates) < maxQuotesPerList {
				f.Estimates = append(f.Estimates, q)
			}
			if sn.Acts&reader.Restored != 0 && f.Restored == nil && (e.Public || staff) && mi != rd.Opening &&
				(staff || len(f.Fixes) > 0 || confirms(sn.Text)) {
				r := q
				f.Restored = &r
				f.Impact.Restored = true
				f.Impact.End = e.At
			}
			if e.Role == ticket.RoleCustomer && e.Public && mi == rd.Opening {
				if f.Opening == nil && len(sn.Text) > 15 {
					o := q
					f.Opening = &o
				}
				if sn.Acts&reader.Problem != 0 && f.Problem == nil {
					p := q
					f.Problem = &p
				}
				if sn.Acts&reader.Impact != 0 && f.BusinessImpact == nil {
					p := q
					f.BusinessImpact = &p
				}
			}
			if e.Role == ticket.RoleCustomer && e.Public && mi != rd.Opening && sn.Acts&reader.Chase != 0 && !chased {
				chased = true
				f.addChase(t, m.Event, q, sn, st, whenAsked)
			}
		}
	}
}

// addChase records a customer's request for news and how long it waited.
func (f *Facts) addChase(t *ticket.Ticket, i int, q Quote, sn reader.Sentence, st *sla.Stats, whenAsked bool) {
	e := &t.Events[i]
	c := Chase{Quote: q}
	c.AskedWhen = whenAsked || askedWhen(sn.Text)
	for j := i + 1; j < len(t.Events); j++ {
		if n := &t.Events[j]; n.IsPublicAgentMessage() && (!t.Closed() || !n.At.After(t.ClosedAt)) {
			c.AnsweredAt = n.At
			break
		}
	}
	until := c.AnsweredAt
	if until.IsZero() {
		until = t.ClosedAt
	}
	if !until.IsZero() {
		c.Wait = until.Sub(e.At)
		c.WaitBusiness = sla.NewClock(st.Policy.Calendar, st.Pauses).Between(e.At, until)
	}
	f.Chases = append(f.Chases, c)
}

// confirms reports whether a customer's sentence confirms a restoration in
// itself ("it works now", "fixed, thanks"), rather than answering a question
// about what still works ("web access works fine").
func confirms(s string) bool {
	_, ok := confirmWords.find(lower(s))
	return ok
}

var confirmWords = newMatcher([]string{"now", "again", "fixed", "resolved", "solved", "back", "thank*", "thanks", "confirm*"})

var askWhen = newMatcher([]string{"when will", "when can", "how long", "eta", "what time", "by when", "estimate", "expected date"})

func askedWhen(s string) bool {
	_, ok := askWhen.find(lower(s))
	return ok
}
