package factguard

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// grounding is what the ticket says, prepared for checking the claims of a
// text against it: the acts the reader found, the terms each party used, and
// the events in order.
type grounding struct {
	acts map[ActKind][]Act
	// all holds the terms of the ticket and the computed facts; customer and
	// agent those of each party's messages (internal notes are the agents');
	// cause those of the messages that state a cause.
	all, customer, agent, cause termSet
	// agentPublic holds the terms of the team's messages the customer saw.
	agentPublic termSet
	// customerNames are the customer's organisation and people, lower-cased.
	customerNames []string
	// statedCounts are the "number noun" pairs of the ticket's text ("two laptops").
	statedCounts map[string]bool
	// words are the lower-cased words of the ticket and the facts, for names.
	words map[string]bool
	// fixWords says a message speaks of a fix or restoration in any words.
	fixWords bool
	// ordered are the events of each kind in order, for "the third update".
	ordered map[string][]time.Time
	// days are the local days on which something happened, for weekdays and "the next morning".
	days       map[civilDay][]time.Time
	autoClosed bool
	// escalatedInText says a message of the team speaks of escalating.
	escalatedInText bool
}

// civilDay is a calendar day in the report's zone.
type civilDay struct {
	y int
	m time.Month
	d int
}

func dayOf(t time.Time) civilDay {
	y, m, d := t.Date()
	return civilDay{y, m, d}
}

func (d civilDay) time(loc *time.Location) time.Time {
	return time.Date(d.y, d.m, d.d, 12, 0, 0, 0, loc)
}

func (f *Facts) collectGrounding(in Input) {
	g := &f.ground
	a := in.Analysis
	r := in.Reader
	if r == nil {
		r = AnalysisReader{}
	}
	g.acts = map[ActKind][]Act{}
	for _, act := range r.Acts(in.Ticket, a) {
		g.acts[act.Kind] = append(g.acts[act.Kind], act)
	}
	g.all, g.customer, g.agent, g.cause, g.agentPublic = termSet{}, termSet{}, termSet{}, termSet{}, termSet{}
	g.all.add(f.corpus)
	g.words = map[string]bool{}
	eachWord(f.corpus, func(w string) {
		g.words[w] = true
		if strings.ContainsAny(w, "-'") {
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' }) {
				g.words[p] = true
			}
		}
	})
	for _, ac := range a.Actions {
		g.all.add(ac.Title)
	}
	fc := &a.Facts
	g.autoClosed = fc.AutoClosed
	g.addCustomerName(fc.Contact)
	g.addCustomerName(fc.Customer)
	g.statedCounts = statedCounts(f.corpus)
	causeAt := map[time.Time]bool{}
	for _, act := range g.acts[ActCause] {
		causeAt[act.At] = true
		g.cause.add(act.Text)
	}
	g.ordered = map[string][]time.Time{}
	g.days = map[civilDay][]time.Time{}
	for _, in := range f.instants {
		lt := in.t.In(f.loc)
		g.days[dayOf(lt)] = append(g.days[dayOf(lt)], lt)
	}
	if t := in.Ticket; t != nil {
		g.customer.add(fc.Subject)
		firstAgent := firstAgentMessage(t)
		for _, e := range t.Events {
			if e.Kind != ticket.KindMessage {
				continue
			}
			switch e.Role {
			case ticket.RoleCustomer:
				g.customer.add(e.Body)
				g.addCustomerName(e.Author)
				g.ordered["customer message"] = append(g.ordered["customer message"], e.At)
			case ticket.RoleSystem:
				g.ordered["automatic"] = append(g.ordered["automatic"], e.At)
			case ticket.RoleAgent:
				g.agent.add(e.Body)
				if strings.Contains(strings.ToLower(e.Body), "escalat") {
					g.escalatedInText = true
				}
				if e.Public {
					g.agentPublic.add(e.Body)
				}
				if e.Public {
					g.ordered["update"] = append(g.ordered["update"], e.At)
				} else {
					g.ordered["note"] = append(g.ordered["note"], e.At)
				}
			}
			if causeAt[e.At] {
				g.cause.add(e.Body)
			}
			// The customer's opening words ("it works, but...") are no fix.
			if (e.Role == ticket.RoleAgent || (e.Role == ticket.RoleCustomer && !firstAgent.IsZero() && !e.At.Before(firstAgent))) && fixWordRE.MatchString(e.Body) {
				g.fixWords = true
			}
		}
	}
	for _, c := range fc.Chases {
		g.ordered["chase"] = append(g.ordered["chase"], c.Quote.At)
	}
	for _, pc := range fc.PriorityChanges {
		g.ordered["priority change"] = append(g.ordered["priority change"], pc.At)
		if pc.Raised {
			g.ordered["escalation"] = append(g.ordered["escalation"], pc.At)
		}
	}
	if st := a.Stats; st != nil {
		for _, p := range st.Pauses {
			g.ordered["pause"] = append(g.ordered["pause"], p.Start)
		}
		for _, gp := range st.Updates.Gaps {
			g.ordered["gap"] = append(g.ordered["gap"], gp.From)
		}
		for _, w := range st.Replies.Waits {
			if !w.Answered.IsZero() {
				g.ordered["reply"] = append(g.ordered["reply"], w.Answered)
			}
		}
	}
	if len(g.ordered["reply"]) == 0 {
		g.ordered["reply"] = g.ordered["update"]
	}
	for _, ts := range g.ordered {
		slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
	}
	// An estimate's own figures: the time from when it was given to a clock it names.
	for _, e := range g.acts[ActEstimate] {
		for _, m := range clockRE.FindAllStringSubmatch(e.Text, -1) {
			lt := e.At.In(f.loc)
			h, mi := atoi(m[1]), atoi(m[2])
			if m[4] != "" {
				h = to24(h, m[4])
			}
			at := time.Date(lt.Year(), lt.Month(), lt.Day(), h, mi, 0, 0, f.loc)
			f.addSpan(at.Sub(e.At), "from the estimate to the time it named", topicEstimate)
		}
		for _, m := range durRE.FindAllString(e.Text, -1) {
			if p := durPartRE.FindStringSubmatch(m); p != nil {
				v, _, _, _, ok := parseNumber(p[1])
				u, uok := unitOf(p[2])
				if ok && uok {
					f.addSpan(time.Duration(v*float64(u)), "the estimate's own figure", topicEstimate)
				}
			}
		}
	}
}

// has reports whether the reader found an act of kind k.
func (g *grounding) has(k ActKind) bool { return len(g.acts[k]) > 0 }

// addCustomerName adds a name of the customer's side, and its parts.
func (g *grounding) addCustomerName(n string) {
	n = strings.ToLower(strings.TrimSpace(n))
	if n == "" || strings.HasPrefix(n, "[") {
		return
	}
	g.customerNames = append(g.customerNames, n)
	for _, p := range strings.Fields(n) {
		if len(p) >= 3 && !commonWords[p] {
			g.customerNames = append(g.customerNames, p)
		}
	}
}

// statedCounts returns the "number noun-stem" pairs of a lower-cased text: a
// number in digits or words and the two words after it.
func statedCounts(corpus string) map[string]bool {
	out := map[string]bool{}
	words := strings.FieldsFunc(corpus, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	})
	for i, w := range words {
		n, ok := numberWords[w]
		if !ok {
			if w == "" || w[0] < '0' || w[0] > '9' {
				continue
			}
			n = atoi(w)
		}
		for _, next := range words[i+1 : min(len(words), i+3)] {
			out[fmt.Sprint(n, " ", stem(next))] = true
		}
	}
	return out
}
