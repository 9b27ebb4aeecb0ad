package analysis

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/ticket"
)

// actionTemplate is the action a finding calls for.
type actionTemplate struct {
	code     string
	category ActionCategory
	title    func(f *Facts) string
}

// actionFor maps finding codes to the action they call for.
var actionFor = map[string]actionTemplate{
	"first_response_missing": {"reply_before_close", Corrective, func(f *Facts) string {
		return "Review the queue rules that let a ticket close without any customer-visible response"
	}},
	"first_response_breached": {"first_response_cover", Preventive, func(f *Facts) string {
		return fmt.Sprintf("Review staffing and new-ticket alerting so %s get a first response within target", prioOr(f))
	}},
	"update_gap_breached": {"update_cadence", Preventive, func(f *Facts) string {
		return fmt.Sprintf("Agree an update cadence for %s and set a reminder when it is due", kindOf(f))
	}},
	"customer_chased": {"proactive_updates", Preventive, func(f *Facts) string {
		return "Send proactive updates at the agreed cadence so customers do not need to ask for news"
	}},
	"chase_unanswered": {"answer_chases", Corrective, func(f *Facts) string {
		return "Add a queue view of tickets whose last message is the customer's, and work it daily"
	}},
	"customer_not_informed": {"reply_before_close", Corrective, func(f *Facts) string {
		return "Require a reply to the customer's last message before a ticket can close"
	}},
	"auto_closed_unconfirmed": {"confirm_before_close", Preventive, func(f *Facts) string {
		return "Confirm the outcome with the customer before an automatic close for inactivity"
	}},
	"estimate_without_timeline": {"estimate_guidance", Preventive, func(f *Facts) string {
		return "Brief the team on giving estimates only once a timeline is confirmed, with wording for interim updates"
	}},
	"internal_ticket_missing": {"internal_ticket", Preventive, func(f *Facts) string {
		return fmt.Sprintf("Open an internal coordination ticket for %s", kindOf(f))
	}},
	"priority_raised_late": {"triage_rules", Preventive, func(f *Facts) string {
		return "Review triage rules so urgent wording in a new ticket prompts the highest priority at intake"
	}},
	"resolution_breached": {"resolution_review", Corrective, func(f *Facts) string {
		return "Review what delayed resolution beyond the SLA target and agree the escalation point"
	}},
	"cause_not_recorded": {"root_cause_analysis", Corrective, func(f *Facts) string {
		if unsureIncident(f) {
			return fmt.Sprintf("Establish whether a fault lay behind %s and, if one did, record its cause with the evidence for it", aboutTicket(f))
		}
		return fmt.Sprintf("Establish and record the cause of %s, with the evidence for it", about(f))
	}},
}

// factorMonitorTechnical keys the preventive action a technical failure calls for.
const factorMonitorTechnical FactorCategory = "technical_failure_monitoring"

// factorActions are the actions each contributing-factor category calls for.
var factorActions = map[FactorCategory]actionTemplate{
	FactorTechnical: {"fix_component", Corrective, func(f *Facts) string {
		if c := component(f); c != "" && suppliersPart(f, c) {
			return fmt.Sprintf("Ask the supplier to confirm the permanent fix for %s", c)
		} else if c != "" {
			return fmt.Sprintf("Verify the permanent fix for %s and check the same weakness elsewhere in the estate", c)
		}
		return fmt.Sprintf("Verify the permanent fix for the failure the team identified (%s) and check the same weakness elsewhere in the estate", technicalRef(f))
	}},
	FactorProcess: {"update_runbook", Preventive, func(f *Facts) string {
		return "Update the runbook and checklist for this kind of change so the gap cannot recur"
	}},
	factorMonitorTechnical: {"monitor_component", Preventive, func(f *Facts) string {
		if c := component(f); c != "" && suppliersPart(f, c) {
			return supplierTitle(f) // the dependency, not our monitoring (actions_supplier.go)
		} else if c != "" {
			return fmt.Sprintf("Add monitoring and alerting for %s, so the next failure is detected before the customer reports it", c)
		}
		return fmt.Sprintf("Add monitoring and alerting for the component that failed (%s), so the next failure is detected before the customer reports it", technicalRef(f))
	}},
	FactorMonitoring: {"monitoring", Preventive, func(f *Facts) string {
		return fmt.Sprintf("Add monitoring and alerting that detects this failure (%s) before the customer does", causeRef(f, FactorMonitoring))
	}},
	// a cause stated in words no category names (actions_cause.go)
	FactorUnclassified: fixCause,
	// the dependency on the supplier (actions_supplier.go)
	FactorThirdParty: supplierAction,
}

