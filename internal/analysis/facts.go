package analysis

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// maxQuotesPerList bounds each list of quotes, so a very long ticket gives a readable report.
const maxQuotesPerList = 8

func computeFacts(t *ticket.Ticket, st *sla.Stats, s *Settings) (Facts, *reading) {
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
	urgency := newMatcher(kw.Urgency)
	rd := newReading(t, reader.Read(t, &reader.Options{AutomaticAuthors: s.AutomaticAuthors}))

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
		case rd.automatic(i):
			f.Messages.Automatic++
			continue
		case !e.Public:
			f.Messages.Internal++
		case e.Role == ticket.RoleCustomer:
			f.Messages.Customer++
		case e.Role == ticket.RoleAgent:
			f.Messages.Agent++
		}
		if e.Role == ticket.RoleCustomer && e.Public && i == opening {
			for _, sn := range rd.sentences(i, e.Body) {
				if len(f.Urgency) >= maxQuotesPerList {
					break
				}
				if w, ok := findUrgency(urgency, lower(sn)); ok {
					f.Urgency = append(f.Urgency, Quote{At: e.At, Role: e.Role, Public: true, Text: clip(sn), Match: w, Event: EventID(i)})
				}
			}
		}
	}
	f.Type = t.Type
	f.TypeInferred, f.typeFallback = false, false
	if f.Type == "" {
		// The ticket's own type is authoritative; without one, the reader
		// weighs its subject, its opening and whether staff state a cause.
		var voted bool
		f.Type, voted = reader.InferTicketTypeVoted(t, rd.Reading)
		f.TypeInferred, f.typeFallback = true, !voted
	}
	f.read(t, rd.Reading, st)
	f.causeTold(t, rd)
	// Urgency in the subject counts after the opening message's own words.
	// The subject is the words of whoever opened the ticket: a monitoring
	// system's alert ("PROBLEM: hf-pipe01/reduce_queue is CRITICAL") or staff's
	// note of a call is no customer's description of the situation.
	if w, ok := subjectUrgency(urgency, strings.ToLower(t.Subject)); ok && t.Subject != "" && len(f.Urgency) < maxQuotesPerList {
		role := ticket.RoleCustomer
		switch {
		case machineOpened(t, rd.Reading) >= 0:
			role = ticket.RoleSystem
		case staffOpened(t, rd.Reading) >= 0:
			role = ticket.RoleAgent
		}
		f.Urgency = append(f.Urgency, Quote{At: t.CreatedAt, Role: role, Public: true, Text: clip(t.Subject), Match: w})
	}
	// The main cause is a factor's first evidence, the others in order.
	f.mainCause = memoMainCause(&f)
	causes := f.Causes
	if k := f.MainCause(false); k > 0 {
		causes = slices.Concat(f.Causes[k:k+1], f.Causes[:k], f.Causes[k+1:])
	}
	f.Factors = classify(causes, kw.Factors)
	f.requestOpening(t, rd.Reading)
	f.workNoteProblem(t, rd.Reading)
	f.workProblem(t, rd.Reading)
	f.restoredAfterLater(t, rd.Reading)
	// Impact runs from the opening to the statement that the service was
	// restored (the first, or the first after a later problem:
	// restoredAfterLater; a fix reported working, or the customer's
	// confirmation); without one it is unknown, never the ticket's whole life.
	f.Impact.Start = t.CreatedAt
	if f.Impact.Restored {
		f.Impact.Duration = f.Impact.End.Sub(f.Impact.Start)
	}
	// A cost of downtime is an outage's: a request, a change or a question
	// has none, and its report says so ("This ticket is a question, not an
	// outage"), which a cost beside it would contradict.
	if rate, src := costRate(&s.Costs, t); rate > 0 && (f.Type == "" || f.Type == ticket.TypeIncident) {
		f.Impact.CostPerH = rate
		f.Impact.Currency = s.Costs.Currency
		f.Impact.CostSource = src
		// Whole currency units, truncated: cost = rate * seconds / 3600.
		f.Impact.Cost = rate * int64(f.Impact.Duration/time.Second) / 3600
	}
	return f, rd
}

// maxReadBody is the most of a message body the analysis reads (as the reader does).
const maxReadBody = 64 << 10

// limitBody keeps analysis time bounded on huge bodies: statements that matter
// are in the first 64 KiB of a message.
func limitBody(s string) string {
	if len(s) > maxReadBody {
		return s[:maxReadBody]
	}
	return s
}

// classify assigns each cause statement the factor categories its words show;
// a cause that shows none is unclassified (the main cause, causes[0], as its
// evidence), and with no cause statement at all the factor is unknown.
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
	switch {
	case len(out) > 0:
	case len(causes) > 0:
		// A cause stated in words none of the categories name is still the
		// cause: the row shows it, and never says the ticket states none.
		q := causes[0]
		out = append(out, Factor{Category: FactorUnclassified, Evidence: &q})
	default:
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
