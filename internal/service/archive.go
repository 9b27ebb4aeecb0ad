package service

// The archive adapter connects the analysis engine to the store: it turns a
// ticket into the version the store keeps, and an engine result into the
// analysis record the store archives (reports, facts, findings and actions
// as rows).

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// maxIndexedText bounds the ticket text sent to the full-text index.
const maxIndexedText = 1 << 20

// TicketVersion is the stored form of a ticket: raw as received, with what the
// store indexes and filters on.
func TicketVersion(t *ticket.Ticket, raw []byte) store.TicketVersion {
	var text strings.Builder
	text.WriteString(t.Subject)
	for i := range t.Events {
		if text.Len() >= maxIndexedText {
			break
		}
		if b := t.Events[i].Body; b != "" {
			text.WriteByte('\n')
			text.WriteString(b)
		}
	}
	s := text.String()
	if len(s) > maxIndexedText {
		s = strings.ToValidUTF8(s[:maxIndexedText], "")
	}
	return store.TicketVersion{
		TicketID: t.ID,
		Customer: t.Customer.Name,
		Subject:  t.Subject,
		Closed:   t.Closed(),
		ClosedAt: t.ClosedAt,
		Raw:      raw,
		Text:     s,
		// An older version never replaces a newer one (store.ErrStale).
		ChangedAt: t.LastChange(),
	}
}

// Record is the store's form of an engine result for ticket version tv.
func Record(res *engine.Result, tv int, configHash string) (store.Analysis, error) {
	facts, err := json.Marshal(res.Analysis)
	if err != nil {
		return store.Analysis{}, fmt.Errorf("service: facts of %s: %w", res.Ticket.ID, err)
	}
	a := store.Analysis{
		TicketID:         res.Ticket.ID,
		TicketVersion:    tv,
		Writer:           res.WriterName,
		WriterVersion:    res.WriterVersion,
		Model:            res.Meta.Model,
		ConfigHash:       configHash,
		Technical:        string(res.Technical),
		Executive:        string(res.Executive),
		Facts:            facts,
		PromptTokens:     res.Meta.PromptTokens,
		CompletionTokens: res.Meta.CompletionTokens,
		Customer:         res.Ticket.Customer.Name,
		ClosedAt:         res.Ticket.ClosedAt,
		WithinSLA:        res.Analysis.Stats.FirstResponse.Within,
	}
	fig := figures.Of(res.Analysis, 0)
	a.Figures = &fig
	if n := len(res.Meta.Fallbacks); n > 0 {
		a.Fallback = true
		var why []string
		for _, f := range res.Meta.Fallbacks {
			why = append(why, f.Section+": "+f.Reason)
		}
		a.FallbackReason = strings.Join(why, "; ")
	}
	for _, f := range res.Analysis.Findings {
		a.Findings = append(a.Findings, store.Finding{Code: f.Code, Kind: string(f.Kind), Area: string(f.Area), Directive: f.Directive, Summary: f.Text})
	}
	for _, ac := range res.Analysis.Actions {
		a.Actions = append(a.Actions, store.Action{Code: ac.Code, Title: ac.Title, Owner: ac.Owner, Category: string(ac.Category),
			Factor: actionFactor(ac), Due: ac.Due, Status: "open"})
	}
	return a, nil
}

// actionFactor names what an action answers: its finding, else its factor.
func actionFactor(ac analysis.Action) string {
	if ac.Finding != "" {
		return ac.Finding
	}
	return ac.Code
}

// Analyser is the store's analyse function for an engine: it parses the stored
// ticket version and analyses it. Redacted reports are made when read.
func Analyser(eng *engine.Engine) store.AnalyseFunc { return AnalyserFollowing(eng, nil) }

// ActionLister lists a ticket's action items (the store).
type ActionLister interface {
	ListActions(ctx context.Context, f store.ActionFilter) ([]figures.ActionItem, error)
}

// AnalyserFollowing is Analyser whose analyses show what became of the
// actions of the ticket's earlier analyses (done, reassigned, new due date),
// read from actions when it is not nil.
func AnalyserFollowing(eng *engine.Engine, actions ActionLister) store.AnalyseFunc {
	return func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		t, _, err := ticket.ParseWith(tv.Raw, "ticket "+tv.TicketID, eng.Config().Dates)
		if err != nil {
			return store.Analysis{}, err
		}
		var opts engine.Options
		if actions != nil {
			items, err := actions.ListActions(ctx, store.ActionFilter{TicketID: tv.TicketID, Limit: 1000})
			if err != nil {
				return store.Analysis{}, fmt.Errorf("actions of %s: %w", tv.TicketID, err)
			}
			opts.Followups = Followups(items)
		}
		res, err := eng.Analyze(ctx, t, opts)
		if err != nil {
			return store.Analysis{}, err
		}
		return Record(res, tv.Version, eng.Config().Hash)
	}
}

// Followups are the follow-ups of a ticket's action items, by action code:
// the owner and due date only where a person set them.
func Followups(items []figures.ActionItem) map[string]analysis.Followup {
	if len(items) == 0 {
		return nil
	}
	m := make(map[string]analysis.Followup, len(items))
	for _, it := range items {
		f := analysis.Followup{Status: it.Status, DoneAt: it.DoneAt}
		if it.Status == store.ActionDone {
			f.DoneBy = it.By
		}
		if it.OwnerSet {
			f.Owner = it.Owner
		}
		if it.DueSet {
			f.Due = it.Due
		}
		m[it.Code] = f
	}
	return m
}
