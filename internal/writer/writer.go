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
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/sla"
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
	var n analysis.Narrative
	for _, s := range []struct {
		key  string
		text *string
		c    claims
	}{
		{"overview", &n.Overview, w.overview()},
		{"triage", &n.Triage, w.triage()},
		{"investigations", &n.Investigations, w.investigations()},
		{"technical_quality", &n.TechnicalQuality, w.technicalQuality()},
		{"communication", &n.Communication, w.communication()},
		{"risk_handling", &n.RiskHandling, w.riskHandling()},
		{"root_cause", &n.RootCause, w.rootCause()},
		{"executive_summary", &n.ExecutiveSummary, w.executiveSummary()},
		{"business_impact", &n.BusinessImpact, w.businessImpact()},
		{"outcome", &n.Outcome, w.outcome()},
	} {
		*s.text = s.c.text()
		n.Sentences = append(n.Sentences, s.c.sentences(s.key)...)
	}
	return n
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
	// A closing full stop inside the quote would double the sentence's own,
	// and a colon that opened a list or a command the reader's sentence
	// ends before leaves the quote dangling ("I've cancelled your Digital
	// Plus subscription:", styles25 11; round 246).
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	s = strings.TrimRight(strings.TrimSuffix(s, ":"), " ")
	return "\u201c" + s + "\u201d"
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

func (w *prose) closing(c *claims) {
	c.add(w.closingText(), "closed")
}

func (w *prose) closingText() string {
	f := w.f
	if f.ClosedAt.IsZero() {
		return "The ticket is still open."
	}
	return fmt.Sprintf("It was closed%s on %s, %s after it was opened.", analysis.ClosedHow(f), w.z.Long(f.ClosedAt), w.since(f.ClosedAt))
}

func (w *prose) overview() claims {
	f := w.f
	var c claims
	s := fmt.Sprintf("%s was opened on %s%s", w.subject(), w.z.Long(f.CreatedAt), w.opener())
	if f.Priority != "" {
		s += fmt.Sprintf(" with priority %s", f.Priority)
	}
	s += "."
	if f.Contact != "" {
		c.add(s, "opened", "contact")
	} else {
		c.add(s, "opened")
	}
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
	c.add(team, "team", "internal_links")
	w.closing(&c)
	c.add(fmt.Sprintf("All times are in %s.", w.z.Name()), "timezone")
	return c
}

func (w *prose) triage() claims {
	f, st := w.f, w.a.Stats
	var parts claims
	if f.Priority != "" {
		parts.add(fmt.Sprintf("The ticket closed with priority %s.", f.Priority), "priority")
	}
	if len(f.Urgency) > 0 {
		parts.add(fmt.Sprintf("%s signalled urgency: %s.", capital(analysis.UrgencySource(f, &f.Urgency[0], w.at)), quote(f.Urgency[0].Text)), append([]string{"urgency:1"}, analysis.UrgencyCites(&f.Urgency[0])...)...)
	}
	for i, pc := range f.PriorityChanges {
		dir := "changed"
		if pc.Raised {
			dir = "raised"
		}
		parts.add(fmt.Sprintf("The priority was %s from %s to %s at %s, %s after the ticket was opened.", dir, pc.From, pc.To, w.at(pc.At), w.since(pc.At)), fmt.Sprintf("priority_change:%d", i+1))
	}
	fr := &st.FirstResponse
	switch {
	case st.StaffOpened:
		parts.add(analysis.StaffOpenedResponse(fr, w.at), "first_response")
	default:
		parts.add(analysis.FirstResponseSentence(fr, w.at), "first_response")
	}
	if f.Messages.System+f.Messages.Automatic > 0 {
		parts.add("Messages recognised as automatic (acknowledgements and notices) do not count as responses.", "messages")
	}
	return parts
}