// suppliersPart reports whether c, the component the technical actions
// name, is told in the statement that showed a third party's part, as
// theirs (see theirs): "a
// migration on their side" of "It's at Amex's end: a migration on their side
// on the 5th stopped the daily transaction files" (styles57 RC-FSS-5540). The
// permanent fix for it is the supplier's to make; "Verify the permanent fix
// for a migration on their side" asked it of the team.
//
// A name that tells the part is theirs ("their message broker in the Dublin
// region", "the outage at our card processing partner") is the supplier's
// part too, with or without a third party's factor (actions_supplier.go).
func suppliersPart(f *Facts, c string) bool {
	if suppliersName(c) {
		return true
	}
	for _, fc := range f.Factors {
		if fc.Category == FactorThirdParty && fc.Evidence != nil && strings.Contains(mainClause(fc.Evidence.Text), c) &&
			theirs.MatchString(lower(beforeConsequence(fc.Evidence.Text))) {
			return true
		}
	}
	return false
}

// The consequence after "so" is not read (component_consequence.go): "…
// swapped the Brother QL-820NWB driver for Microsoft's generic one, which
// sends the labels in the wrong size, so | they print blank" (styles70 08)
// tells the labels, not a supplier's part.
//
// theirs names a third party as the owner or the author of what it tells:
// "on their side", "the certificate they issued", "our telematics supplier
// found a bug", "Vendor confirms"; not a maker's update applied here ("the
// weekend Windows update replaced the Noahlink driver", styles AUD-240388),
// whose fix is the team's.
var theirs = regexp.MustCompile(`\b(their|they|supplier|supplier's|vendor|vendor's|provider|provider's)\b|'s end\b`)

func prioOr(f *Facts) string {
	if f.Priority != "" {
		return f.Priority + " tickets"
	}
	// "high-priority tickets" stood for a ticket with no priority
	// (styles61 MW-RQ-9031, BD-2026-0162)
	return "new tickets"
}

// kindOf names the tickets an action concerns: "P1 incidents", "service requests".
func kindOf(f *Facts) string {
	noun := "incidents"
	switch f.Type {
	case ticket.TypeServiceRequest:
		noun = "service requests"
	case ticket.TypeQuestion:
		noun = "questions"
	case ticket.TypeChange:
		noun = "changes"
	}
	if f.Priority != "" {
		return f.Priority + " " + noun
	}
	return noun
}

// about names the incident an action concerns by its subject.
func about(f *Facts) string {
	if f.Subject != "" {
		return "the \u201c" + f.Subject + "\u201d incident"
	}
	return "incident " + f.TicketID
}

// causeRef quotes, shortened at a word, the cause statement that showed a
// factor (from its main clause: "kindly note that we found that" and the
// like left out), so the action names the component or process it concerns.
func causeRef(f *Facts, c FactorCategory) string {
	return causeRefN(f, c, 120)
}

// briefRefLen is how much of a cause statement a technical action quotes where
// no component is named in it: the statement's opening words point to it (the
// report quotes it whole under the root cause), and the two actions that
// quote it stay readable side by side. 120 bytes quoted twice made the
// executive summary's asks longer than its account of the incident
// (styles59 KAE-24203).
const briefRefLen = 64

// briefCauseRef is causeRef cut to briefRefLen, and back past the words a
// cut leaves dangling ("… driver update on 24 …" is "… driver update …").
func briefCauseRef(f *Facts, c FactorCategory) string {
	return causeRefN(f, c, briefRefLen)
}

func causeRefN(f *Facts, c FactorCategory, n int) string {
	cut := func(s string) string {
		if n == briefRefLen {
			return briefen(s, n)
		}
		return shorten(s, n)
	}
	for _, fc := range f.Factors {
		if fc.Category == c && fc.Evidence != nil {
			return quote(cut(mainClause(fc.Evidence.Text)))
		}
	}
	if len(f.Causes) > 0 {
		return quote(cut(mainClause(f.Causes[f.MainCause(false)].Text)))
	}
	return about(f)
}

