package analysis

import (
	"maps"
	"slices"
	"time"
)

// Settings are the organisation's rules the analysis applies: its support
// directives, the keywords that recognise statements in ticket text, the
// defaults for actions and the cost of downtime.
type Settings struct {
	Directives []Directive
	Keywords   Keywords
	Actions    ActionSettings
	Costs      Costs
	// AutomaticAuthors are authors whose messages are automatic (config
	// analysis.automatic_authors).
	AutomaticAuthors []string
}

// Directive is one of the organisation's numbered support directives. Check
// names a built-in check (see Checks); a directive without one is listed for
// writers but not checked by code.
type Directive struct {
	ID    int
	Title string
	Text  string
	Check string
	// Priorities limits the check to tickets of these priorities; empty means all.
	Priorities []string
	// Max is the limit for checks that take one (max_update_gap); zero means the
	// SLA's own target.
	Max time.Duration
}

// Checks are the built-in directive checks, by name, with what they verify.
var Checks = map[string]string{
	"first_response_within_sla":      "the first response came within the SLA target plus grace",
	"resolution_within_sla":          "the ticket was resolved within the SLA target plus grace",
	"max_update_gap":                 "no gap between customer-visible updates exceeded the limit (max, else the SLA's update target) plus grace",
	"internal_ticket_linked":         "an internal ticket was linked to coordinate the work",
	"no_estimate_without_timeline":   "no estimate of resolution time was given unless a timeline was known",
	"customer_informed_before_close": "the customer's last message was answered before the ticket closed",
}

// CheckNames lists the built-in checks in order.
func CheckNames() []string {
	return slices.Sorted(maps.Keys(Checks))
}

// Keywords recognise statements in ticket text. Matching is case-insensitive
// and on word boundaries.
type Keywords struct {
	Urgency       []string
	Chase         []string
	Cause         []string
	Fix           []string
	Restored      []string
	Estimate      []string
	TimelineKnown []string
	// Acknowledge recognises a customer's closing thanks or confirmation, which needs no reply.
	Acknowledge []string
	// Negation words cancel an estimate in the same sentence ("we cannot give an estimate").
	Negation []string
	// CauseUnknown marks a sentence that says the cause is not known yet ("the root
	// cause is not identified"): it is not a statement of cause.
	CauseUnknown []string
	// Factors classify cause statements into contributing-factor categories.
	Factors map[FactorCategory][]string
}

// ActionSettings give actions their owners and due dates.
type ActionSettings struct {
	// Owners maps an action code, a factor category or a category
	// ("corrective", "preventive") to the role that owns such actions.
	Owners map[string]string
	// DefaultOwner owns what Owners does not name.
	DefaultOwner string
	// DueDays maps an action code or category to the days after the close it is due.
	DueDays map[string]int
}

// Costs give the cost of downtime per hour, by customer (first) or priority.
type Costs struct {
	Currency   string
	ByCustomer map[string]int64
	ByPriority map[string]int64
}

// DefaultSettings are the settings used when the configuration gives none.
func DefaultSettings() *Settings {
	return &Settings{
		Keywords: DefaultKeywords(),
		Actions: ActionSettings{
			DefaultOwner: "Service desk manager",
			Owners: map[string]string{
				string(FactorTechnical):  "Engineering lead",
				string(FactorMonitoring): "Operations lead",
				string(FactorThirdParty): "Supplier manager",
				string(FactorProcess):    "Service desk manager",
				string(FactorUnknown):    "Incident owner",
			},
			DueDays: map[string]int{string(Corrective): 14, string(Preventive): 30},
		},
	}
}

// DefaultKeywords are the built-in keyword lists (docs/analysis.md).
func DefaultKeywords() Keywords {
	return Keywords{
		Urgency: []string{"urgent", "critical", "emergency", "asap", "as soon as possible", "down", "outage",
			"not working", "no systems", "nothing works", "nothing is working", "cannot work", "can't work",
			"business stopped", "production", "immediately", "nobody can", "no one can", "escalate"},
		Chase: []string{"any update", "any news", "any progress", "update please", "status?", "still waiting",
			"is anyone", "anyone looking", "hello?", "chasing", "heard nothing", "when will", "please escalate"},
		Cause: []string{"root cause", "caused by", "cause was", "due to", "because", "has failed", "had failed",
			"failed", "failure", "triggered by", "was the result of", "resulted from", "corrupted", "broke"},
		Fix: []string{"fixed", "rolled back", "roll back", "replaced", "restored", "re-established", "corrected",
			"workaround", "patched", "rebuilt", "rebuilding", "reverted", "fix is rolling out", "resolved", "applied the"},
		Restored: []string{"is back online", "are back online", "now back online", "back up and running",
			"has been restored", "have been restored", "was restored", "were restored", "is restored", "are restored",
			"service restored", "service is back", "working again", "print again", "now sync", "has been accepted",
			"is resolved", "has been resolved", "have been resolved", "is fixed", "has been fixed"},
		Acknowledge: []string{"thanks", "thank you", "confirmed", "all good", "works now", "working now", "you can close",
			"please close", "no further", "resolved for us", "cheers",
			// a chat's closing "great ta" (styles59 BCIT-31590) and its
			// shorthand
			"ta", "thx", "ty",
			// a chat's "no thats all, obrigado!" after "Anything else?"
			// (styles61 SB-30588), and thanks in the languages customers
			// close in
			"that's all", "thats all", "that is all", "nothing else", "obrigado", "obrigada", "gracias", "merci", "danke"},
		Estimate: []string{"we expect", "expected by", "expect a fix", "eta", "estimate", "estimated", "should be back",
			"should be fixed", "should be resolved", "will be back by", "will be fixed by", "will be resolved by",
			"within the hour", "by the end of the day"},
		TimelineKnown: []string{"confirmed timeline", "timeline is confirmed", "vendor confirmed", "confirmed the fix",
			"fix is rolling out", "scheduled for", "maintenance window", "planned for"},
		CauseUnknown: []string{"not identified", "not yet identified", "not been identified", "unknown", "not known",
			"investigating", "under investigation", "unclear", "not clear", "not found", "no root cause", "not determined", "to be determined"},
		Negation: []string{"cannot", "can't", "can not", "unable", "not able", "no estimate", "no reliable", "not yet able", "don't have", "do not have"},
		Factors: map[FactorCategory][]string{
			FactorTechnical: {"failed", "failure", "crash*", "corrupt*", "bug", "disk", "volume", "driver", "quorum",
				"memory", "hardware", "cascade", "outage", "error", "cache", "certificate", "expired"},
			FactorProcess: {"runbook", "procedure", "untested", "not tested", "manual step", "process", "template",
				"did not yet support", "not yet support", "missed", "handover", "misconfigur*", "without review", "checklist"},
			FactorMonitoring: {"monitoring", "alert", "not detected", "undetected", "threshold", "no notification",
				"unnoticed", "went unnoticed"},
			FactorThirdParty: {"vendor", "vendor's", "supplier", "supplier's", "third party", "third-party",
				"service provider", "upstream provider", "hosting provider", "cloud provider", "isp", "carrier",
				"microsoft", "their side", "automatic driver update", "automatic update"},
		},
	}
}