func (w *prose) investigations() claims {
	f := w.f
	var parts claims
	if len(f.Causes) == 0 && len(f.Fixes) == 0 {
		if !w.incident() {
			return parts.with(fmt.Sprintf("This ticket is %s; the review summarises its handling rather than an investigation.", w.typeName()), "type")
		}
		return parts.with("debrief could not identify statements of what was investigated or found in the messages; the review cannot summarise the investigation from the record.", "investigation")
	}
	if len(f.Causes) > 0 {
		var qs []string
		for _, q := range f.Causes {
			qs = append(qs, fmt.Sprintf("%s (%s%s)", quote(q.Text), w.at(q.At), internal(q)))
		}
		parts.add(fmt.Sprintf("The investigation recorded %s: %s.", count(len(f.Causes), "finding about the cause", "findings about the cause"), strings.Join(qs, "; ")), ids("cause", len(f.Causes))...)
	}
	if len(f.Fixes) > 0 {
		var qs []string
		for _, q := range f.Fixes {
			qs = append(qs, fmt.Sprintf("%s (%s%s)", quote(q.Text), w.at(q.At), internal(q)))
		}
		parts.add(fmt.Sprintf("Remedial steps recorded: %s.", strings.Join(qs, "; ")), ids("fix", len(f.Fixes))...)
	}
	if f.Messages.Internal > 0 {
		parts.add(fmt.Sprintf("The team kept %s alongside the customer-visible updates.", count(f.Messages.Internal, "internal note", "internal notes")), "messages")
	}
	return parts
}

func internal(q analysis.Quote) string {
	if q.Public {
		return ""
	}
	return ", internal note"
}

func (w *prose) technicalQuality() claims {
	f := w.f
	var parts claims
	explained := false
	for i, q := range f.Causes {
		if q.Public {
			parts.add(fmt.Sprintf("A cause was explained to the customer at %s, %s after the ticket was opened.", w.at(q.At), w.since(q.At)), fmt.Sprintf("cause:%d", i+1))
			explained = true
			break
		}
	}
	switch {
	case !explained && f.CauseTold != nil:
		parts.add("A cause was recorded internally, and a later update gave the customer the reason in its own words.", "cause:1", "cause_told")
	case !explained && len(f.Causes) > 0 && w.finding(analysis.CodeFirstResponseNotAwaited):
		// An alert opened the ticket and no customer wrote in it: nobody
		// awaited the cause (styles62 CLP-118420 read "but not explained
		// to the customer" beside "no response was awaited").
		parts.add("A cause was recorded internally; a monitoring alert opened the ticket and no customer wrote in it, so no response was awaited.",
			append(ids("cause", len(f.Causes)), analysis.FindingID(analysis.Finding{Code: analysis.CodeFirstResponseNotAwaited}))...)
	case !explained && len(f.Causes) > 0:
		parts.add("A cause was recorded internally but not explained to the customer.", append(ids("cause", len(f.Causes)), "cause_explained")...)
	}
	if len(f.Causes) == 0 && w.incident() {
		parts.add("debrief could not identify a statement of the cause in the messages, so the diagnosis cannot be assessed from the record.", "causes")
	}
	switch {
	case f.Impact.Restored:
		parts.add(fmt.Sprintf("%s at %s, %s after the ticket was opened.", capital(w.doneWords()), w.at(f.Impact.End), timefmt.Duration(f.Impact.Duration)), "impact", "restored")
	case !f.ClosedAt.IsZero() && w.incident():
		parts.add("debrief could not identify a message reporting the service restored, so the duration of impact is unknown; record when service returned.", "impact")
	}
	if len(f.Fixes) > 0 {
		one, many := "remedial step", "remedial steps"
		if !w.incident() {
			one, many = "step of the work", "steps of the work"
		}
		parts.add(fmt.Sprintf("debrief identified %s in the messages.", count(len(f.Fixes), one, many)), ids("fix", len(f.Fixes))...)
	}
	if len(parts) == 0 {
		return parts.with(fmt.Sprintf("This ticket is %s; no technical diagnosis was needed.", w.typeName()), "type")
	}
	return parts
}

