package factguard

import (
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/ticket"
)

// ActKind is what a sentence of the ticket does, as far as a claim about the
// ticket may rest on it.
type ActKind string

// The acts a claim may rest on.
const (
	ActCause        ActKind = "cause"
	ActFix          ActKind = "fix"
	ActEstimate     ActKind = "estimate"
	ActRestoration  ActKind = "restoration"
	ActConfirmation ActKind = "confirmation"
)

// Act is one sentence of the ticket that does something a claim may cite.
type Act struct {
	Kind ActKind
	At   time.Time
	Role ticket.Role
	Text string
}

// Reader finds the acts of a ticket's messages. The guard asks it what the
// ticket says was the cause, the fix, the estimate and the confirmation, so a
// better reader (sentence acts) makes the guard better without changing it.
type Reader interface {
	Acts(t *ticket.Ticket, a *analysis.Analysis) []Act
}

// AnalysisReader reads the acts that package analysis already extracts: its
// causes, fixes, estimates and restoration, and the customer's confirmations.
type AnalysisReader struct{}

// confirmRE finds a customer's confirmation that things work again.
var confirmRE = mustFast(`(?i)^\W*confirmed\b|\b(?:(?:is|are|it's|its|now|all)\s+(?:\w+\s+)?(?:working|fixed|resolved|sorted|fine|ok|okay)\b|works?\s+(?:now|again|fine)|(?:can|could)\s+(?:now\s+)?(?:log\s*in|print|connect|access|send|see)\b|confirm(?:ed)?\s+(?:that\s+)?(?:it|the|everything|all|this)|problem\s+solved|issue\s+(?:is\s+)?(?:resolved|fixed|gone))`)

// Acts implements Reader.
func (AnalysisReader) Acts(t *ticket.Ticket, a *analysis.Analysis) []Act {
	fc := &a.Facts
	var out []Act
	add := func(k ActKind, qs ...analysis.Quote) {
		for _, q := range qs {
			out = append(out, Act{Kind: k, At: q.At, Role: q.Role, Text: q.Text})
		}
	}
	add(ActCause, fc.Causes...)
	add(ActFix, fc.Fixes...)
	add(ActEstimate, fc.Estimates...)
	if fc.Restored != nil {
		add(ActRestoration, *fc.Restored)
		if fc.Restored.Role == ticket.RoleCustomer {
			add(ActConfirmation, *fc.Restored)
		}
	}
	for _, f := range fc.Factors {
		if f.Evidence != nil && f.Category != analysis.FactorUnknown {
			add(ActCause, *f.Evidence)
		}
	}
	if t == nil {
		return out
	}
	// A confirmation answers a fix: it comes at or after the first fix or
	// restoration the reader found, else after the team's first message.
	var after time.Time
	for _, act := range out {
		if (act.Kind == ActFix || act.Kind == ActRestoration) && (after.IsZero() || act.At.Before(after)) {
			after = act.At
		}
	}
	if after.IsZero() {
		after = firstAgentMessage(t)
	}
	for _, e := range t.Events {
		if e.Kind != ticket.KindMessage || e.Role != ticket.RoleCustomer || after.IsZero() || e.At.Before(after) {
			continue
		}
		for _, s := range splitSentences(e.Body) {
			if confirmRE.MatchString(s) && !negatorRE.MatchString(s) && !questionRE.MatchString(s) {
				out = append(out, Act{Kind: ActConfirmation, At: e.At, Role: e.Role, Text: s})
			}
		}
	}
	return out
}

var questionRE = mustFast(`\?\s*$`)

// firstAgentMessage returns when the team first wrote, or zero.
func firstAgentMessage(t *ticket.Ticket) time.Time {
	for _, e := range t.Events {
		if e.Kind == ticket.KindMessage && e.Role == ticket.RoleAgent {
			return e.At
		}
	}
	return time.Time{}
}
