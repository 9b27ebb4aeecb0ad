package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/timefmt"
)

// judge holds what the finding rules read.
type judge struct {
	t   *ticket.Ticket
	st  *sla.Stats
	f   *Facts
	s   *Settings
	z   timefmt.Zone
	rd  *reading // how the messages read; nil in tests that build facts by hand
	out []Finding
}

func (j *judge) at(t time.Time) string { return j.z.Moment(t, j.t.CreatedAt) }

func (j *judge) add(f Finding) { j.out = append(j.out, f) }

// checkOrder is the order in which the built-in checks run and their findings appear.
var checkOrder = []string{
	"first_response_within_sla", "max_update_gap", "customer_informed_before_close",
	"no_estimate_without_timeline", "internal_ticket_linked", "resolution_within_sla",
}

func findings(t *ticket.Ticket, st *sla.Stats, f *Facts, s *Settings, rd *reading) []Finding {
	j := &judge{t: t, st: st, f: f, s: s, rd: rd, z: timefmt.In(st.Policy.Calendar.Location())}
	j.triage()
	for _, name := range checkOrder {
		ran := false
		for _, d := range s.Directives {
			if d.Check != name {
				continue
			}
			ran = true
			if len(d.Priorities) > 0 && !slices.Contains(d.Priorities, t.Priority) {
				continue
			}
			n := len(j.out)
			j.runCheck(name, d)
			for i := n; i < len(j.out); i++ {
				j.cite(&j.out[i], d)
			}
		}
		if !ran {
			j.runCheck(name, Directive{})
		}
	}
	j.chases()
	j.silence()
	j.rootCause()
	j.pauses()
	return j.out
}

// cite attaches a directive to a finding and says how the handling relates to it.
func (j *judge) cite(f *Finding, d Directive) {
	f.Directive, f.DirectiveTitle = d.ID, d.Title
	switch f.Kind {
	case WentWell:
		f.Text += fmt.Sprintf(" This is in line with directive %d.", d.ID)
	case ToImprove:
		f.Text += fmt.Sprintf(" This is contrary to directive %d.", d.ID)
	}
}

func (j *judge) runCheck(name string, d Directive) {
	switch name {
	case "first_response_within_sla":
		j.firstResponse()
	case "resolution_within_sla":
		j.resolution()
	case "max_update_gap":
		j.updateGaps(d.Max)
	case "internal_ticket_linked":
		j.internalTicket(d.ID != 0)
	case "no_estimate_without_timeline":
		j.estimates()
	case "customer_informed_before_close":
		j.informedBeforeClose()
	}
}

func (j *judge) firstResponse() {
	fr := &j.st.FirstResponse
	switch {
	case j.st.StaffOpened && fr.Stopped():
		// Staff's note of the call, the visit or the work they raised opened
		// the ticket: the customer was answered in the call, so no wait is
		// judged (sla.staffOpening).
		j.add(Finding{Code: "first_response_staff_opened", Kind: Note, Area: AreaTriage, At: fr.At,
			Text: fmt.Sprintf("Staff opened the ticket with a note of the request, so no first-response target applies; the first customer-visible message after it came %s after the ticket was opened (%s of business time).", timefmt.DurationExact(fr.Elapsed), timefmt.DurationExact(fr.Business))})
	case j.st.StaffOpened:
		j.add(Finding{Code: "first_response_staff_opened", Kind: Note, Area: AreaTriage,
			Text: "Staff opened the ticket with a note of the request, so no first-response target applies; no customer-visible message followed the note before the ticket closed."})
	case !fr.Stopped() && j.alertOnly():
		j.add(Finding{Code: CodeFirstResponseNotAwaited, Kind: Note, Area: AreaTriage,
			Text: "A monitoring alert opened the ticket and no customer wrote in it, so no response was awaited; no customer-visible message was sent."})
	case !fr.Stopped():
		j.add(Finding{Code: "first_response_missing", Kind: ToImprove, Area: AreaTriage,
			Text: "No customer-visible response was sent before the ticket closed."})
	case !fr.HasTarget():
		j.add(Finding{Code: "first_response_time", Kind: Note, Area: AreaTriage, At: fr.At,
			Text: fmt.Sprintf("The first response came %s; the SLA sets no first-response target.", responseWait(fr))})
	case fr.Within:
		j.add(Finding{Code: "first_response_within_sla", Kind: WentWell, Area: AreaTriage, At: fr.At,
			Text: fmt.Sprintf("The first response came %s, within the %s first-response target of %s.",
				responseWait(fr), j.st.Policy.Name, timefmt.Duration(fr.Target))})
	default:
		j.add(Finding{Code: "first_response_breached", Kind: ToImprove, Area: AreaTriage, At: fr.At,
			Text: fmt.Sprintf("The first response came %s, beyond the %s first-response target of %s plus %s grace.",
				responseWait(fr), j.st.Policy.Name, timefmt.Duration(fr.Target), timefmt.Duration(j.st.Policy.Grace))})
	}
}