func (w *prose) communication() claims {
	f, st := w.f, w.a.Stats
	u := &st.Updates
	var parts claims
	parts.add(fmt.Sprintf("The customer received %s.", count(u.Count, "customer-visible update", "customer-visible updates")), "updates")
	if len(u.Gaps) > 0 {
		// The prose names the first few gaps; the table below it lists them all.
		const listed = 6
		var gs []string
		for _, g := range u.Gaps[:min(len(u.Gaps), listed)] {
			gs = append(gs, w.at(g.From)+" to "+w.at(g.To)+", "+timefmt.DurationExact(g.Business))
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
		parts.add(fmt.Sprintf("The gaps between updates, in business time, %s: %s%s.", verb, strings.Join(gs, "; "), more),
			append(ids("gap", min(len(u.Gaps), listed)), "updates")...)
		parts.add(fmt.Sprintf("The longest was %s, from %s to %s.", timefmt.DurationExact(longest.Business), w.at(longest.From), w.at(longest.To)),
			fmt.Sprintf("gap:%d", u.Max+1), "updates")
		if t := st.Targets.Update; t > 0 {
			if u.Breaches == 0 {
				parts.add(fmt.Sprintf("No gap exceeded the update target of %s plus %s grace.", timefmt.Duration(t), timefmt.Duration(st.Policy.Grace)), "updates")
			} else {
				parts.add(fmt.Sprintf("%s exceeded the update target of %s plus %s grace.", capital(count(u.Breaches, "gap", "gaps")), timefmt.Duration(t), timefmt.Duration(st.Policy.Grace)), "updates")
			}
		}
	}
	for i, c := range f.Chases { // one sentence per chase: concatenated, as there may be many
		id := "chase:" + strconv.Itoa(i+1)
		if c.AnsweredAt.IsZero() {
			parts.add("At "+w.at(c.Quote.At)+" the customer asked for news ("+quote(c.Quote.Text)+") and had no reply before the ticket closed.", id)
			continue
		}
		parts.add("At "+w.at(c.Quote.At)+" the customer asked for news ("+quote(c.Quote.Text)+"); the reply came at "+w.at(c.AnsweredAt)+", "+
			timefmt.DurationExact(c.Wait)+" later.", id)
	}
	if r := &st.Replies; r.Max >= 0 {
		wt := r.Waits[r.Max]
		parts.add(fmt.Sprintf("The longest wait for a reply was %s of business time.", timefmt.DurationExact(wt.Business)), "replies")
	}
	if !f.ClosedAt.IsZero() {
		sc := st.SilenceBeforeClose
		from := "the opening"
		if u.Count > 0 {
			from = "the last update at " + w.at(sc.From)
		}
		parts.add(fmt.Sprintf("From %s to the close, %s passed.", from, timefmt.Duration(sc.Elapsed)), "silence")
	}
	return parts
}

func (w *prose) riskHandling() claims {
	f := w.f
	var parts claims
	if len(f.Urgency) > 0 {
		parts.add(fmt.Sprintf("The main risk was prolonged disruption to the customer's business, which %s described as %s.", analysis.UrgencySource(f, &f.Urgency[0], w.at), quote(f.Urgency[0].Text)), append([]string{"urgency:1"}, analysis.UrgencyCites(&f.Urgency[0])...)...)
	}
	if f.Impact.Restored && w.incident() {
		parts.add(fmt.Sprintf("The disruption lasted %s, from the opening of the ticket to the report that service was restored.", timefmt.Duration(f.Impact.Duration)), "impact")
	}
	judged := false
	for _, fd := range w.a.Findings {
		if fd.Area == analysis.AreaRisk {
			parts.add(fd.Text, analysis.FindingID(fd))
			judged = true
		}
	}
	if !judged {
		// An expected time given with the restoration or once the service was back is no estimate
		// of its return (analysis judges neither).
		if e := f.Estimates; len(e) > 0 && !(f.Impact.Restored && !e[0].At.Before(f.Impact.End)) {
			parts.add(fmt.Sprintf("An estimate of resolution time was given at %s (%s).", w.at(e[0].At), quote(e[0].Text)), "estimate:1")
		} else if len(f.Estimates) == 0 && len(f.Chases) > 0 {
			parts.add("debrief found no estimate of resolution time in the updates.", "estimates")
		}
	}
	if len(parts) == 0 {
		if f.BusinessImpact != nil {
			// The customer said what was at stake: "no particular risk to
			// the customer's business" would contradict their words ("Fridge
			// F4 went out of range last night … and nobody got a text",
			// styles27 CW-230390; "Inductions are booked for 07:00 Monday …, so
			// cards need to be live before then", styles34 HB-20452; "Their NEA
			// deadline is 4 December …", styles56 FL-2026-11960). The impact
			// is not quoted here: the business impact section quotes it, and a
			// third of the 24 are requests the reader took for one.
			return parts.with("No finding of the review concerns how the risk to the customer's business was handled.", "risk")
		}
		return parts.with("The review identified no particular risk to the customer's business beyond the reported issue.", "risk")
	}
	return parts
}

func (w *prose) rootCause() claims {
	f := w.f
	var parts claims
	switch {
	case len(f.Causes) > 0:
		k := f.MainCause(false)
		c, id := f.Causes[k], fmt.Sprintf("cause:%d", k+1)
		switch {
		case c.NoCauseFound():
			// As the executive summary words it (Quote.Unsure).
			parts.add(fmt.Sprintf("On the cause, the team wrote %s (%s).", quote(c.Text), w.at(c.At)), id)
		case c.Unsure():
			parts.add(fmt.Sprintf("The team noted %s (%s); debrief could not establish the cause in the ticket's own words.", quote(c.Text), w.at(c.At)), id, "cause_unsure")
		default:
			parts.add(fmt.Sprintf("The team stated the cause as %s (%s).", quote(c.Text), w.at(c.At)), id)
		}
	case w.incident():
		parts.add("The messages do not state a cause that debrief could identify; record one in the ticket.", "causes")
	default:
		return parts.with(fmt.Sprintf("This ticket is %s; no root cause analysis applies.", w.typeName()), "type")
	}
	var cats []string
	for _, fc := range f.Factors {
		cats = append(cats, strings.ToLower(fc.Category.Label()))
	}
	parts.add(fmt.Sprintf("Contributing factors: %s.", strings.Join(cats, ", ")), ids("factor", len(f.Factors))...)
	return parts
}

func (w *prose) executiveSummary() claims {
	f, st := w.f, w.a.Stats
	who := f.Customer
	if who == "" {
		who = "The customer"
	}
	what := "an issue" // not a quotation: the ticket has no subject to quote
	if f.Subject != "" {
		what = quote(f.Subject)
	}
	src := []string{"opened", "type"}
	lead := who + " reported "
	p := cmpQuote(f.Problem, f.Opening)
	var context *analysis.Quote
	if !w.incident() && f.Problem != nil && f.Opening != nil && f.Opening.Ask != analysis.AskNone &&
		f.Problem.Role == ticket.RoleCustomer && f.Problem.Event == f.Opening.Event &&
		f.Problem.Ask == analysis.AskNone && !analysis.StatesFault(f.Problem.Text) {
		// A request is told by what it asks, not by its context, which
		// follows it ("wrote “Their NEA deadline is 4 December and the
		// last thing I need is …”" of a request to switch a print farm to
		// manual updates, styles56 FL-2026-11960).
		p, context = f.Opening, f.Problem
	}
	if !w.incident() && p != nil {
		// A request, a change or a question is not reported; what the
		// quote does decides the verb: "requested “Please set up…”",
		// "asked “can we move her permit…?”", else "wrote".
		lead = who + " " + requestVerb(p) + " "
	} else if !w.incident() && f.Subject != "" {
		// Nothing of the opening is quoted, only the subject: a request
		// was not "reported" ("Black Lantern Tattoo Co. reported “New
		// artist / staff onboarding - Manchester NQ”", styles61 SB-30655).
		lead = who + " opened the ticket "
	}
	if p != nil {
		src = append(src, cmp(map[bool]string{true: "problem"}[p == f.Problem], "opening"))
		what = quote(p.Text)
		switch p.Role {
		case ticket.RoleCustomer:
		case ticket.RoleSystem:
			// A monitoring alert opened the ticket: no one reported it.
			lead = "An automatic message reported "
			if f.Customer != "" {
				lead = "For " + f.Customer + ", an automatic message reported "
			}
		default:
			// Staff opened the ticket on the customer's behalf: the
			// quote is the team's words, so the type gives the verb.
			switch f.Type {
			case ticket.TypeServiceRequest, ticket.TypeChange:
				lead, what = who+" requested ", "work the team recorded as "+what
			case ticket.TypeQuestion:
				lead, what = who+" asked ", "a question the team recorded as "+what
			default:
				lead, what = who+" reported ", "an issue the team recorded as "+what
			}
		}
		if f.Subject != "" {
			what += fmt.Sprintf(" (subject %s)", quote(f.Subject))
		}
	}
	s := fmt.Sprintf("%s%s on %s", lead, what, w.z.Long(f.CreatedAt))
	if f.Priority != "" {
		s += fmt.Sprintf(", priority %s", f.Priority)
	}
	s += fmt.Sprintf("; debrief reads it as %s.", w.typeName())
	var parts claims
	parts.add(s, src...)
	if context != nil && (f.BusinessImpact == nil || f.BusinessImpact.Text != context.Text) {
		parts.add(fmt.Sprintf("The customer also wrote %s.", quote(context.Text)), "problem")
	}
	if f.BusinessImpact != nil && (p == nil || f.BusinessImpact.Text != p.Text) {
		// the impact unless it is the sentence quoted already, as the
		// problem or, where none states a fault, as the opening
		// ("reported “I see on my bank two payments …”" and "The customer
		// described the impact as" the same, styles56 SP-1094102)
		parts.add(fmt.Sprintf("The customer described the impact as %s.", quote(f.BusinessImpact.Text)), "business_impact")
	}
	if lp := f.LaterProblem; lp != nil {
		// What broke once the work was done, or what the first fix did not
		// clear: the story the opening alone does not tell.
		after := "After the work"
		if w.incident() {
			after = "After the first fix"
		}
		if lp.Role == ticket.RoleAgent {
			// A fault staff found while doing the requested work.
			parts.add(fmt.Sprintf("During the work, the team noted %s (%s).", quote(lp.Text), w.at(lp.At)), "later_problem")
		} else {
			parts.add(fmt.Sprintf("%s, the customer reported %s (%s).", after, quote(lp.Text), w.at(lp.At)), "later_problem")
		}
	}
	if k := f.SummaryCause(); k >= 0 {
		c := f.Causes[k]
		lead := "The team identified the cause"
		if f.Type == ticket.TypeQuestion {
			// A question reports no fault: what staff stated as a reason
			// is their explanation, often the answer itself ("References
			// are not included in the 1,500 words").
			lead = "The team explained"
		}
		parts.add(fmt.Sprintf("%s: %s.", lead, quote(c.Text)), fmt.Sprintf("cause:%d", k+1))
	} else if len(f.Causes) > 0 {
		// The sentence MainCause picks is one the summary cannot be sure
		// of (SummaryCause): staff's words on the cause that say it was
		// not found, quoted as such, or staff's private note of a state,
		// quoted as a note. Neither is claimed as the cause, and the
		// summary does not say the ticket lacks one.
		k := f.MainCause(true)
		c, id := f.Causes[k], fmt.Sprintf("cause:%d", k+1)
		switch {
		case c.NoCauseFound():
			parts.add(fmt.Sprintf("On the cause, the team wrote %s.", quote(c.Text)), id)
		case w.incident():
			parts.add(fmt.Sprintf("The team noted %s; debrief could not establish the cause in the ticket's own words.", quote(c.Text)), id, "cause_unsure")
		default:
			parts.add(fmt.Sprintf("The team noted %s.", quote(c.Text)), id)
		}
	}
	if fx, k := w.f.KeyFix(); fx != nil {
		lead := "The remedial step recorded"
		switch w.f.Type {
		case ticket.TypeServiceRequest, ticket.TypeChange:
			lead = "The work recorded"
		case ticket.TypeQuestion:
			lead = "The answer given"
		}
		if fx.Stopgap() && w.f.Type != ticket.TypeQuestion {
			// A stopgap until the fix ("As a workaround you can …",
			// "Until it arrives, please …") did not remedy the fault.
			lead = "The interim step given"
		} else if lead == "The work recorded" && !f.Impact.Restored && !fx.At.IsZero() {
			// Staff's report of the work done ("I have created the
			// mailbox …") is the fix, and the restoration only with a
			// result stated (docs/labelling.md): with no result, when
			// the work was reported is the request's one time.
			lead = fmt.Sprintf("The work recorded at %s, %s after the ticket was opened", w.at(fx.At), w.since(fx.At))
		}
		parts.add(fmt.Sprintf("%s: %s.", lead, quote(fx.Text)), fmt.Sprintf("fix:%d", k+1))
	}
	if f.Impact.Restored {
		parts.add(fmt.Sprintf("%s at %s, %s after the ticket was opened: %s.", capital(w.doneWords()), w.at(f.Impact.End), timefmt.Duration(f.Impact.Duration), quote(f.Restored.Text)), "impact", "restored")
	} else if w.incident() && !f.ClosedAt.IsZero() {
		parts.add("debrief could not identify when service was restored.", "impact")
	}
	if fr := &st.FirstResponse; fr.Stopped() && fr.HasTarget() {
		parts.add(firstResponseWait(fr), "first_response")
	} else if !fr.Stopped() && !w.finding(analysis.CodeFirstResponseNotAwaited) && !st.StaffOpened {
		parts.add("The customer received no response before the ticket closed.", "first_response")
	}
	w.closing(&parts)
	if asks, src := w.asks(2); asks != "" {
		parts.add("The review asks to "+asks+".", src...)
	}
	return parts
}

// finding reports whether the review made a finding of the given code.
func (w *prose) finding(code string) bool {
	for _, fd := range w.a.Findings {
		if fd.Code == code {
			return true
		}
	}
	return false
}

// firstResponseWait is the executive summary's sentence of the first
// response's wait and its verdict. Where business and wall-clock time differ
// it gives the wait from the opening with the business time beside it:
// business time alone read as the wait, "The first response came after 0
// seconds" of a reply 1 hour 8 minutes after an evening call (styles54
// INC0048650), 18 minutes after a Saturday opening (styles2 RPOS-88120), 44
// minutes after an early opening (styles55 PL-88170): 638 of 1,096 summaries
// gave business time as the wait, 225 of them "0 seconds", beside a timeline
// that shows the reply. Where they are equal the one figure is the wait.
func firstResponseWait(fr *sla.Measure) string {
	verdict := "within"
	if !fr.Within {
		verdict = "outside"
	}
	wait := "after " + timefmt.Duration(fr.Business)
	if business, elapsed := timefmt.Duration(fr.Business), timefmt.Duration(fr.Elapsed); business != elapsed {
		wait = analysis.SinceOpened(elapsed, business, "the ticket")
	}
	return fmt.Sprintf("The first response came %s, %s the SLA.", wait, verdict)
}

// requestVerb is the verb for what the opening of a request, a change or a
// question does, as the reader read it: "asked" for a question, "requested"
// for something to be done, else "wrote".
func requestVerb(q *analysis.Quote) string {
	switch q.Ask {
	case analysis.AskQuestion:
		return "asked"
	case analysis.AskRequest:
		return "requested"
	}
	return "wrote"
}

func cmpQuote(a, b *analysis.Quote) *analysis.Quote {
	if a != nil {
		return a
	}
	return b
}

// asks lists the titles of the first n actions about this incident's own
// cause (analysis.RootCauseAction) as one clause, lower-cased; the process
// actions stay in the list of asks.
func (w *prose) asks(n int) (string, []string) {
	var out, src []string
	for i, a := range w.a.Actions {
		if len(out) == n {
			break
		}
		if a.Title == "" || !analysis.RootCauseAction(a.Code) {
			continue
		}
		out = append(out, strings.ToLower(a.Title[:1])+a.Title[1:])
		src = append(src, fmt.Sprintf("action:%d", i+1))
	}
	return strings.Join(out, "; and to "), src
}

func (w *prose) incident() bool {
	return w.f.Type == "" || w.f.Type == ticket.TypeIncident
}

func (w *prose) typeName() string { return analysis.TypeName(w.f.Type) }

// doneWords say what the message that ended the impact reported, in the
// words of the ticket's type: a request or a change has no outage to restore,
// and a question is resolved, not restored.
//
// In a request or a change whose customer reported a fault after the work,
// a restoration at or after that report ends the fault the work left, not the
// work, which was done before it: "the problem reported after the work was
// reported fixed", never "the change was reported done" at the fix of what the
// change broke (styles43 RSC-40135, styles48 KA-2210, styles50 SW-40455).
func (w *prose) doneWords() string {
	if lp, r := w.f.LaterProblem, w.f.Restored; lp != nil && r != nil && lp.Role == ticket.RoleCustomer && !r.At.Before(lp.At) &&
		(w.f.Type == ticket.TypeServiceRequest || w.f.Type == ticket.TypeChange) {
		return "the problem reported after the work was reported fixed"
	}
	switch w.f.Type {
	case ticket.TypeServiceRequest:
		return "the request was reported done"
	case ticket.TypeChange:
		return "the change was reported done"
	case ticket.TypeQuestion:
		return "the question was reported resolved"
	}
	return "service was reported restored"
}

func (w *prose) businessImpact() claims {
	f := w.f
	var parts claims
	switch {
	case !w.incident():
		parts.add(fmt.Sprintf("This ticket is %s, not an outage: no duration of impact applies.", w.typeName()), "impact", "type")
	case f.Impact.Restored:
		parts.add(fmt.Sprintf("Duration of impact: %s, from the opening of the ticket to the report at %s that service was restored.", timefmt.Duration(f.Impact.Duration), w.at(f.Impact.End)), "impact", "restored")
	case !f.ClosedAt.IsZero():
		parts.add("Duration of impact: unknown; debrief could not identify a message reporting the service restored.", "impact")
	}
	if f.BusinessImpact != nil && (len(f.Urgency) == 0 || f.Urgency[0].Text != f.BusinessImpact.Text) {
		parts.add(fmt.Sprintf("In the customer's words: %s.", quote(f.BusinessImpact.Text)), "business_impact")
	}
	if f.Customer != "" {
		parts.add(fmt.Sprintf("Affected customer: %s.", f.Customer), "customer")
	}
	sev := cmp(f.Priority, "not set")
	src := []string{"priority"}
	// Only the customer's words are the customer's description: a subject
	// written by a monitoring system or by staff is not (analysis gives the
	// subject's urgency the role of whoever opened the ticket).
	if k := slices.IndexFunc(f.Urgency, func(q analysis.Quote) bool { return q.Role == ticket.RoleCustomer }); k >= 0 {
		sev += fmt.Sprintf("; the customer described the situation as %s", quote(f.Urgency[k].Text))
		src = append(src, fmt.Sprintf("urgency:%d", k+1))
	}
	parts.add(fmt.Sprintf("Severity: %s.", sev), src...)
	if f.Impact.Cost > 0 {
		parts.add(fmt.Sprintf("Estimated cost of downtime: %s %s (%s %s per hour, by %s).", f.Impact.Currency, timefmt.Amount(f.Impact.Cost), f.Impact.Currency, timefmt.Amount(f.Impact.CostPerH), f.Impact.CostSource), "cost")
	}
	return parts
}

func (w *prose) outcome() claims {
	f := w.f
	var parts claims
	if f.Impact.Restored {
		parts.add(fmt.Sprintf("%s at %s.", capital(w.doneWords()), w.at(f.Impact.End)), "impact", "restored")
	}
	w.closing(&parts)
	confirmed, closing := "", false
	for _, fd := range w.a.Findings {
		if fd.Code == "auto_closed_unconfirmed" {
			parts.add("The customer did not confirm the outcome before the automatic close.", analysis.FindingID(fd))
		}
		if fd.Code == "customer_informed" {
			// the customer's closing thanks after the last update had no
			// reply, and needed none: not "every message had a reply"
			confirmed, closing = analysis.FindingID(fd), strings.Contains(fd.Text, "that needed a reply")
		}
	}
	switch {
	case confirmed != "" && closing:
		parts.add("Every customer message that needed a reply had one before the close.", confirmed)
	case confirmed != "":
		parts.add("Every customer message had a reply before the close.", confirmed)
	}
	parts.add(fmt.Sprintf("The review proposes %s.", count(len(w.a.Actions), "action", "actions")), "actions")
	return parts
}

func count(n int, one, many string) string {
	switch n {
	case 0:
		return "no " + many // "The review proposes no actions", not "0 actions"
	case 1:
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
