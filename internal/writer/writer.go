// Package writer is debrief's built-in deterministic writer: it turns an
// analysis's facts and findings into the narrative sections of the reports,
// offline and with no model. Every number and time it writes comes from the
// facts, formatted by package timefmt, so its prose cannot contradict the data.
//
// It speaks of the process and the system, never of a person: the subjects of
// its sentences are the ticket, the team, the response and the service.
package writer

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/timefmt"
)

// Name and Version identify this writer in stored analyses.
const (
	Name    = "deterministic"
	Version = "1"
)

// Input is what a writer writes from.
type Input struct {
	Ticket   *ticket.Ticket
	Analysis *analysis.Analysis
	Settings *analysis.Settings
}

// Meta records how a narrative was written, for the stored analysis.
type Meta struct {
	Model                          string
	PromptTokens, CompletionTokens int
	// Fallbacks name the sections that fell back to the deterministic text, with why.
	Fallbacks []Fallback
	// Rejected are the sentences the fact guard rejected, with why.
	Rejected []analysis.Rejection
	// Cached is true when a stored result for identical input was reused.
	Cached bool
}

// Fallback is a section a model could not write acceptably.
type Fallback struct {
	Section string
	Reason  string
}

// Deterministic writes the narrative from the facts alone.
type Deterministic struct{}

// Name implements the engine's writer interface.
func (Deterministic) Name() string { return Name }

// Version implements the engine's writer interface.
func (Deterministic) Version() string { return Version }

// Write returns the narrative sections for a. It never fails for a valid
// analysis; the error is there for the writer interface.
func (Deterministic) Write(ctx context.Context, in *Input) (analysis.Narrative, Meta, error) {
	if err := ctx.Err(); err != nil {
		return analysis.Narrative{}, Meta{}, err
	}
	return Narrate(in.Analysis), Meta{}, nil
}

// Narrate returns the deterministic narrative of a.
func Narrate(a *analysis.Analysis) analysis.Narrative {
	w := &prose{a: a, f: &a.Facts, z: timefmt.In(a.Stats.Policy.Calendar.Location())}
	return analysis.Narrative{
		Overview:         w.overview(),
		Triage:           w.triage(),
		Investigations:   w.investigations(),
		TechnicalQuality: w.technicalQuality(),
		Communication:    w.communication(),
		RiskHandling:     w.riskHandling(),
		RootCause:        w.rootCause(),
		ExecutiveSummary: w.executiveSummary(),
		BusinessImpact:   w.businessImpact(),
		Outcome:          w.outcome(),
	}
}

type prose struct {
	a *analysis.Analysis
	f *analysis.Facts
	z timefmt.Zone
}

// at names an instant in prose, relative to the ticket's creation day.
func (w *prose) at(t time.Time) string { return w.z.Moment(t, w.f.CreatedAt) }

func (w *prose) since(t time.Time) string { return timefmt.Duration(t.Sub(w.f.CreatedAt)) }

