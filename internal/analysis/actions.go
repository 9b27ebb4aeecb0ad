package analysis

import (
	"fmt"
	"time"
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
		return fmt.Sprintf("Review staffing and new-ticket alerting so %s tickets get a first response within target", prioOr(f))
	}},
	"update_gap_breached": {"update_cadence", Preventive, func(f *Facts) string {
		return fmt.Sprintf("Agree an update cadence for %s incidents and set a reminder when it is due", prioOr(f))
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
		return fmt.Sprintf("Open an internal coordination ticket for every %s incident", prioOr(f))
	}},
	"priority_raised_late": {"triage_rules", Preventive, func(f *Facts) string {
		return "Review triage rules so urgent wording in a new ticket prompts the highest priority at intake"
	}},
	"resolution_breached": {"resolution_review", Corrective, func(f *Facts) string {
		return "Review what delayed resolution beyond the SLA target and agree the escalation point"
	}},
	"cause_not_recorded": {"root_cause_analysis", Corrective, func(f *Facts) string {
		return "Complete a root cause analysis (five whys) and record the cause in the ticket"
	}},
}

// factorActions are the actions each contributing-factor category calls for.
var factorActions = map[FactorCategory]actionTemplate{
	FactorTechnical: {"fix_component", Corrective, func(f *Facts) string {
		return "Verify the permanent fix for the failed component and check the same weakness elsewhere in the estate"
	}},
	FactorProcess: {"update_runbook", Preventive, func(f *Facts) string {
		return "Update the runbook and checklist for this kind of change so the gap cannot recur"
	}},
	FactorMonitoring: {"monitoring", Preventive, func(f *Facts) string {
		return "Add monitoring and alerting that detects this failure before the customer does"
	}},
	FactorThirdParty: {"supplier_followup", Preventive, func(f *Facts) string {
		return "Review the supplier's change notices and escalation path, and subscribe to their status alerts"
	}},
}

func prioOr(f *Facts) string {
	if f.Priority != "" {
		return f.Priority
	}
	return "high-priority"
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
	for _, fd := range fs {
		if fd.Kind != ToImprove {
			continue
		}
		if tpl, ok := actionFor[fd.Code]; ok {
			add(tpl, fd.Code, "")
		}
	}
	for _, fc := range f.Factors {
		if tpl, ok := factorActions[fc.Category]; ok {
			add(tpl, "", fc.Category)
		}
	}
	return out
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
