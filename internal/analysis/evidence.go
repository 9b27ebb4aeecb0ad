package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/timefmt"
)

// Sentence is one sentence of a narrative section with the sources it rests on:
// event ids ("e7", the seventh event of the ticket) and fact ids
// ("first_response", "gap:3", "cause:1", "finding:max_update_gap"). A sentence
// with no source makes no claim (a connective or a heading).
type Sentence struct {
	Section string   `json:"section"`
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
}

// Source is one piece of citable evidence: an event of the ticket or a fact or
// finding debrief computed. Sentences of the narrative name sources by ID.
type Source struct {
	ID string `json:"id"`
	// Kind is "event" for a ticket event, else the kind of fact ("fact",
	// "quote" for a sentence taken from a message, "finding", "action").
	Kind string `json:"kind"`
	// At is when the event happened, or the moment the fact is about; zero for none.
	At time.Time `json:"at,omitzero"`
	// Role is who wrote the event or the statement a fact rests on.
	Role   ticket.Role `json:"role,omitempty"`
	Public bool        `json:"public"`
	// Text is the event's message (clipped), or the fact stated in a sentence.
	Text string `json:"text"`
	// Events are the ids of the events a fact rests on.
	Events []string `json:"events,omitempty"`
}

// EventID is the citable id of the i-th event of a ticket (from 0): "e1" is the first.
func EventID(i int) string {
	if i >= 0 && i < len(eventIDs) {
		return eventIDs[i]
	}
	return "e" + strconv.Itoa(i+1)
}

// eventIDs holds the ids of the first thousand events, which an analysis names
// over and over (sources, quotes, timeline, narrative).
var eventIDs = func() []string {
	ids := make([]string, 1000)
	for i := range ids {
		ids[i] = "e" + strconv.Itoa(i+1)
	}
	return ids
}()

// EventIndex is the index of the event an id names, or -1.
func EventIndex(id string) int {
	if !strings.HasPrefix(id, "e") {
		return -1
	}
	n, err := strconv.Atoi(id[1:])
	if err != nil || n < 1 {
		return -1
	}
	return n - 1
}

// maxSourceText bounds an event's text in the stored catalogue.
const maxSourceText = 600

// Sources returns the citable evidence of a: every message, state and priority
// event of t (e1, e2 ...), then every computed fact, finding and action with
// its name. The facts are stated in sentences, each with the events it rests
// on, so a sentence citing a fact can be checked against the fact's words.
func Sources(t *ticket.Ticket, a *Analysis) []Source {
	c := &catalogue{t: t, a: a, f: &a.Facts, at: make(map[int64]int, len(t.Events)), next: make([]int, len(t.Events)), moments: map[int64]string{}}
	c.z = timefmt.In(time.UTC)
	if a.Stats != nil && a.Stats.Policy != nil && a.Stats.Policy.Calendar != nil {
		c.z = timefmt.In(a.Stats.Policy.Calendar.Location())
	}
	c.moms = c.z.MomentsOn(c.f.CreatedAt)
	// The events, some 30 facts, and one per quote, chase, factor, priority
	// change, gap, finding (and its directive) and action.
	f := &a.Facts
	n := len(t.Events) + 32 + len(f.Urgency) + len(f.PriorityChanges) + len(f.Causes) + len(f.Fixes) + len(f.Estimates) +
		len(f.Chases) + len(f.Factors) + 2*len(a.Findings) + len(a.Actions)
	if a.Stats != nil {
		n += len(a.Stats.Updates.Gaps)
	}
	c.out = make([]Source, 0, n)
	for i := range t.Events {
		e := &t.Events[i]
		k := e.At.UnixNano()
		c.next[i] = -1
		if j, ok := c.at[k]; !ok {
			c.at[k] = i
		} else {
			for c.next[j] >= 0 {
				j = c.next[j]
			}
			c.next[j] = i
		}
		text := e.Body
		switch e.Kind {
		case ticket.KindState:
			text = "State changed to " + e.State
		case ticket.KindPriority:
			text = "Priority set to " + e.Priority
		}
		c.out = append(c.out, Source{ID: EventID(i), Kind: "event", At: e.At, Role: e.Role, Public: e.Public || e.Kind != ticket.KindMessage,
			Text: clipSource(text)})
	}
	c.facts()
	return c.out
}