func quote(s string) string {
	// A closing full stop inside the quote would double the sentence's own.
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	return "\u201c" + s + "\u201d"
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

func (w *prose) subject() string {
	if w.f.Subject == "" {
		return "Ticket " + w.f.TicketID
	}
	return fmt.Sprintf("Ticket %s, %s,", w.f.TicketID, quote(w.f.Subject))
}

func (w *prose) opener() string {
	switch {
	case w.f.Contact != "" && w.f.Customer != "":
		return fmt.Sprintf(" by %s of %s", w.f.Contact, w.f.Customer)
	case w.f.Customer != "":
		return " by " + w.f.Customer
	case w.f.Contact != "":
		return " by " + w.f.Contact
	}
	return ""
}

func (w *prose) closing() string {
	f := w.f
	if f.ClosedAt.IsZero() {
		return "The ticket is still open."
	}
	how := ""
	switch {
	case f.AutoClosed:
		how = fmt.Sprintf(" automatically (%s)", f.CloseReason)
	case f.CloseReason != "":
		how = fmt.Sprintf(" (%s)", f.CloseReason)
	}
	return fmt.Sprintf("It was closed%s on %s, %s after it was opened.", how, w.z.Long(f.ClosedAt), w.since(f.ClosedAt))
}

func (w *prose) overview() string {
	f := w.f
	s := fmt.Sprintf("%s was opened on %s%s", w.subject(), w.z.Long(f.CreatedAt), w.opener())
	if f.Priority != "" {
		s += fmt.Sprintf(" with priority %s", f.Priority)
	}
	s += "."
	team := ""
	if f.Team != "" {
		team = fmt.Sprintf("The %s team handled it", f.Team)
		if len(f.InternalLinks) > 0 {
			team += fmt.Sprintf(", coordinating through internal ticket %s", strings.Join(f.InternalLinks, ", "))
		}
		team += "."
	} else if len(f.InternalLinks) > 0 {
		team = fmt.Sprintf("The work was coordinated through internal ticket %s.", strings.Join(f.InternalLinks, ", "))
	}
	return join(s, team, w.closing(), fmt.Sprintf("All times are in %s.", w.z.Name()))
}

func (w *prose) triage() string {
	f, st := w.f, w.a.Stats
	var parts []string
	if f.Priority != "" {
		parts = append(parts, fmt.Sprintf("The ticket closed with priority %s.", f.Priority))
	}
	if len(f.Urgency) > 0 {
		parts = append(parts, fmt.Sprintf("The opening message signalled urgency: %s.", quote(f.Urgency[0].Text)))
	}
	for _, pc := range f.PriorityChanges {
		dir := "changed"
		if pc.Raised {
			dir = "raised"
		}
		parts = append(parts, fmt.Sprintf("The priority was %s from %s to %s at %s, %s after the ticket was opened.", dir, pc.From, pc.To, w.at(pc.At), w.since(pc.At)))
	}
	fr := &st.FirstResponse
	switch {
	case !fr.Stopped():
		parts = append(parts, "No customer-visible response was sent before the ticket closed.")
	default:
		s := fmt.Sprintf("The first customer-visible response came at %s, %s after the ticket was opened (%s of business time).",
			w.at(fr.At), timefmt.DurationExact(fr.Elapsed), timefmt.DurationExact(fr.Business))
		if fr.HasTarget() && !fr.Due.IsZero() {
			verdict := "within"
			if !fr.Within {
				verdict = "outside"
			}
			s += fmt.Sprintf(" It was due by %s (target %s) and came %s the SLA, grace included.", w.at(fr.Due), timefmt.Duration(fr.Target), verdict)
		}
		parts = append(parts, s)
	}
	if f.Messages.System+f.Messages.Automatic > 0 {
		parts = append(parts, "Messages recognised as automatic (acknowledgements and notices) do not count as responses.")
	}
	return join(parts...)
}

func (w *prose) investigations() string {
	f := w.f
	var parts []string
	if len(f.Causes) == 0 && len(f.Fixes) == 0 {
		if !w.incident() {
			return fmt.Sprintf("This ticket is %s; the review summarises its handling rather than an investigation.", w.typeName())
		}
		return "debrief could not identify statements of what was investigated or found in the messages; the review cannot summarise the investigation from the record."
	}
	if len(f.Causes) > 0 {
		var qs []string
		for _, q := range f.Causes {
			qs = append(qs, fmt.Sprintf("%s (%s%s)", quote(q.Text), w.at(q.At), internal(q)))
		}
		parts = append(parts, fmt.Sprintf("The investigation recorded %s: %s.", count(len(f.Causes), "finding about the cause", "findings about the cause"), strings.Join(qs, "; ")))
	}
	if len(f.Fixes) > 0 {
		var qs []string
		for _, q := range f.Fixes {
			qs = append(qs, fmt.Sprintf("%s (%s%s)", quote(q.Text), w.at(q.At), internal(q)))
		}
		parts = append(parts, fmt.Sprintf("Remedial steps recorded: %s.", strings.Join(qs, "; ")))
	}
	if f.Messages.Internal > 0 {
		parts = append(parts, fmt.Sprintf("The team kept %s alongside the customer-visible updates.", count(f.Messages.Internal, "internal note", "internal notes")))
	}
	return join(parts...)
}

func internal(q analysis.Quote) string {
	if q.Public {
		return ""
	}
	return ", internal note"
}

func (w *prose) technicalQuality() string {
	f := w.f
	var parts []string
	explained := false
	for _, q := range f.Causes {
		if q.Public {
			parts = append(parts, fmt.Sprintf("A cause was explained to the customer at %s, %s after the ticket was opened.", w.at(q.At), w.since(q.At)))
			explained = true
			break
		}
	}
	if !explained && len(f.Causes) > 0 {
		parts = append(parts, "A cause was recorded internally but not explained to the customer.")
	}
	if len(f.Causes) == 0 && w.incident() {
		parts = append(parts, "debrief could not identify a statement of the cause in the messages, so the diagnosis cannot be assessed from the record.")
	}
	switch {
	case f.Impact.Restored:
		parts = append(parts, fmt.Sprintf("The service was reported restored at %s, %s after the ticket was opened.", w.at(f.Impact.End), timefmt.Duration(f.Impact.Duration)))
	case !f.ClosedAt.IsZero() && w.incident():
		parts = append(parts, "debrief could not identify a message reporting the service restored, so the duration of impact is unknown; record when service returned.")
	}
	if len(f.Fixes) > 0 {
		parts = append(parts, fmt.Sprintf("The ticket records %s.", count(len(f.Fixes), "remedial step", "remedial steps")))
	}
	if len(parts) == 0 {
		return fmt.Sprintf("This ticket is %s; no technical diagnosis was called for.", w.typeName())
	}
	return join(parts...)
}

func (w *prose) communication() string {
	f, st := w.f, w.a.Stats
	u := &st.Updates
	var parts []string
	parts = append(parts, fmt.Sprintf("The customer received %s.", count(u.Count, "customer-visible update", "customer-visible updates")))
	if len(u.Gaps) > 0 {
		// The prose names the first few gaps; the table below it lists them all.
		const listed = 6
		var gs []string
		for _, g := range u.Gaps[:min(len(u.Gaps), listed)] {
			gs = append(gs, fmt.Sprintf("%s to %s, %s", w.at(g.From), w.at(g.To), timefmt.DurationExact(g.Business)))
		}
		more := ""
		if len(u.Gaps) > listed {
			more = fmt.Sprintf("; the table below lists all %d gaps", len(u.Gaps))
		}
		longest := u.Gaps[u.Max]
		verb := "were"
		if more != "" {
			verb = "began"
		}
		parts = append(parts, fmt.Sprintf("The gaps between updates, in business time, %s: %s%s. The longest was %s, from %s to %s.",
			verb, strings.Join(gs, "; "), more, timefmt.DurationExact(longest.Business), w.at(longest.From), w.at(longest.To)))
		if t := st.Targets.Update; t > 0 {
			if u.Breaches == 0 {
				parts = append(parts, fmt.Sprintf("No gap exceeded the update target of %s plus %s grace.", timefmt.Duration(t), timefmt.Duration(st.Policy.Grace)))
			} else {
				parts = append(parts, fmt.Sprintf("%s exceeded the update target of %s plus %s grace.", capital(count(u.Breaches, "gap", "gaps")), timefmt.Duration(t), timefmt.Duration(st.Policy.Grace)))
			}
		}
	}
	for _, c := range f.Chases {
		if c.AnsweredAt.IsZero() {
			parts = append(parts, fmt.Sprintf("At %s the customer asked for news (%s) and had no reply before the ticket closed.", w.at(c.Quote.At), quote(c.Quote.Text)))
			continue
		}
		parts = append(parts, fmt.Sprintf("At %s the customer asked for news (%s); the reply came at %s, %s later.", w.at(c.Quote.At), quote(c.Quote.Text), w.at(c.AnsweredAt), timefmt.DurationExact(c.Wait)))
	}
	if r := &st.Replies; r.Max >= 0 {
		wt := r.Waits[r.Max]
		parts = append(parts, fmt.Sprintf("The longest wait for a reply was %s of business time.", timefmt.DurationExact(wt.Business)))
	}
	if !f.ClosedAt.IsZero() {
		sc := st.SilenceBeforeClose
		from := "the ticket was opened"
		if u.Count > 0 {
			from = "the last update at " + w.at(sc.From)
		}
		parts = append(parts, fmt.Sprintf("From %s to the close, %s passed.", from, timefmt.Duration(sc.Elapsed)))
	}
	return join(parts...)
}

func (w *prose) riskHandling() string {
	f := w.f
	var parts []string
	if len(f.Urgency) > 0 {
		parts = append(parts, fmt.Sprintf("The main risk was prolonged disruption to the customer's business, which the opening message described as %s.", quote(f.Urgency[0].Text)))
	}
	if f.Impact.Restored && w.incident() {
		parts = append(parts, fmt.Sprintf("The disruption lasted %s, from the opening of the ticket to the report that service was restored.", timefmt.Duration(f.Impact.Duration)))
	}
	judged := false
	for _, fd := range w.a.Findings {
		if fd.Area == analysis.AreaRisk {
			parts = append(parts, fd.Text)
			judged = true
		}
	}
	if !judged {
		if len(f.Estimates) > 0 {
			e := f.Estimates[0]
			parts = append(parts, fmt.Sprintf("An estimate of resolution time was given at %s: %s.", w.at(e.At), quote(e.Text)))
		} else if len(f.Chases) > 0 {
			parts = append(parts, "debrief found no estimate of resolution time in the updates.")
		}
	}
	if len(parts) == 0 {
		return "The review identified no particular risk to the customer's business beyond the reported issue."
	}
	return join(parts...)
}

func (w *prose) rootCause() string {
	f := w.f
	var parts []string
	switch {
	case len(f.Causes) > 0:
		parts = append(parts, fmt.Sprintf("The team stated the cause as %s (%s).", quote(f.Causes[0].Text), w.at(f.Causes[0].At)))
	case w.incident():
		parts = append(parts, "The messages do not state a cause that debrief could identify; record one in the ticket.")
	default:
		return fmt.Sprintf("This ticket is %s; no root cause analysis applies.", w.typeName())
	}
	var cats []string
	for _, fc := range f.Factors {
		cats = append(cats, strings.ToLower(fc.Category.Label()))
	}
	parts = append(parts, fmt.Sprintf("Contributing factors: %s.", strings.Join(cats, ", ")))
	return join(parts...)
}

func (w *prose) executiveSummary() string {
	f, st := w.f, w.a.Stats
	who := f.Customer
	if who == "" {
		who = "The customer"
	}
	what := quote(cmp(f.Subject, "an issue"))
	if p := cmpQuote(f.Problem, f.Opening); p != nil {
		what = quote(p.Text)
		if f.Subject != "" {
			what += fmt.Sprintf(" (subject %s)", quote(f.Subject))
		}
	}
	s := fmt.Sprintf("%s reported %s on %s", who, what, w.z.Long(f.CreatedAt))
	if f.Priority != "" {
		s += fmt.Sprintf(", priority %s", f.Priority)
	}
	s += fmt.Sprintf("; debrief reads it as %s.", w.typeName())
	parts := []string{s}
	if f.BusinessImpact != nil && (f.Problem == nil || f.BusinessImpact.Text != f.Problem.Text) {
		parts = append(parts, fmt.Sprintf("The customer described the impact as %s.", quote(f.BusinessImpact.Text)))
	}
	if len(f.Causes) > 0 {
		c := f.Causes[0]
		for _, q := range f.Causes {
			if q.Public {
				c = q
				break
			}
		}
		parts = append(parts, fmt.Sprintf("The team identified the cause: %s.", quote(c.Text)))
	}
	if fx := w.keyFix(); fx != nil {
		parts = append(parts, fmt.Sprintf("The remedial step recorded: %s.", quote(fx.Text)))
	}
	if f.Impact.Restored {
		parts = append(parts, fmt.Sprintf("Service was reported restored at %s, %s after the ticket was opened: %s.", w.at(f.Impact.End), timefmt.Duration(f.Impact.Duration), quote(f.Restored.Text)))
	} else if w.incident() && !f.ClosedAt.IsZero() {
		parts = append(parts, "debrief could not identify when service was restored.")
	}
	if fr := &st.FirstResponse; fr.Stopped() && fr.HasTarget() {
		verdict := "within"
		if !fr.Within {
			verdict = "outside"
		}
		parts = append(parts, fmt.Sprintf("The first response came after %s, %s the SLA.", timefmt.Duration(fr.Business), verdict))
	} else if !fr.Stopped() {
		parts = append(parts, "The customer received no response before the ticket closed.")
	}
	parts = append(parts, w.closing())
	if asks := w.asks(2); asks != "" {
		parts = append(parts, "The review asks to "+asks+".")
	}
	return join(parts...)
}

func cmpQuote(a, b *analysis.Quote) *analysis.Quote {
	if a != nil {
		return a
	}
	return b
}

// keyFix is the fix that brought the service back: the last one stated before
// the restoration that is not the restoration statement itself; without a
// restoration, the first one.
func (w *prose) keyFix() *analysis.Quote {
	f := w.f
	if len(f.Fixes) == 0 {
		return nil
	}
	var fx *analysis.Quote
	if f.Restored == nil {
		for i := range f.Fixes {
			if !strings.Contains(f.Fixes[i].Match, "estimate") {
				return &f.Fixes[i]
			}
		}
		return nil
	}
	for i := range f.Fixes {
		q := &f.Fixes[i]
		if strings.Contains(q.Match, "estimate") {
			continue // a fix promised for later is not a step taken
		}
		if q.At.After(f.Restored.At) || q.Text == f.Restored.Text ||
			(q.At.Equal(f.Restored.At) && strings.Contains(f.Restored.Match, "fix")) {
			continue // the restoration statement itself says what fixed it
		}
		fx = q
	}
	return fx
}

// incidentActions are the actions about this incident's own cause, which the
// executive summary names; the process actions stay in the list of asks.
var incidentActions = map[string]bool{"fix_component": true, "monitor_component": true, "monitoring": true,
	"supplier_followup": true, "update_runbook": true, "root_cause_analysis": true}

// asks lists the titles of the first n actions about this incident as one
// clause, lower-cased.
func (w *prose) asks(n int) string {
	var out []string
	for _, a := range w.a.Actions {
		if len(out) == n {
			break
		}
		if a.Title == "" || !incidentActions[a.Code] {
			continue
		}
		out = append(out, strings.ToLower(a.Title[:1])+a.Title[1:])
	}
	return strings.Join(out, "; and to ")
}

func (w *prose) incident() bool {
	return w.f.Type == "" || w.f.Type == ticket.TypeIncident
}

func (w *prose) typeName() string {
	switch w.f.Type {
	case ticket.TypeServiceRequest:
		return "a service request"
	case ticket.TypeQuestion:
		return "a question"
	case ticket.TypeChange:
		return "a change"
	}
	return "an incident"
}

func (w *prose) businessImpact() string {
	f := w.f
	var parts []string
	switch {
	case !w.incident():
		parts = append(parts, fmt.Sprintf("This ticket is %s, not an outage: no duration of impact applies.", w.typeName()))
	case f.Impact.Restored:
		parts = append(parts, fmt.Sprintf("Duration of impact: %s, from the opening of the ticket to the report at %s that service was restored.", timefmt.Duration(f.Impact.Duration), w.at(f.Impact.End)))
	case !f.ClosedAt.IsZero():
		parts = append(parts, "Duration of impact: unknown; debrief could not identify a message reporting the service restored.")
	}
	if f.BusinessImpact != nil && (len(f.Urgency) == 0 || f.Urgency[0].Text != f.BusinessImpact.Text) {
		parts = append(parts, fmt.Sprintf("In the customer's words: %s.", quote(f.BusinessImpact.Text)))
	}
	if f.Customer != "" {
		parts = append(parts, fmt.Sprintf("Affected customer: %s.", f.Customer))
	}
	sev := cmp(f.Priority, "not set")
	if len(f.Urgency) > 0 {
		sev += fmt.Sprintf("; the customer described the situation as %s", quote(f.Urgency[0].Text))
	}
	parts = append(parts, fmt.Sprintf("Severity: %s.", sev))
	if f.Impact.Cost > 0 {
		parts = append(parts, fmt.Sprintf("Estimated cost of downtime: %s %s (%s %s per hour, by %s).", f.Impact.Currency, thousands(f.Impact.Cost), f.Impact.Currency, thousands(f.Impact.CostPerH), f.Impact.CostSource))
	}
	return join(parts...)
}

func (w *prose) outcome() string {
	f := w.f
	var parts []string
	if f.Impact.Restored {
		parts = append(parts, fmt.Sprintf("Service was reported restored at %s.", w.at(f.Impact.End)))
	}
	parts = append(parts, w.closing())
	confirmed := false
	for _, fd := range w.a.Findings {
		if fd.Code == "auto_closed_unconfirmed" {
			parts = append(parts, "The customer did not confirm the outcome before the automatic close.")
		}
		if fd.Code == "customer_informed" {
			confirmed = true
		}
	}
	if confirmed {
		parts = append(parts, "Every customer message had a reply before the close.")
	}
	parts = append(parts, fmt.Sprintf("The review proposes %s.", count(len(w.a.Actions), "action", "actions")))
	return join(parts...)
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// thousands writes n with comma separators: 12500 -> "12,500".
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
