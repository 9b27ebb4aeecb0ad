// Package analysis derives everything debrief says about a closed ticket that can
// be computed: the facts (statistics, quotes, chases, priority changes, causes),
// the findings (what went well, what to improve, each citing the support
// directive it concerns), the timeline and the corrective and preventive actions.
//
// An analysis is computed facts + findings + narrative sections; only the
// narrative may come from a writer (deterministic or a model), and it is filled in
// by the caller. Analyze is pure and deterministic: same ticket, statistics and
// settings, same analysis.
package analysis

import (
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// Analysis is the structured analysis of one ticket.
type Analysis struct {
	Facts     Facts     `json:"facts"`
	Findings  []Finding `json:"findings"`
	Timeline  []Entry   `json:"timeline"`
	Actions   []Action  `json:"actions"`
	Narrative Narrative `json:"narrative"`
	// Rejected are the sentences a model wrote that the fact guard rejected,
	// with why: what the model tried to say, for a reviewer.
	Rejected []Rejection `json:"rejected,omitempty"`
	// Sources are the citable events and facts (see Sources); the sentences
	// of the narrative name them.
	Sources []Source `json:"sources,omitempty"`
	// Stats are the SLA statistics the facts were computed from.
	Stats *sla.Stats `json:"-"`
}

// Narrative holds the prose sections: the only part of an analysis a writer
// produces. Numbers and dates inside it must agree with the facts.
type Narrative struct {
	Overview         string `json:"overview"`
	Triage           string `json:"triage"`
	Investigations   string `json:"investigations"`
	TechnicalQuality string `json:"technical_quality"`
	Communication    string `json:"communication"`
	RiskHandling     string `json:"risk_handling"`
	RootCause        string `json:"root_cause"`
	ExecutiveSummary string `json:"executive_summary"`
	BusinessImpact   string `json:"business_impact"`
	Outcome          string `json:"outcome"`
	// Sentences are the sections' sentences, in order, each with its sources.
	Sentences []Sentence `json:"sentences,omitempty"`
}

// Rejection is one sentence of a model's narrative that the fact guard rejected.
type Rejection struct {
	Section string `json:"section"`
	// Attempt is 1 for the model's first draft, 2 for its rewrite.
	Attempt  int    `json:"attempt"`
	Sentence string `json:"sentence"`
	// Kind is the kind of problem (weekday, term, act, duration ...); Phrase the words at fault.
	Kind   string `json:"kind"`
	Phrase string `json:"phrase"`
	Reason string `json:"reason"`
	// FellBack is set when the section fell back to the deterministic text.
	FellBack bool `json:"fell_back"`
}

// Quote is a sentence or phrase taken from the ticket, with where it came from.
type Quote struct {
	At     time.Time   `json:"at"`
	Role   ticket.Role `json:"role"`
	Public bool        `json:"public"`
	Text   string      `json:"text"`
	// Match is the keyword that selected the quote, where one did.
	Match string `json:"match,omitempty"`
	// Event is the id of the event quoted ("e7"); empty for the subject.
	Event string `json:"event,omitempty"`
	// Ask is what the quoted sentence asks, as the reader reads it
	// ("question", "request"); set on the opening's quotes (Problem and
	// Opening), so that the narrative can say "asked" or "requested".
	Ask Ask `json:"ask,omitempty"`
	// CauseBy is how the reader read a cause quote's act (cause_source.go:
	// "rule", "note", "model", "model_near"), which MainCause ranks by; set
	// on every quote of Causes, empty on other quotes. An empty one (a quote
	// made by hand, an analysis stored before round 236) reads as a rule's.
	CauseBy CauseSource `json:"cause_by,omitempty"`
}

// Ask is what a quoted sentence asks of its reader, as the reader reads it:
// the reader's own type, named here so that the narrative reads a Quote
// without importing the reader.
type Ask = reader.Ask

// What a quoted sentence can ask (Quote.Ask).
const (
	AskNone     = reader.AskNone
	AskQuestion = reader.AskQuestion
	AskRequest  = reader.AskRequest
)

// Facts are the computed facts of a ticket.
type Facts struct {
	TicketID    string    `json:"ticket"`
	Subject     string    `json:"subject"`
	Customer    string    `json:"customer"`
	Contact     string    `json:"contact"`
	Priority    string    `json:"priority"`
	Team        string    `json:"team"`
	CreatedAt   time.Time `json:"created_at"`
	ClosedAt    time.Time `json:"closed_at,omitzero"`
	CloseReason string    `json:"close_reason,omitempty"`
	AutoClosed  bool      `json:"auto_closed"`
	// Timezone is the SLA calendar's zone, in which every report states its times.
	Timezone      string      `json:"timezone"`
	Stats         *sla.Report `json:"stats"`
	InternalLinks []string    `json:"internal_links,omitempty"`

	Messages        MessageCounts    `json:"messages"`
	Urgency         []Quote          `json:"urgency,omitempty"`
	PriorityChanges []PriorityChange `json:"priority_changes,omitempty"`
	Chases          []Chase          `json:"chases,omitempty"`
	Causes          []Quote          `json:"causes,omitempty"`
	Fixes           []Quote          `json:"fixes,omitempty"`
	Estimates       []Quote          `json:"estimates,omitempty"`
	// CauseTold is a customer-visible staff sentence giving a reason, where
	// every cause read is an internal note (causeTold); nil for none.
	CauseTold *Quote `json:"cause_told,omitempty"`
	// Restored is the statement that the service was restored, if any.
	Restored *Quote `json:"restored,omitempty"`
	// Problem and BusinessImpact are the customer's own statements, from the opening message.
	Problem *Quote `json:"problem,omitempty"`
	// Opening is the first sentence of the customer's opening message.
	Opening        *Quote `json:"opening,omitempty"`
	BusinessImpact *Quote `json:"business_impact,omitempty"`
	// LaterProblem is the customer's statement of a fault made after staff's
	// first remedy (a fix, a restoration or the requested work reported
	// done), in a message other than the opening: what broke once the work was
	// done, or the fault a first fix did not clear. Nil when no later customer
	// message states one.
	LaterProblem *Quote `json:"later_problem,omitempty"`
	// Type is the ticket's type (incident, service_request, question, change);
	// TypeInferred is true when debrief read it from the text.
	Type         string   `json:"type"`
	TypeInferred bool     `json:"type_inferred,omitempty"`
	Factors      []Factor `json:"factors"`
	Impact       Impact   `json:"impact"`

	// typeFallback is true where the type was inferred and nothing in the
	// ticket's words decided it: the incident the reader falls back to
	// (reader.InferTicketTypeVoted). Not stored.
	typeFallback bool

	// mainCause holds MainCause's answers once the causes are read: an
	// analysis asks five times, each time of every cause's text. Not stored.
	mainCause mainCauseMemo
}

// MessageCounts counts the ticket's messages by kind.
type MessageCounts struct {
	Customer int `json:"customer"`
	Agent    int `json:"agent"`
	Internal int `json:"internal"`
	System   int `json:"system"`
	// Automatic counts staff messages recognised as automatic (not responses).
	Automatic int `json:"automatic,omitempty"`
}

// PriorityChange is a change of priority during the ticket.
type PriorityChange struct {
	At   time.Time `json:"at"`
	From string    `json:"from"`
	To   string    `json:"to"`
	// Raised is true when the new priority is more urgent than the old.
	Raised bool `json:"raised"`
}

// Chase is a customer asking for news.
type Chase struct {
	Quote Quote `json:"quote"`
	// AnsweredAt is the next public agent message; zero if none came before close.
	AnsweredAt time.Time     `json:"answered_at,omitzero"`
	Wait       time.Duration `json:"wait_ns"`
	// AskedWhen is true when the message asks when service will return.
	AskedWhen bool `json:"asked_when"`
	// WaitBusiness is the wait in business time.
	WaitBusiness time.Duration `json:"wait_business_ns"`
}

// FactorCategory classifies a contributing factor.
type FactorCategory string

// The contributing-factor categories.
const (
	FactorTechnical  FactorCategory = "technical_failure"
	FactorProcess    FactorCategory = "process_gap"
	FactorMonitoring FactorCategory = "monitoring_alerting"
	FactorThirdParty FactorCategory = "third_party"
	// FactorUnclassified is a cause the team stated that fits none of the
	// categories above: the cause is known, its category is not.
	FactorUnclassified FactorCategory = "unclassified"
	// FactorUnknown is no cause debrief could identify in the messages.
	FactorUnknown FactorCategory = "unknown"
)

// Label is the category's name in a report.
func (c FactorCategory) Label() string {
	switch c {
	case FactorTechnical:
		return "Technical failure"
	case FactorProcess:
		return "Process gap"
	case FactorMonitoring:
		return "Monitoring and alerting"
	case FactorThirdParty:
		return "Third party"
	case FactorUnclassified:
		return "Not classified"
	default:
		return "Unknown"
	}
}

// Factor is a contributing factor with the statement that shows it.
type Factor struct {
	Category FactorCategory `json:"category"`
	Evidence *Quote         `json:"evidence,omitempty"`
}

// Impact is how long the customer was affected, and what it cost where the
// configuration gives a cost per hour.
type Impact struct {
	Start time.Time `json:"start"`
	// End is the first message reporting the service restored; zero (and the
	// duration unknown) when no message does.
	End      time.Time `json:"end,omitzero"`
	Restored bool      `json:"restored"`
	// Returned is when the monitoring alert that opened the ticket fired
	// again after a first restoration, where a later restoration moved End
	// past it; zero otherwise. Steps before it did not hold.
	Returned time.Time     `json:"returned,omitzero"`
	Duration time.Duration `json:"duration_ns"`
	// Cost is the cost of downtime in whole currency units; zero when not configured.
	Cost       int64  `json:"cost,omitempty"`
	CostPerH   int64  `json:"cost_per_hour,omitempty"`
	Currency   string `json:"currency,omitempty"`
	CostSource string `json:"cost_source,omitempty"`
}

// Kind says whether a finding is a strength or something to improve.
type Kind string

// Finding kinds.
const (
	WentWell  Kind = "went_well"
	ToImprove Kind = "to_improve"
	Note      Kind = "note"
)

// Area is the part of the handling a finding concerns.
type Area string

// Finding areas.
const (
	AreaTriage        Area = "triage"
	AreaCommunication Area = "communication"
	AreaTechnical     Area = "technical"
	AreaRisk          Area = "risk"
	AreaProcess       Area = "process"
)

// Finding is one computed judgement of the handling.
type Finding struct {
	// Code identifies the kind of finding ("first_response_breached"); actions key on it.
	Code string `json:"code"`
	Kind Kind   `json:"kind"`
	Area Area   `json:"area"`
	// Directive is the support directive the finding concerns; 0 for none.
	Directive      int    `json:"directive,omitempty"`
	DirectiveTitle string `json:"directive_title,omitempty"`
	// Text states the finding in a blameless sentence built from the facts.
	Text string    `json:"text"`
	At   time.Time `json:"at,omitzero"`
}

// EntryKind classifies a timeline entry.
type EntryKind string

// Timeline entry kinds.
const (
	EntryCreated       EntryKind = "created"
	EntryFirstResponse EntryKind = "first_response"
	EntryUpdate        EntryKind = "update"
	EntryCustomer      EntryKind = "customer"
	EntryChase         EntryKind = "chase"
	EntryInternal      EntryKind = "internal"
	EntryState         EntryKind = "state"
	EntryPriority      EntryKind = "priority"
	EntryFinding       EntryKind = "finding"
	EntryRestored      EntryKind = "restored"
	EntryClosed        EntryKind = "closed"
	EntryOmitted       EntryKind = "omitted"
)

// Entry is one row of the condensed timeline.
type Entry struct {
	At      time.Time `json:"at"`
	Kind    EntryKind `json:"kind"`
	Summary string    `json:"summary"`
	// Event is the id of the event the entry shows ("e7"); empty for a folded row.
	Event string `json:"event,omitempty"`
}

// ActionCategory says whether an action fixes this incident or prevents the next.
type ActionCategory string

// Action categories.
const (
	Corrective ActionCategory = "corrective"
	Preventive ActionCategory = "preventive"
)

// Action is a corrective or preventive action with an owner role and a due date.
type Action struct {
	Code     string         `json:"code"`
	Title    string         `json:"title"`
	Owner    string         `json:"owner"`
	Due      time.Time      `json:"due"`
	Category ActionCategory `json:"category"`
	// Finding is the code of the finding the action answers.
	Finding string `json:"finding,omitempty"`
	// Status is what became of the action proposed by an earlier analysis of
	// the ticket ("open" or "done"); empty for an action proposed now.
	Status string `json:"status,omitempty"`
	// DoneAt and DoneBy say when and by whom a done action was marked done.
	DoneAt time.Time `json:"done_at,omitzero"`
	DoneBy string    `json:"done_by,omitempty"`
}

// Followup is what people made of an action since an earlier analysis
// proposed it: its status, and the owner and due date they set (empty when
// they set none).
type Followup struct {
	Status string
	Owner  string
	Due    time.Time
	DoneAt time.Time
	DoneBy string
}

// Follow applies the follow-up of the actions an earlier analysis of the
// ticket proposed, matched by action code: a re-analysis shows what was done.
func (a *Analysis) Follow(fs map[string]Followup) {
	for i := range a.Actions {
		f, ok := fs[a.Actions[i].Code]
		if !ok {
			continue
		}
		ac := &a.Actions[i]
		ac.Status, ac.DoneAt, ac.DoneBy = f.Status, f.DoneAt, f.DoneBy
		if f.Owner != "" {
			ac.Owner = f.Owner
		}
		if !f.Due.IsZero() {
			ac.Due = f.Due
		}
	}
}

// Analyze computes the analysis of t from its statistics st under settings s.
// The narrative is left empty for a writer to fill.
func Analyze(t *ticket.Ticket, st *sla.Stats, s *Settings) *Analysis {
	if s == nil {
		s = DefaultSettings()
	}
	a := &Analysis{Stats: st}
	var rd *reading
	a.Facts, rd = computeFacts(t, st, s)
	a.Findings = findings(t, st, &a.Facts, s, rd)
	a.Timeline = timeline(t, st, &a.Facts, rd)
	a.Actions = actions(&a.Facts, a.Findings, s, st.Policy.Calendar.Location())
	a.Sources = Sources(t, a)
	return a
}
