package analysis

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// maxQuotesPerList bounds each list of quotes, so a very long ticket gives a readable report.
const maxQuotesPerList = 8

func computeFacts(t *ticket.Ticket, st *sla.Stats, s *Settings) Facts {
	f := Facts{
		TicketID:    t.ID,
		Subject:     t.Subject,
		Customer:    t.Customer.Name,
		Contact:     t.Customer.Contact,
		Priority:    t.Priority,
		Team:        t.Team,
		CreatedAt:   t.CreatedAt,
		ClosedAt:    t.ClosedAt,
		CloseReason: t.CloseReason,
		AutoClosed:  t.Closed() && t.AutoClosed(),
		Timezone:    st.Policy.Calendar.Location().String(),
		Stats:       st.Report(),
	}
	for _, l := range t.Links {
		if l.Kind == "" || strings.EqualFold(l.Kind, "internal") {
			f.InternalLinks = append(f.InternalLinks, l.ID)
		}
	}
	kw := &s.Keywords
	urgency, chase := newMatcher(kw.Urgency), newMatcher(kw.Chase)
	cause, fix := newMatcher(kw.Cause), newMatcher(kw.Fix)
	restored, estimate := newMatcher(kw.Restored), newMatcher(kw.Estimate)
	negation := newMatcher(kw.Negation)
	causeUnknown := newMatcher(kw.CauseUnknown)
	askWhen := newMatcher([]string{"when will", "when can", "how long", "eta", "what time", "by when", "estimate"})

	opening := -1
	for i := range t.Events {
		if t.Events[i].IsPublicCustomerMessage() {
			opening = i
			break
		}
	}

	prio := ""
	var firstPrio bool
	for i := range t.Events {
		e := &t.Events[i]
		if t.Closed() && e.At.After(t.ClosedAt) {
			break
		}
		switch e.Kind {
		case ticket.KindPriority:
			if !firstPrio {
				firstPrio = true
				if prio == "" {
					prio = e.Priority
					continue
				}
			}
			if e.Priority != prio {
				f.PriorityChanges = append(f.PriorityChanges, PriorityChange{At: e.At, From: prio, To: e.Priority, Raised: moreUrgent(e.Priority, prio)})
			}
			prio = e.Priority
			continue
		case ticket.KindState:
			continue
		}
		switch {
		case e.Role == ticket.RoleSystem:
			f.Messages.System++
			continue
		case !e.Public:
			f.Messages.Internal++
		case e.Role == ticket.RoleCustomer:
			f.Messages.Customer++
		case e.Role == ticket.RoleAgent:
			f.Messages.Agent++
		}
		switch e.Role {
		case ticket.RoleCustomer:
			if !e.Public {
				continue
			}
			if i == opening {
				for _, sn := range sentences(limitBody(e.Body)) {
					if len(f.Urgency) >= maxQuotesPerList {
						break
					}
					if w, ok := urgency.find(strings.ToLower(sn)); ok {
						f.Urgency = append(f.Urgency, Quote{At: e.At, Role: e.Role, Public: true, Text: clip(sn), Match: w})
					}
				}
				continue
			}
			lower := strings.ToLower(limitBody(e.Body))
			if w, ok := chase.find(lower); ok {
				c := Chase{Quote: Quote{At: e.At, Role: e.Role, Public: true, Text: chaseSentence(e.Body, chase), Match: w}}
				_, c.AskedWhen = askWhen.find(lower)
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
		case ticket.RoleAgent:
			for _, sn := range sentences(limitBody(e.Body)) {
				if strings.HasSuffix(sn, "?") {
					continue // a question ("did we find the root cause?") states nothing
				}
				lower := strings.ToLower(sn)
				q := Quote{At: e.At, Role: e.Role, Public: e.Public, Text: clip(sn)}
				if w, ok := cause.find(lower); ok && len(f.Causes) < maxQuotesPerList {
					if _, unknown := causeUnknown.find(lower); !unknown {
						q.Match = w
						f.Causes = append(f.Causes, q)
					}
				}
				if w, ok := fix.find(lower); ok && len(f.Fixes) < maxQuotesPerList {
					q.Match = w
					f.Fixes = append(f.Fixes, q)
				}
				if !e.Public {
					continue
				}
				if w, ok := estimate.find(lower); ok && len(f.Estimates) < maxQuotesPerList {
					if _, neg := negation.find(lower); !neg {
						q.Match = w
						f.Estimates = append(f.Estimates, q)
					}
				}
				if w, ok := restored.find(lower); ok && f.Restored == nil {
					if _, neg := negation.find(lower); !neg {
						q.Match = w
						f.Restored = &q
						f.Impact.Restored = true
						f.Impact.End = e.At
					}
				}
			}
		}
	}
	// Urgency in the subject counts after the opening message's own words.
	if w, ok := urgency.find(strings.ToLower(t.Subject)); ok && t.Subject != "" && len(f.Urgency) < maxQuotesPerList {
		f.Urgency = append(f.Urgency, Quote{At: t.CreatedAt, Role: ticket.RoleCustomer, Public: true, Text: clip(t.Subject), Match: w})
	}
	f.Factors = classify(f.Causes, kw.Factors)
	f.Impact.Start = t.CreatedAt
	if !f.Impact.Restored {
		f.Impact.End = t.ClosedAt
	}
	if !f.Impact.End.IsZero() {
		f.Impact.Duration = f.Impact.End.Sub(f.Impact.Start)
	}
	if rate, src := costRate(&s.Costs, t); rate > 0 {
		f.Impact.CostPerH = rate
		f.Impact.Currency = s.Costs.Currency
		f.Impact.CostSource = src
		// Whole currency units, truncated: cost = rate * seconds / 3600.
		f.Impact.Cost = rate * int64(f.Impact.Duration/time.Second) / 3600
	}
	return f
}

// limitBody keeps analysis time bounded on huge bodies: statements that matter
// are in the first 64 KiB of a message.
func limitBody(s string) string {
	const limit = 64 << 10
	if len(s) > limit {
		return s[:limit]
	}
	return s
}

func chaseSentence(body string, chase matcher) string {
	for _, sn := range sentences(limitBody(body)) {
		if _, ok := chase.find(strings.ToLower(sn)); ok {
			return clip(sn)
		}
	}
	return firstSentence(body)
}

// classify assigns each cause statement the factor categories its words show;
// with no cause statement at all the factor is unknown.
func classify(causes []Quote, words map[FactorCategory][]string) []Factor {
	order := []FactorCategory{FactorTechnical, FactorProcess, FactorMonitoring, FactorThirdParty}
	matchers := make([]matcher, len(order))
	for i, c := range order {
		matchers[i] = newMatcher(words[c])
	}
	var out []Factor
	seen := map[FactorCategory]bool{}
	for i := range causes {
		lower := strings.ToLower(causes[i].Text)
		for j, c := range order {
			if seen[c] {
				continue
			}
			if _, ok := matchers[j].find(lower); ok {
				seen[c] = true
				q := causes[i]
				out = append(out, Factor{Category: c, Evidence: &q})
			}
		}
	}
	if len(out) == 0 {
		out = append(out, Factor{Category: FactorUnknown})
	}
	slices.SortStableFunc(out, func(a, b Factor) int { return slices.Index(order, a.Category) - slices.Index(order, b.Category) })
	return out
}

func costRate(c *Costs, t *ticket.Ticket) (int64, string) {
	if r, ok := c.ByCustomer[t.Customer.Name]; ok && t.Customer.Name != "" {
		return r, "customer"
	}
	if r, ok := c.ByPriority[t.Priority]; ok {
		return r, "priority " + t.Priority
	}
	return 0, ""
}

// moreUrgent reports whether priority a is more urgent than b: P1 over P2,
// critical over high over normal over low. Unknown names compare as equal.
func moreUrgent(a, b string) bool {
	ra, oka := rank(a)
	rb, okb := rank(b)
	return oka && okb && ra < rb
}

func rank(p string) (int, bool) {
	l := strings.ToLower(strings.TrimSpace(p))
	if len(l) >= 2 && l[0] == 'p' {
		if n, err := strconv.Atoi(l[1:]); err == nil {
			return n, true
		}
	}
	names := []string{"blocker", "critical", "urgent", "highest", "high", "medium", "normal", "low", "lowest", "trivial"}
	if i := slices.Index(names, l); i >= 0 {
		return i, true
	}
	return 0, false
}