// responseWait is the first response's wait from the opening, for a
// finding: business time, and where the wall-clock wait differs, that wait
// with the business time beside it. "The first response came 0 seconds after
// the ticket was opened (business time)" stood beside a reply 50 minutes
// after an alert at 05:12 (styles58 BHS-24117), as the executive summary's
// sentence did before it gave both (writer.firstResponseWait).
func responseWait(fr *sla.Measure) string {
	business, elapsed := timefmt.DurationExact(fr.Business), timefmt.DurationExact(fr.Elapsed)
	if business == elapsed {
		return business + " after the ticket was opened (business time)"
	}
	return SinceOpened(elapsed, business, "the ticket")
}

// SinceOpened is a wait from the opening with the business time beside it,
// where the two differ: "1 hour 7 minutes after the ticket was opened (0
// seconds of business time)". what names the ticket ("the ticket", "it").
// The findings and the writer phrase every such wait with it.
func SinceOpened(elapsed, business, what string) string {
	return elapsed + " after " + what + " was opened (" + business + " of business time)"
}

// CodeFirstResponseNotAwaited is the code of the finding that nobody awaited
// a response (an alert opened the ticket and no customer wrote in it, see
// alertOnly): the writer then tells no missing response, and checks for it by
// this constant rather than by the string.
const CodeFirstResponseNotAwaited = "first_response_not_awaited"

// FirstResponseSentence is the sentence of the first response of a ticket
// the customer or an alert opened, with the SLA's due time and verdict where
// it sets a target: the evidence catalogue and the writer's triage each wrote
// it out (the catalogue with the business time a second time). A ticket
// staff opened has StaffOpenedResponse instead. at formats an instant as the
// caller does.
func FirstResponseSentence(fr *sla.Measure, at func(time.Time) string) string {
	if !fr.Stopped() {
		return "No customer-visible response was sent before the ticket closed."
	}
	s := fmt.Sprintf("The first customer-visible response came at %s, %s after the ticket was opened (%s of business time).",
		at(fr.At), timefmt.DurationExact(fr.Elapsed), timefmt.DurationExact(fr.Business))
	if fr.HasTarget() && !fr.Due.IsZero() {
		verdict := "within"
		if !fr.Within {
			verdict = "outside"
		}
		s += fmt.Sprintf(" It was due by %s (target %s) and came %s the SLA, grace included.", at(fr.Due), timefmt.Duration(fr.Target), verdict)
	}
	return s
}

// StaffOpenedResponse is the sentence of the first response of a ticket
// staff opened (sla.Stats.StaffOpened), alike in the evidence catalogue and
// the writer's triage; at formats an instant as the caller does.
func StaffOpenedResponse(fr *sla.Measure, at func(time.Time) string) string {
	if !fr.Stopped() {
		return "Staff opened the ticket with a note of the request; no customer-visible message followed it before the ticket closed."
	}
	return fmt.Sprintf("Staff opened the ticket with a note of the request, so no first-response target applies. The first customer-visible message after it came at %s, %s.",
		at(fr.At), SinceOpened(timefmt.DurationExact(fr.Elapsed), timefmt.DurationExact(fr.Business), "the ticket"))
}

// alertOnly reports whether a monitoring alert opened the ticket and no
// customer wrote in it before the close: nobody awaited a response, and "No
// customer-visible response was sent" is no point to improve. 33 of the 42
// tickets told so in the styles sets were such alerts (styles20 CRW-20840,
// styles24 PLT-2291, styles52 CSS-109882, styles53 KS-OPS-7713, styles62
// CLP-118420); an alert the customer then wrote in is still one
// (styles35 SLF-ALR-5520).
func (j *judge) alertOnly() bool {
	if j.rd == nil || machineOpened(j.t, j.rd.Reading) < 0 {
		return false
	}
	for i := range j.t.Events {
		e := &j.t.Events[i]
		if j.t.Closed() && e.At.After(j.t.ClosedAt) {
			break
		}
		if e.IsPublicCustomerMessage() {
			return false
		}
	}
	return true
}