func clipSource(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= maxSourceText {
		return s
	}
	n := maxSourceText
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

type catalogue struct {
	t *ticket.Ticket
	a *Analysis
	f *Facts
	z timefmt.Zone
	// at is the first event at an instant, by its UnixNano; next[i] the
	// next event at the instant of event i, -1 for none (in event order).
	at   map[int64]int
	next []int
	out  []Source
	// moments caches moment: a gap's end is the next gap's start.
	moments map[int64]string
	moms    timefmt.Moments // formats moment: z.Moment(t, f.CreatedAt)
}

func (c *catalogue) moment(t time.Time) string {
	k := t.UnixNano()
	if m, ok := c.moments[k]; ok {
		return m
	}
	m := c.moms.Format(t)
	c.moments[k] = m
	return m
}

// event returns the id of the event at t with the role (any role when ""), or "".
func (c *catalogue) event(t time.Time, role ticket.Role, public bool) string {
	i, ok := c.at[t.UnixNano()]
	for ; ok && i >= 0; i = c.next[i] {
		e := &c.t.Events[i]
		if (role == "" || e.Role == role) && (!public || e.Public) {
			return EventID(i)
		}
	}
	return ""
}

func (c *catalogue) add(id, kind string, at time.Time, role ticket.Role, public bool, text string, events ...string) {
	n := 0
	for _, e := range events {
		if e != "" {
			n++
		}
	}
	var ev []string
	if n > 0 {
		ev = make([]string, 0, n)
		for _, e := range events {
			if e != "" {
				ev = append(ev, e)
			}
		}
	}
	c.out = append(c.out, Source{ID: id, Kind: kind, At: at, Role: role, Public: public, Text: text, Events: ev})
}

func (c *catalogue) quote(id string, q *Quote) {
	ev := q.Event
	if ev == "" {
		ev = c.event(q.At, q.Role, false)
	}
	c.add(id, "quote", q.At, q.Role, q.Public, q.Text, ev)
}

// TypeName names a ticket type in prose: "an incident", "a service request".
func TypeName(typ string) string {
	switch typ {
	case ticket.TypeServiceRequest:
		return "a service request"
	case ticket.TypeQuestion:
		return "a question"
	case ticket.TypeChange:
		return "a change"
	}
	return "an incident"
}

func (c *catalogue) facts() {
	f, a, st := c.f, c.a, c.a.Stats
	first := ""
	if len(c.t.Events) > 0 {
		first = EventID(0)
	}
	opened := fmt.Sprintf("The ticket %s was opened on %s", f.TicketID, c.z.Long(f.CreatedAt))
	if f.Subject != "" {
		opened += fmt.Sprintf(" with the subject \u201c%s\u201d", f.Subject)
	}
	if f.Customer != "" {
		opened += ", reported by " + f.Customer
	}
	if f.Priority != "" {
		opened += ", priority " + f.Priority
	}
	c.add("opened", "fact", f.CreatedAt, ticket.RoleCustomer, true, opened+".", first)
	if f.Contact != "" {
		// A person: the writer names the contact, a model never does (its prompt leaves this fact out).
		c.add("contact", "fact", f.CreatedAt, ticket.RoleCustomer, true, fmt.Sprintf("The ticket was reported by %s.", f.Contact), first)
	}
	if f.Customer != "" {
		c.add("customer", "fact", time.Time{}, ticket.RoleCustomer, true, "The affected customer is "+f.Customer+".", first)
	}
	if f.Priority != "" {
		c.add("priority", "fact", time.Time{}, "", true, fmt.Sprintf("The ticket closed with priority %s; severity %s.", f.Priority, f.Priority))
	} else {
		c.add("priority", "fact", time.Time{}, "", true, "No priority was set on the ticket; severity not set.")
	}
	if f.Team != "" {
		c.add("team", "fact", time.Time{}, ticket.RoleAgent, true, fmt.Sprintf("The %s team handled the ticket.", f.Team))
	}
	if len(f.InternalLinks) > 0 {
		c.add("internal_links", "fact", time.Time{}, ticket.RoleAgent, true, fmt.Sprintf("The work was coordinated through internal ticket %s.", strings.Join(f.InternalLinks, ", ")))
	} else {
		c.add("internal_links", "fact", time.Time{}, ticket.RoleAgent, true, "No internal ticket is linked to the ticket.")
	}
	c.add("timezone", "fact", time.Time{}, "", true, fmt.Sprintf("All times are in %s.", c.z.Name()))
	typ := fmt.Sprintf("debrief reads the ticket as %s.", TypeName(f.Type))
	if f.Type != "" && f.Type != ticket.TypeIncident {
		typ += fmt.Sprintf(" This ticket is %s, not an outage: no duration of impact applies; no technical diagnosis was needed; no root cause analysis applies; the review summarises its handling rather than an investigation.", TypeName(f.Type))
	}
	c.add("type", "fact", time.Time{}, "", true, typ)
	if !f.ClosedAt.IsZero() {
		c.add("closed", "fact", f.ClosedAt, "", true, fmt.Sprintf("The ticket was closed%s on %s, %s after it was opened.", ClosedHow(f), c.z.Long(f.ClosedAt),
			timefmt.Duration(f.ClosedAt.Sub(f.CreatedAt))), c.event(f.ClosedAt, "", false))
	} else {
		c.add("closed", "fact", time.Time{}, "", true, "The ticket is still open.")
	}
	m := f.Messages
	msgs := fmt.Sprintf("Messages: %d from the customer, %d customer-visible from the team, %d internal notes, %d system or automatic.",
		m.Customer, m.Agent, m.Internal, m.System+m.Automatic)
	if m.System+m.Automatic > 0 {
		msgs += " Messages recognised as automatic (acknowledgements and notices) do not count as responses."
	}
	if m.Internal == 0 {
		msgs += " No internal note was kept."
	} else {
		msgs += fmt.Sprintf(" The team kept %d internal notes alongside the customer-visible updates.", m.Internal)
	}
	c.add("messages", "fact", time.Time{}, "", true, msgs)
	for i := range f.Urgency {
		c.quote(fmt.Sprintf("urgency:%d", i+1), &f.Urgency[i])
	}
	for _, p := range []struct {
		id string
		q  *Quote
	}{{"problem", f.Problem}, {"opening", f.Opening}, {"business_impact", f.BusinessImpact}, {"restored", f.Restored}, {"later_problem", f.LaterProblem}} {
		if p.q != nil {
			c.quote(p.id, p.q)
		}
	}
	for i, pc := range f.PriorityChanges {
		dir := "changed"
		if pc.Raised {
			dir = "raised"
		}
		c.add(fmt.Sprintf("priority_change:%d", i+1), "fact", pc.At, "", true, fmt.Sprintf("The priority was %s from %s to %s at %s, %s after the ticket was opened.",
			dir, pc.From, pc.To, c.moment(pc.At), timefmt.Duration(pc.At.Sub(f.CreatedAt))), c.event(pc.At, "", false))
	}
	for i := range f.Causes {
		c.quote(fmt.Sprintf("cause:%d", i+1), &f.Causes[i])
	}
	if r := f.CauseTold; r != nil {
		c.add("cause_told", "fact", r.At, ticket.RoleAgent, true, fmt.Sprintf("A cause was recorded internally, and a later update gave the customer the reason in its own words: %s", quote(r.Text)))
	} else if len(f.Causes) > 0 && !slices.ContainsFunc(f.Causes, func(q Quote) bool { return q.Public }) {
		c.add("cause_explained", "fact", time.Time{}, ticket.RoleAgent, false, "No cause was explained to the customer: every statement of the cause is in an internal note, recorded internally but not explained to the customer.")
	}
	if len(f.Causes) == 0 {
		c.add("causes", "fact", time.Time{}, ticket.RoleAgent, true, "debrief could not identify a statement of the cause in the messages; the messages do not state a cause that debrief could identify, so the diagnosis cannot be assessed from the record.")
	} else if q, p := f.Causes[f.MainCause(true)], f.Causes[f.MainCause(false)]; q.Unsure() && !q.NoCauseFound() || p.Unsure() && !p.NoCauseFound() {
		// The reports quote staff's note as a note (Quote.Unsure, round 231).
		c.add("cause_unsure", "fact", time.Time{}, ticket.RoleAgent, true, "debrief could not establish the cause in the ticket's own words: the statement read first as the cause is a staff note of what was seen, not an explanation.")
	}
	for i := range f.Fixes {
		c.quote(fmt.Sprintf("fix:%d", i+1), &f.Fixes[i])
	}
	if len(f.Causes) == 0 && len(f.Fixes) == 0 {
		c.add("investigation", "fact", time.Time{}, ticket.RoleAgent, true, "debrief could not identify statements of what was investigated or found in the messages; the review cannot summarise the investigation from the record.")
	}
	for i := range f.Estimates {
		c.quote(fmt.Sprintf("estimate:%d", i+1), &f.Estimates[i])
	}
	if len(f.Estimates) == 0 {
		c.add("estimates", "fact", time.Time{}, ticket.RoleAgent, true, "debrief found no estimate of resolution time in the updates.")
	}
	for i, ch := range f.Chases {
		ev := cmp.Or(ch.Quote.Event, c.event(ch.Quote.At, ticket.RoleCustomer, true))
		id := "chase:" + strconv.Itoa(i+1) // one fact per chase: concatenated, as there may be many
		if ch.AnsweredAt.IsZero() {
			c.add(id, "fact", ch.Quote.At, ticket.RoleCustomer, true, "At "+c.moment(ch.Quote.At)+" the customer asked for news (\u201c"+ch.Quote.Text+
				"\u201d) and had no reply before the ticket closed.", ev)
			continue
		}
		c.add(id, "fact", ch.Quote.At, ticket.RoleCustomer, true, "At "+c.moment(ch.Quote.At)+" the customer asked for news (\u201c"+ch.Quote.Text+
			"\u201d); the reply came at "+c.moment(ch.AnsweredAt)+", "+timefmt.DurationExact(ch.Wait)+" later.", ev, c.event(ch.AnsweredAt, ticket.RoleAgent, true))
	}
	for i, fc := range f.Factors {
		text := "Contributing factor: " + strings.ToLower(fc.Category.Label()) + "."
		var ev string
		if fc.Evidence != nil {
			text += fmt.Sprintf(" Evidence: \u201c%s\u201d.", fc.Evidence.Text)
			ev = cmp.Or(fc.Evidence.Event, c.event(fc.Evidence.At, fc.Evidence.Role, false))
		}
		c.add(fmt.Sprintf("factor:%d", i+1), "fact", time.Time{}, "", true, text, ev)
	}
	if st != nil {
		c.stats()
	}
	if len(f.Urgency) == 0 && !slices.ContainsFunc(a.Findings, func(fd Finding) bool { return fd.Area == AreaRisk }) {
		if f.BusinessImpact != nil { // the customer stated one: see the writer's riskHandling
			c.add("risk", "fact", time.Time{}, "", true, "No urgency was signalled and no finding concerns risk; the customer stated an impact on their business.")
		} else {
			c.add("risk", "fact", time.Time{}, "", true, "No urgency was signalled and no finding concerns risk: the review identified no particular risk to the customer's business beyond the reported issue.")
		}
	}
	c.impact()
	c.findings()
	for i, ac := range a.Actions {
		c.add(fmt.Sprintf("action:%d", i+1), "action", ac.Due, "", true, fmt.Sprintf("The review proposes the action to %s (owner %s).", lowerFirst(ac.Title), ac.Owner))
	}
	acts := fmt.Sprintf("The review proposes %d actions.", len(a.Actions))
	if len(a.Actions) == 0 {
		acts = "The review proposes no actions." // as the writer words it
	}
	c.add("actions", "fact", time.Time{}, "", true, acts)
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func (c *catalogue) stats() {
	f, st := c.f, c.a.Stats
	fr := &st.FirstResponse
	switch {
	case !fr.Stopped() && st.StaffOpened:
		c.add("first_response", "fact", time.Time{}, ticket.RoleAgent, true, StaffOpenedResponse(fr, c.moment))
	case !fr.Stopped():
		// The executive summary's "The customer received no response before
		// the ticket closed" cites this fact, which says so in its words.
		c.add("first_response", "fact", time.Time{}, ticket.RoleAgent, true, strings.TrimSuffix(FirstResponseSentence(fr, c.moment), ".")+"; the customer received no response.")
	case st.StaffOpened:
		c.add("first_response", "fact", fr.At, ticket.RoleAgent, true, StaffOpenedResponse(fr, c.moment), c.event(fr.At, ticket.RoleAgent, true))
	default:
		c.add("first_response", "fact", fr.At, ticket.RoleAgent, true, FirstResponseSentence(fr, c.moment), c.event(fr.At, ticket.RoleAgent, true))
	}
	u := &st.Updates
	ups := fmt.Sprintf("The customer received %d customer-visible updates.", u.Count)
	if u.Count == 0 {
		ups = "The customer received no customer-visible updates." // as the writer words it
	}
	if t := st.Targets.Update; t > 0 && len(u.Gaps) > 0 {
		if u.Breaches == 0 {
			ups += fmt.Sprintf(" No gap exceeded the update target of %s plus %s grace; every gap between updates was within the target.", timefmt.Duration(t), timefmt.Duration(st.Policy.Grace))
		} else {
			ups += fmt.Sprintf(" %d gaps exceeded the update target of %s plus %s grace.", u.Breaches, timefmt.Duration(t), timefmt.Duration(st.Policy.Grace))
		}
	}
	if len(u.Gaps) > 0 {
		ups += fmt.Sprintf(" The table of gaps lists all %d gaps between updates.", len(u.Gaps))
	}
	if len(u.Gaps) > 0 && u.Max >= 0 {
		g := u.Gaps[u.Max]
		ups += fmt.Sprintf(" The longest gap between updates was %s of business time, from %s to %s.", timefmt.DurationExact(g.Business), c.moment(g.From), c.moment(g.To))
	}
	c.add("updates", "fact", time.Time{}, ticket.RoleAgent, true, ups)
	for i, g := range u.Gaps {
		over := "within"
		if g.Breach {
			over = "over"
		}
		n := strconv.Itoa(i + 1)
		c.add("gap:"+n, "fact", g.From, ticket.RoleAgent, true, "Gap "+n+" between updates: from "+c.moment(g.From)+" to "+c.moment(g.To)+", "+
			timefmt.DurationExact(g.Business)+" of business time, "+over+" the update target.", c.event(g.From, ticket.RoleAgent, true), c.event(g.To, ticket.RoleAgent, true))
	}
	if r := &st.Replies; r.Max >= 0 {
		wt := r.Waits[r.Max]
		c.add("replies", "fact", wt.Asked, ticket.RoleAgent, true, fmt.Sprintf("The longest wait for a reply was %s of business time, from the customer's message at %s to the reply at %s.",
			timefmt.DurationExact(wt.Business), c.moment(wt.Asked), c.moment(wt.Answered)), c.event(wt.Asked, ticket.RoleCustomer, true), c.event(wt.Answered, ticket.RoleAgent, true))
	}
	if !f.ClosedAt.IsZero() {
		sc := st.SilenceBeforeClose
		from := "the ticket was opened"
		ev := ""
		if u.Count > 0 {
			from = "the last update at " + c.moment(sc.From)
			ev = c.event(sc.From, ticket.RoleAgent, true)
		}
		c.add("silence", "fact", sc.From, "", true, fmt.Sprintf("From %s to the close, %s passed.", from, timefmt.Duration(sc.Elapsed)), ev)
	}
}

func (c *catalogue) impact() {
	f := c.f
	im := &f.Impact
	switch {
	case f.Type != "" && f.Type != ticket.TypeIncident:
		c.add("impact", "fact", time.Time{}, "", true, fmt.Sprintf("This ticket is %s, not an outage: no duration of impact applies.", TypeName(f.Type)))
	case im.Restored:
		ev := ""
		if f.Restored != nil {
			ev = cmp.Or(f.Restored.Event, c.event(f.Restored.At, f.Restored.Role, false))
		}
		c.add("impact", "fact", im.End, f.restoredRole(), true, fmt.Sprintf("Duration of impact: %s, the disruption lasted from the opening of the ticket to the report at %s that service was restored; the service was reported restored at %s, %s after the ticket was opened.",
			timefmt.Duration(im.Duration), c.moment(im.End), c.moment(im.End), timefmt.Duration(im.Duration)), ev)
	default:
		c.add("impact", "fact", time.Time{}, "", true, "Duration of impact: unknown; debrief could not identify a message reporting the service restored, so the duration of impact is unknown; debrief could not identify when service was restored; record when service returned.")
	}
	if im.Cost > 0 {
		c.add("cost", "fact", time.Time{}, "", true, fmt.Sprintf("Estimated cost of downtime: %s %s (%s %s per hour, by %s).", im.Currency, timefmt.Amount(im.Cost), im.Currency, timefmt.Amount(im.CostPerH), im.CostSource))
	}
}

func (f *Facts) restoredRole() ticket.Role {
	if f.Restored == nil {
		return ""
	}
	return f.Restored.Role
}

func (c *catalogue) findings() {
	byDirective := map[int][]string{}
	var order []int
	for _, fd := range c.a.Findings {
		ev := ""
		if !fd.At.IsZero() {
			ev = c.event(fd.At, "", false)
		}
		c.add(FindingID(fd), "finding", fd.At, "", true, fd.Text, ev)
		if fd.Directive != 0 {
			if _, ok := byDirective[fd.Directive]; !ok {
				order = append(order, fd.Directive)
			}
			byDirective[fd.Directive] = append(byDirective[fd.Directive], fd.Text)
		}
	}
	for _, d := range order {
		c.add(fmt.Sprintf("directive:%d", d), "finding", time.Time{}, "", true, fmt.Sprintf("Directive %d: %s", d, strings.Join(byDirective[d], " ")))
	}
}

// FindingID is the citable id of a finding: "finding:" and its code.
func FindingID(fd Finding) string { return "finding:" + fd.Code }

// OnlyAutomatic reports whether a close reason says no more than that the
// close was automatic: "auto", "auto_close", "Auto-closed", "automatic".
func OnlyAutomatic(reason string) bool {
	words := strings.FieldsFunc(strings.ToLower(reason), func(r rune) bool { return r == '_' || r == '-' || r == ' ' })
	for _, w := range words {
		switch w {
		case "auto", "automatic", "automatically", "autoclose", "autoclosed", "close", "closed", "closure", "system":
		default:
			return false
		}
	}
	return true
}

// ClosedHow says how a ticket was closed, for "closed<how> on ...":
// " automatically (inactivity)", " (resolved)" or "".
func ClosedHow(f *Facts) string {
	switch {
	case f.AutoClosed && OnlyAutomatic(f.CloseReason):
		// "closed automatically (auto)", "(auto\_close)": the helpdesk's
		// state name says again what "automatically" says (styles57
		// RC-FSS-5540, HB-SD-70401, PV-ITS-3321)
		return " automatically"
	case f.AutoClosed:
		return fmt.Sprintf(" automatically (%s)", f.CloseReason)
	case f.CloseReason != "":
		return fmt.Sprintf(" (%s)", f.CloseReason)
	}
	return ""
}