// briefen is shorten, with the words a cut leaves hanging dropped: a
// preposition, an article, a conjunction or a figure ("on 24", "in the").
func briefen(s string, n int) string {
	out := shorten(s, n)
	if out == s {
		return s
	}
	out = strings.TrimSuffix(out, " \u2026")
	if strings.Count(out, "\"")%2 == 1 {
		// the cut fell inside a quoted message: end before it opens
		out = out[:strings.LastIndex(out, "\"")]
	}
	words := strings.Fields(out)
	for len(words) > 3 {
		w := strings.ToLower(strings.Trim(words[len(words)-1], ",;:.()"))
		if !prepositions[w] && !isDeterminer(w) && w != "and" && w != "or" && w != "but" && w != "-" && strings.Trim(w, "0123456789./:") != "" {
			break
		}
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), " ,;:.-") + " \u2026"
}

// shorten cuts s to at most n bytes at a word boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:.") + " \u2026"
}

// actions derives corrective and preventive actions from the findings and the
// contributing factors, each once, with owners and due dates from the settings.
// Due dates count from the close (or creation, for an open ticket) as local dates.
func actions(f *Facts, fs []Finding, s *Settings, loc *time.Location) []Action {
	var out []Action
	seen := map[string]bool{}
	add := func(tpl actionTemplate, finding string, factor FactorCategory) {
		if seen[tpl.code] {
			return
		}
		seen[tpl.code] = true
		out = append(out, Action{
			Code:     tpl.code,
			Title:    tpl.title(f),
			Owner:    owner(&s.Actions, tpl.code, factor, tpl.category),
			Due:      due(&s.Actions, f, tpl.code, tpl.category, loc),
			Category: tpl.category,
			Finding:  finding,
		})
	}
	incident := f.Type == "" || f.Type == ticket.TypeIncident
	// A step staff took against a repeat is the preventive action under way:
	// it is to be confirmed and extended (preventive_step.go), in place of
	// the monitoring ones.
	var step *Quote
	if incident && (hasFactor(f, FactorTechnical) || hasFactor(f, FactorMonitoring)) {
		step = preventiveStep(f)
	}
	// The incident's own actions (from what the team said caused it) come first;
	// generic process actions follow only where a finding calls for them.
	for _, fc := range f.Factors {
		if !incident {
			break // a request, question or change has no root-cause actions
		}
		if causeToEstablish(&fc) {
			// a note of a state or no cause found (actions_cause.go)
			add(actionFor["cause_not_recorded"], "", "")
		} else if fc.Category == FactorMonitoring && step != nil {
			add(confirmStep, "", FactorTechnical)
		} else if tpl, ok := factorActions[fc.Category]; ok {
			add(tpl, "", fc.Category)
		}
		if fc.Category == FactorTechnical && !hasFactor(f, FactorMonitoring) {
			if step != nil {
				add(confirmStep, "", FactorTechnical)
			} else if c, failed := componentFailed(f); failed && suppliersPart(f, c) {
				// a supplier's part that failed: the dependency on them,
				// once with the third party's own action (actions_supplier.go)
				add(supplierAction, "", FactorThirdParty)
			} else if failed {
				// monitoring only for a component whose failure is named
				// (monitor_failure.go)
				add(factorActions[factorMonitorTechnical], "", FactorMonitoring)
			}
		}
	}
	for _, fd := range fs {
		if fd.Kind != ToImprove {
			continue
		}
		if tpl, ok := actionFor[fd.Code]; ok {
			add(tpl, fd.Code, "")
		}
	}
	return out
}

func hasFactor(f *Facts, c FactorCategory) bool {
	for _, fc := range f.Factors {
		if fc.Category == c {
			return true
		}
	}
	return false
}

func owner(s *ActionSettings, code string, factor FactorCategory, cat ActionCategory) string {
	for _, k := range []string{code, string(factor), string(cat)} {
		if o, ok := s.Owners[k]; ok && k != "" {
			return o
		}
	}
	if s.DefaultOwner != "" {
		return s.DefaultOwner
	}
	return "Service desk manager"
}

func due(s *ActionSettings, f *Facts, code string, cat ActionCategory, loc *time.Location) time.Time {
	days, ok := s.DueDays[code]
	if !ok {
		days, ok = s.DueDays[string(cat)]
	}
	if !ok {
		days = 30
	}
	from := f.ClosedAt
	if from.IsZero() {
		from = f.CreatedAt
	}
	l := from.In(loc)
	return time.Date(l.Year(), l.Month(), l.Day()+days, 0, 0, 0, 0, loc)
}