func (j *judge) resolution() {
	r := &j.st.Resolution
	if !r.Stopped() || !r.HasTarget() {
		return
	}
	if r.Within {
		j.add(Finding{Code: "resolution_within_sla", Kind: WentWell, Area: AreaProcess, At: r.At,
			Text: fmt.Sprintf("The ticket was closed %s, within the resolution target of %s.", closeWait(r), timefmt.Duration(r.Target))})
		return
	}
	j.add(Finding{Code: "resolution_breached", Kind: ToImprove, Area: AreaProcess, At: r.At,
		Text: fmt.Sprintf("The ticket was closed %s, beyond the resolution target of %s plus %s grace.",
			closeWait(r), timefmt.Duration(r.Target), timefmt.Duration(j.st.Policy.Grace))})
}

// closeWait is the time to the close, for the resolution finding: business
// time, and where the wall-clock time differs, that time with the business
// time beside it, as responseWait gives the first response's. "The ticket was
// closed after 0 seconds of business time" stood for an alert ticket closed
// 39 minutes after it opened at 05:12, out of hours (styles58 BHS-24117).
func closeWait(r *sla.Measure) string {
	business, elapsed := timefmt.DurationExact(r.Business), timefmt.DurationExact(r.Elapsed)
	if business == elapsed {
		return "after " + business + " of business time"
	}
	return SinceOpened(elapsed, business, "it")
}

func (j *judge) updateGaps(max time.Duration) {
	u := &j.st.Updates
	limit := max
	if limit == 0 {
		limit = j.st.Targets.Update
	}
	if u.Max < 0 {
		return
	}
	longest := u.Gaps[u.Max]
	desc := fmt.Sprintf("The longest gap between customer-visible updates was %s of business time, from %s to %s",
		timefmt.DurationExact(longest.Business), j.at(longest.From), j.at(longest.To))
	if limit == 0 {
		j.add(Finding{Code: "update_gap_longest", Kind: Note, Area: AreaCommunication, At: longest.To, Text: desc + "."})
		return
	}
	grace := j.st.Policy.Grace
	var over []sla.Gap
	for _, g := range u.Gaps {
		if g.Business > limit+grace {
			over = append(over, g)
		}
	}
	if len(over) == 0 {
		j.add(Finding{Code: "update_gaps_within_target", Kind: WentWell, Area: AreaCommunication, At: longest.To,
			Text: fmt.Sprintf("%s, within the update target of %s.", desc, timefmt.Duration(limit))})
		return
	}
	j.add(Finding{Code: "update_gap_breached", Kind: ToImprove, Area: AreaCommunication, At: over[0].To,
		Text: fmt.Sprintf("%s; %s exceeded the update target of %s plus %s grace.", desc, countNoun(len(over), "gap", "gaps"),
			timefmt.Duration(limit), timefmt.Duration(grace))})
}

func (j *judge) internalTicket(directed bool) {
	// Without a directive, only the most urgent tickets are expected to have one.
	if r, ok := rank(j.t.Priority); !directed && (!ok || (r != 1 && r > 2)) {
		return
	}
	if len(j.f.InternalLinks) > 0 {
		j.add(Finding{Code: "internal_ticket_linked", Kind: WentWell, Area: AreaProcess,
			Text: fmt.Sprintf("The work was coordinated through internal ticket %s.", strings.Join(j.f.InternalLinks, ", "))})
		return
	}
	if q := j.supplierCase(); q != nil {
		j.add(Finding{Code: "internal_ticket_supplier", Kind: Note, Area: AreaProcess, At: q.At,
			Text: fmt.Sprintf("No internal ticket was linked; the work was tracked with the supplier under their reference (\u201c%s\u201d).", strings.TrimSuffix(q.Text, "."))})
		return
	}
	j.add(Finding{Code: "internal_ticket_missing", Kind: ToImprove, Area: AreaProcess,
		Text: fmt.Sprintf("No internal ticket was linked to coordinate the work on this %s ticket.", cmp.Or(j.t.Priority, "high-priority"))})
}

// supplierCase returns staff's sentence that raised the fault with a
// supplier under the supplier's reference, or nil: a verb of raising it
// ("raised", "logged", "opened", "reported", "escalated"), "with" within six
// words after it, and a reference other than the ticket's own: "Raised P1
// with Gamma, ref GC-88213." (styles11 VX-40913), "Raised with Parcelway
// integration support, ref PW-118230." (styles13 SP-43877), "Raised with
// gateway provider (ref GW-22871)." (styles10 CDX-7768), "Raised with
// Netcomm, ref NC-55810." (styles30 RT-771260), "Logged with Strata,
// STR-55120." (styles55 INC-30990). Beside one, "No internal ticket was
// linked" is no point to improve: the work was tracked, with the supplier.
// An automatic message ("Your request HIT-40211 has been logged with the IT
// Service Desk") names the ticket itself and is skipped.
func (j *judge) supplierCase() *Quote {
	if j.rd == nil {
		return nil
	}
	for _, m := range j.rd.Messages {
		e := &j.t.Events[m.Event]
		if e.Role != ticket.RoleAgent || m.Automatic || j.t.Closed() && e.At.After(j.t.ClosedAt) {
			continue
		}
		for _, sn := range m.Sentences {
			if supplierReference(sn.Text, j.t.ID) {
				return &Quote{At: e.At, Role: e.Role, Public: e.Public, Text: clip(sn.Text), Event: EventID(m.Event)}
			}
		}
	}
	return nil
}

var raiseVerbs = map[string]bool{"raised": true, "logged": true, "opened": true, "reported": true, "escalated": true}

// supplierReference reports whether s raises something with someone under
// a reference that is not own (the ticket's id): see supplierCase.
func supplierReference(s, own string) bool {
	ws := strings.Fields(s)
	with := -1
	for i, w := range ws {
		if raiseVerbs[strings.ToLower(strings.Trim(w, ".,;:()"))] {
			for k := i + 1; k < len(ws) && k <= i+6; k++ {
				if strings.ToLower(ws[k]) == "with" {
					with = k
					break
				}
			}
			break
		}
	}
	if with < 0 {
		return false
	}
	for k := with + 1; k < len(ws); k++ {
		w := strings.Trim(ws[k], ".,;:()")
		if w == own || !strings.ContainsAny(w, "0123456789") {
			continue
		}
		prev := strings.ToLower(strings.Trim(ws[k-1], ".,;:()"))
		if prev == "ref" || prev == "reference" || prev == "case" || caseID(w) {
			return true
		}
	}
	return false
}

// caseID reports whether w reads as a case or ticket id: capital letters, a
// dash and at least three digits ("GC-88213", "STR-55120").
func caseID(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || len(w)-i-1 < 3 {
		return false
	}
	for _, r := range w[:i] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	for _, r := range w[i+1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (j *judge) estimates() {
	if len(j.f.Estimates) == 0 {
		asked := false
		for _, c := range j.f.Chases {
			asked = asked || c.AskedWhen
		}
		if asked {
			j.add(Finding{Code: "no_estimate_without_timeline", Kind: WentWell, Area: AreaRisk,
				Text: "The customer asked when service would return; no estimate was given while no timeline was known, which kept expectations accurate."})
		}
		return
	}
	known := newMatcher(j.s.Keywords.TimelineKnown)
	var timelineAt time.Time
	for i := range j.t.Events {
		e := &j.t.Events[i]
		if e.Role == ticket.RoleAgent && e.Kind == ticket.KindMessage {
			if _, ok := known.find(strings.ToLower(limitBody(e.Body))); ok {
				timelineAt = e.At
				break
			}
		}
	}
	e := j.f.Estimates[0]
	if j.f.Impact.Restored && !e.At.Before(j.f.Impact.End) {
		return // given with the restoration or once the service was back ("The re-swabs … will follow on Monday", "sent out for Thursday as normal"): no estimate of its return
	}
	if !timelineAt.IsZero() && !timelineAt.After(e.At) {
		j.add(Finding{Code: "estimate_with_timeline", Kind: WentWell, Area: AreaRisk, At: e.At,
			Text: fmt.Sprintf("An estimate was given at %s (%s) after a timeline had been confirmed at %s.", j.at(e.At), quote(e.Text), j.at(timelineAt))})
		return
	}
	if slices.ContainsFunc(j.f.Fixes, func(q Quote) bool { return !q.At.After(e.At) && stepTaken(q) }) {
		// Given with or after a step taken ("I've corrected the set-up … it
		// will show as a credit on the April statement", "It'll appear on the
		// tills after they next sync"): the step is the timeline, and the
		// estimate is of its follow-on, not a guess at the service's return.
		return
	}
	text := fmt.Sprintf("An estimate of resolution time was given at %s (%s) before any timeline had been confirmed", j.at(e.At), quote(e.Text))
	if j.f.Impact.Restored {
		text += fmt.Sprintf("; the service was reported restored at %s", j.at(j.f.Impact.End))
	}
	j.add(Finding{Code: "estimate_without_timeline", Kind: ToImprove, Area: AreaRisk, At: e.At, Text: text + "."})
}

// agentBefore returns when the last customer-visible update before event i
// came, zero for none.
func (j *judge) agentBefore(i int) time.Time {
	for k := i - 1; k >= 0; k-- {
		if e := &j.t.Events[k]; e.IsPublicAgentMessage() {
			return e.At
		}
	}
	return time.Time{}
}

// confirmsInWords reports whether a sentence of the customer's message at
// event i that the reader reads as restored confirms it in words of its own
// ("Not happened again since", styles20 MES-44152), so it is no mere answer
// to staff's question.
func (j *judge) confirmsInWords(i int) bool {
	if m := j.rd.message(i); m != nil {
		for _, sn := range m.Sentences {
			if sn.Acts&reader.Restored != 0 && confirms(sn.Text) {
				return true
			}
		}
	}
	return false
}

// askedBefore reports whether staff's last customer-visible message before
// event i asked the customer something, as the reader reads it.
func (j *judge) askedBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if e := &j.t.Events[k]; e.IsPublicAgentMessage() {
			if j.rd == nil {
				return false
			}
			m := j.rd.message(k)
			if m == nil {
				return false
			}
			for _, sn := range m.Sentences {
				if sn.Acts&reader.Question != 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

func (j *judge) informedBeforeClose() {
	if !j.t.Closed() {
		return
	}
	ack := newMatcher(j.s.Keywords.Acknowledge)
	// The events up to the close, and the last customer-visible update.
	cut := len(j.t.Events)
	var lastCustomer, lastAgent time.Time
	for i := range j.t.Events {
		e := &j.t.Events[i]
		if e.At.After(j.t.ClosedAt) {
			cut = i
			break
		}
		if e.IsPublicAgentMessage() {
			lastAgent = e.At
		}
	}
	// The customer's last message that needs a reply, read from the end: only
	// the messages after the last one that does are tested for thanks.
	unanswered := false // a customer's message after the last update needed no reply
	for i := cut - 1; i >= 0; i-- {
		e := &j.t.Events[i]
		if !e.IsPublicCustomerMessage() {
			continue
		}
		if !j.agentBefore(i).IsZero() {
			if _, ok := ack.find(strings.ToLower(limitBody(e.Body))); ok || j.confirms(i) {
				// a closing thanks or confirmation after an update needs no reply
				unanswered = unanswered || e.At.After(lastAgent)
				continue
			}
		}
		lastCustomer = e.At
		break
	}
	if !lastCustomer.IsZero() && lastCustomer.After(lastAgent) {
		text := fmt.Sprintf("The customer's last message, at %s, had no reply before the ticket closed at %s.", j.at(lastCustomer), j.at(j.t.ClosedAt))
		if unanswered {
			// a later closing message needed none: this one was not the last
			text = fmt.Sprintf("The customer's message at %s, the last that needed a reply, had none before the ticket closed at %s.", j.at(lastCustomer), j.at(j.t.ClosedAt))
		}
		j.add(Finding{Code: "customer_not_informed", Kind: ToImprove, Area: AreaCommunication, At: lastCustomer, Text: text})
		return
	}
	if !lastAgent.IsZero() {
		f := Finding{Code: "customer_informed", Kind: WentWell, Area: AreaCommunication, At: lastAgent,
			Text: fmt.Sprintf("Every customer message had a reply before the ticket closed; the last customer-visible update was at %s.", j.at(lastAgent))}
		if unanswered {
			// "Every customer message had a reply" would be false: the
			// customer's closing thanks or confirmation came after it.
			f.Text = fmt.Sprintf("Every customer message that needed a reply had one before the ticket closed; the last customer-visible update was at %s, before the customer's closing message.", j.at(lastAgent))
		}
		j.add(f)
	}
}

// confirms reports whether the customer's message at event i confirms the
// outcome or agrees to the close, as the reader reads it, and asks or reports
// nothing more: it needs no reply, as a closing thanks needs none ("Rings
// here, all working.", "Flats ran clean last night … Happy for this to be
// closed.", "yes its work, i am in."). The acknowledgement words miss most of
// them: 70 reports said such a message "had no reply" as a fault to improve.
// A message that also asks, chases or reports a fault ("on my way to T3",
// "Facebook is blowing up - … just spins") still wants its reply.
func (j *judge) confirms(i int) bool {
	if j.rd == nil {
		return false
	}
	m := j.rd.message(i)
	if m == nil {
		return false
	}
	var acts reader.Act
	for _, sn := range m.Sentences {
		acts |= sn.Acts
	}
	return acts&(reader.Restored|reader.Closing) != 0 && acts&(reader.Question|reader.Chase|reader.Problem) == 0
}

func (j *judge) triage() {
	f := j.f
	initial := j.t.Priority
	if len(f.PriorityChanges) > 0 {
		initial = f.PriorityChanges[0].From
	}
	var raised *PriorityChange
	for i := range f.PriorityChanges {
		if f.PriorityChanges[i].Raised {
			raised = &f.PriorityChanges[i]
			break
		}
	}
	if len(f.Urgency) == 0 {
		if raised != nil {
			j.add(Finding{Code: "priority_raised", Kind: Note, Area: AreaTriage, At: raised.At,
				Text: fmt.Sprintf("The priority was raised from %s to %s at %s, %s after the ticket was opened.", raised.From, raised.To, j.at(raised.At), timefmt.Duration(raised.At.Sub(j.t.CreatedAt)))})
		}
		return
	}
	evidence := quoteList(f.Urgency, 3)
	from := capitalise(urgencySources(f, f.Urgency, 3, j.at))
	if raised != nil {
		j.add(Finding{Code: "priority_raised_late", Kind: ToImprove, Area: AreaTriage, At: raised.At,
			Text: fmt.Sprintf("%s signalled urgency (%s), but the ticket was first triaged as %s and raised to %s only at %s, %s after it was opened.",
				from, evidence, raised.From, raised.To, j.at(raised.At), timefmt.Duration(raised.At.Sub(j.t.CreatedAt)))})
		return
	}
	if r, ok := rank(initial); ok && (r <= 1 || strings.EqualFold(initial, "critical") || strings.EqualFold(initial, "blocker")) {
		j.add(Finding{Code: "urgency_recognised", Kind: WentWell, Area: AreaTriage,
			Text: fmt.Sprintf("%s signalled urgency (%s) and the ticket was handled as %s from the start.", from, evidence, initial)})
		return
	}
	j.add(Finding{Code: "urgency_signalled", Kind: Note, Area: AreaTriage,
		Text: fmt.Sprintf("%s used urgent wording (%s); the ticket was handled as %s.", from, evidence, cmp.Or(initial, "unprioritised"))})
}

func (j *judge) chases() {
	f := j.f
	if len(f.Chases) == 0 {
		return
	}
	var parts []string
	unanswered := 0
	for _, c := range f.Chases {
		if c.AnsweredAt.IsZero() {
			unanswered++
			parts = append(parts, "at "+j.at(c.Quote.At)+" (no reply before close)")
			continue
		}
		parts = append(parts, "at "+j.at(c.Quote.At)+" (answered "+timefmt.Duration(c.Wait)+" later)")
	}
	text := fmt.Sprintf("The customer had to ask for news %s: %s.", countNoun(len(f.Chases), "time", "times"), strings.Join(parts, ", "))
	j.add(Finding{Code: "customer_chased", Kind: ToImprove, Area: AreaCommunication, At: f.Chases[0].Quote.At, Text: text})
	if unanswered > 0 {
		j.add(Finding{Code: "chase_unanswered", Kind: ToImprove, Area: AreaCommunication, At: f.Chases[len(f.Chases)-1].Quote.At,
			Text: fmt.Sprintf("%s from the customer had no reply before the ticket closed.", capitalise(countNoun(unanswered, "request for news", "requests for news")))})
	}
}

func (j *judge) silence() {
	if !j.f.AutoClosed {
		return
	}
	sc := j.st.SilenceBeforeClose
	// Confirmed: the customer acknowledged the outcome after the last update,
	// or the reader read a customer's message as the restoration ("Connected
	// fine on my phone and laptop", "ok updated and im in!!") with no later
	// fault reported after it: the customer confirmed, whoever wrote last.
	if r := j.f.Restored; r != nil && r.Role == ticket.RoleCustomer && r.Public && !r.At.After(j.t.ClosedAt) &&
		(j.f.LaterProblem == nil || j.f.LaterProblem.At.Before(r.At)) {
		return
	}
	ack := newMatcher(j.s.Keywords.Acknowledge)
	confirmed := false
	for i := range j.t.Events {
		e := &j.t.Events[i]
		if !e.IsPublicCustomerMessage() || !e.At.After(sc.From) || e.At.After(j.t.ClosedAt) {
			continue
		}
		if _, ok := ack.find(strings.ToLower(limitBody(e.Body))); ok {
			confirmed = true
		}
	}
	// Or a customer's message after staff's, before the last update, that the
	// reader reads as confirming the outcome, with no fault reported after it:
	// the customer confirmed, and staff answered ("updated, works. ty",
	// styles16 HK-574409; "Brilliant, York manager says all good", styles10
	// POS-31102; "Yes they're going through now, thank you", styles14
	// SCH-48812). The outcome said "The customer did not confirm the outcome".
	// Not an answer to staff's question ("Can you check the oil level …?" –
	// "oil is ok, on the middle", styles23 MW-20902): a check, not the outcome.
	for i := range j.t.Events {
		e := &j.t.Events[i]
		if confirmed || e.At.After(j.t.ClosedAt) {
			break
		}
		if e.IsPublicCustomerMessage() && !j.agentBefore(i).IsZero() && j.confirms(i) && (!j.askedBefore(i) || j.confirmsInWords(i)) &&
			(j.f.LaterProblem == nil || j.f.LaterProblem.At.Before(e.At)) {
			confirmed = true
		}
	}
	if confirmed {
		return
	}
	from := "the ticket was opened"
	if j.st.Updates.Count > 0 {
		from = "the last customer-visible update at " + j.at(sc.From)
	}
	j.add(Finding{Code: "auto_closed_unconfirmed", Kind: ToImprove, Area: AreaCommunication, At: j.t.ClosedAt,
		Text: fmt.Sprintf("The ticket closed automatically (%s) %s after %s, without the customer confirming the outcome.",
			cmp.Or(j.t.CloseReason, "automatic"), timefmt.Duration(sc.Elapsed), from)})
}

func (j *judge) rootCause() {
	f := j.f
	if len(f.Causes) == 0 {
		// Only an incident has a cause to establish; the finding is about the
		// review's reach, not a claim that the ticket lacks something.
		if f.Type == ticket.TypeIncident {
			j.add(Finding{Code: "cause_not_recorded", Kind: ToImprove, Area: AreaTechnical,
				Text: "The messages do not state a cause that debrief could identify; record the cause in the ticket so the review can confirm it."})
		}
		return
	}
	c := f.Causes[0] // when the cause was first explained: the first public one
	for _, q := range f.Causes {
		if q.Public {
			c = q
			break
		}
	}
	if c.Public {
		j.add(Finding{Code: "cause_explained", Kind: WentWell, Area: AreaTechnical, At: c.At,
			Text: fmt.Sprintf("A cause was identified and explained to the customer at %s: %s", j.at(c.At), quote(c.Text))})
		return
	}
	if r := f.CauseTold; r != nil {
		// recorded in a note, then told in the update's own words
		j.add(Finding{Code: "cause_explained", Kind: WentWell, Area: AreaTechnical, At: r.At,
			Text: fmt.Sprintf("A cause was recorded in an internal note at %s, and the update at %s gave the customer the reason in its own words: %s", j.at(c.At), j.at(r.At), quote(r.Text))})
		return
	}
	j.add(Finding{Code: "cause_internal_only", Kind: Note, Area: AreaTechnical, At: c.At,
		Text: fmt.Sprintf("A cause was recorded in an internal note at %s but not explained to the customer: %s", j.at(c.At), quote(c.Text))})
}

func (j *judge) pauses() {
	if len(j.st.Pauses) == 0 {
		return
	}
	j.add(Finding{Code: "paused", Kind: Note, Area: AreaProcess, At: j.st.Pauses[0].Start,
		Text: fmt.Sprintf("The ticket spent %s waiting on the customer or a third party (%s); pauses stop the SLA clocks.",
			timefmt.Duration(j.st.Paused), countNoun(len(j.st.Pauses), "stretch", "stretches"))})
}

func quoteList(qs []Quote, n int) string {
	var parts []string
	seen := map[string]bool{}
	for _, q := range qs {
		if len(parts) == n {
			break
		}
		if seen[q.Match] {
			continue
		}
		seen[q.Match] = true
		parts = append(parts, quote(q.Match))
	}
	return strings.Join(parts, ", ")
}

func countNoun(n int, one, many string) string {
	switch {
	case n == 1 && one == "time":
		return "once"
	case n == 2 && one == "time":
		return "twice"
	case n == 1:
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// quote puts s in typographic quotation marks.
func quote(s string) string {
	// A closing full stop inside the quote would double the sentence's own,
	// and a colon that opened a list or a command the reader's sentence
	// ends before leaves the quote dangling ("I've cancelled your Digital
	// Plus subscription:", styles25 11; round 246).
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	s = strings.TrimRight(strings.TrimSuffix(s, ":"), " ")
	return "\u201c" + s + "\u201d"
}

// interimWords mark a remedy as a stopgap until the fix: "as a workaround",
// "in the meantime", "until it's updated", "for now".
var interimWords = newMatcher(append(slices.Clip(stopgapList), "until"))

// Stopgap reports whether q, a fix, states a stopgap until the fix rather
// than the fix itself (interimWords): "As a workaround you can type the
// keywords by hand", "Until it arrives, please download the units manually",
// "for now the quickest way is to pay from a phone". The summary calls such a
// step a workaround, not the remedy. "Until" makes one only where it opens the
// sentence: elsewhere it is as often how long a step took ("hold the feed
// button until the light flashes twice") or what it waits for ("trust left in
// place for rollback until Friday"). The word must come early, where it
// frames the step ("They're changing it, but for now the quickest way is
// …"): far into a long sentence it is about something else ("share your
// feedback …, this behaviour we suggested as a workaround is only for …").
func (q Quote) Stopgap() bool {
	l := lower(strings.TrimSpace(q.Text))
	if strings.HasPrefix(l, "until ") {
		return true
	}
	for _, w := range stopgapWords.words {
		head := l
		if cut := stopgapReach + len(w); cut < len(l) {
			// up to the end of the word the cut falls in, so that a cut
			// makes no word boundary ("for now|here")
			if sp := strings.IndexByte(l[cut:], ' '); sp >= 0 {
				head = l[:cut+sp]
			}
		}
		if i := strings.Index(head, w); i >= 0 && i < stopgapReach && containsWord(head, w, false) {
			return true
		}
	}
	return false
}

// stopgapReach is how far into a sentence, in bytes, a stopgap word frames
// the step (see Stopgap): the word must start before it.
const stopgapReach = 40

// stopgapWords are interimWords without "until" (see Stopgap).
var stopgapWords = newMatcher(stopgapList)

// stopgapList are the words of stopgapWords, which interimWords shares.
var stopgapList = []string{"workaround", "work around", "in the meantime", "meanwhile", "for now", "as a first step",
	"temporarily", "interim"}

// instructionWords open an instruction to the customer that addressWords
// does not: "Don't clear storage, or …", "Try a private window".
var instructionWords = newMatcher([]string{"don't", "do not", "try", "make sure"})

// stepTaken reports whether fix q states a step staff took, as a timeline a
// later estimate may rest on: not a question, an instruction to the customer
// ("please clear the cache"), a plan or condition ("Eng will roll back"), nor
// a stopgap until the fix ("As a workaround, …").
func stepTaken(q Quote) bool {
	if strings.Contains(q.Match, "question") || strings.Contains(q.Match, "estimate") {
		return false
	}
	l := lower(q.Text)
	if addressWords.startsWith(l) || instructionWords.startsWith(l) {
		return false
	}
	if _, ok := interimWords.find(l); ok {
		return false
	}
	_, plan := planWords.find(l)
	return !plan
}
