package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/report"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TicketPage is everything a ticket's page shows, read with one visibility
// check: the ticket, its analysis versions, both reports of one version with
// each narrative sentence's sources cited, and (for staff) its actions.
type TicketPage struct {
	// Ticket is the latest version as the caller sees it: as stored for
	// staff, the customer's redacted view for a customer-bound caller.
	Ticket        *ticket.Ticket
	TicketVersion int
	// Analyses are the analysis versions, oldest first; empty if none.
	Analyses []store.AnalysisMeta
	// Analysis is the version shown (the one asked for, else the latest); 0
	// when there is none.
	Analysis int
	// Technical and Executive are the Markdown reports of that version as the
	// caller may read them (Report's rules). When Cited, each narrative
	// sentence carries a footnote link to the timeline row of its first
	// source, titled with its sources, and the reports end with a Sources
	// section; a customer-bound caller is never cited a source it could not
	// see (an internal note, or a fact resting on one).
	Technical, Executive string
	Cited                bool
	// Actions are the ticket's follow-up actions, for agents and admins.
	Actions []figures.ActionItem
}

// TicketPage reads what the ticket page shows of ticket id, analysis
// version (0 or unknown: the latest). Staff get the archived reports, cited
// when re-rendering the archived analysis reproduces them exactly (the same
// templates and SLA configuration), else as archived without citations. A
// customer-bound caller gets reports made from the customer's view, as
// Report makes them, cited with public sources only, redacted.
func (s *Service) TicketPage(ctx context.Context, c *auth.Caller, id string, version int) (TicketPage, error) {
	tv, err := s.visible(ctx, c, id)
	if err != nil {
		return TicketPage{}, err
	}
	latest, _, err := s.parse(tv.Raw, "ticket "+id)
	if err != nil {
		return TicketPage{}, fail(CodeInternal, err, "stored ticket does not parse")
	}
	pg := TicketPage{Ticket: latest, TicketVersion: tv.Version}
	if c.CustomerBound() {
		pg.Ticket = s.see(c, latest, true).ticket()
	}
	if pg.Analyses, err = s.store.Analyses(ctx, tv.TicketID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return TicketPage{}, fail(CodeStore, err, "the store is unavailable")
	}
	if len(pg.Analyses) == 0 {
		return pg, nil
	}
	i := slices.IndexFunc(pg.Analyses, func(m store.AnalysisMeta) bool { return m.Version == version })
	if i < 0 {
		i = len(pg.Analyses) - 1
	}
	meta := pg.Analyses[i]
	pg.Analysis = meta.Version
	// The analysed ticket version, read again only when it is not the latest.
	analysed := func() (*ticket.Ticket, error) {
		if meta.TicketVersion == tv.Version {
			return latest, nil
		}
		old, err := s.store.TicketVersion(ctx, tv.TicketID, meta.TicketVersion)
		if err != nil {
			return nil, fail(CodeStore, err, "the store is unavailable")
		}
		t, _, err := s.parse(old.Raw, "ticket "+id)
		if err != nil {
			return nil, fail(CodeInternal, fmt.Errorf("stored ticket %s version %d: %w", id, old.Version, err), "stored ticket does not parse")
		}
		return t, nil
	}
	if c.CustomerBound() {
		t, err := analysed()
		if err != nil {
			return TicketPage{}, err
		}
		if err := s.customerPage(ctx, c, t, &pg); err != nil {
			return TicketPage{}, err
		}
		return pg, nil
	}
	a, err := s.store.Analysis(ctx, tv.TicketID, meta.Version)
	if err != nil {
		return TicketPage{}, fail(CodeStore, err, "the store is unavailable")
	}
	pg.Technical, pg.Executive = a.Technical, a.Executive
	if t, err := analysed(); err == nil {
		s.cite(t, a, &pg)
	} else {
		s.log.Warn("ticket page: reports shown without sources", "ticket", id, "analysis", a.Version, "err", err)
	}
	if staffOnly(c) == nil {
		if pg.Actions, err = s.Actions(ctx, c, store.ActionFilter{TicketID: tv.TicketID, Limit: 200}); err != nil {
			return TicketPage{}, err
		}
	}
	return pg, nil
}

// customerPage makes the reports of t for a customer-bound caller from the
// customer's view, as Report does, citing public sources only, redacted.
func (s *Service) customerPage(ctx context.Context, c *auth.Caller, t *ticket.Ticket, pg *TicketPage) error {
	sn := s.see(c, t, true)
	res, err := s.eng.Analyze(ctx, sn.shown, engine.Options{})
	if err != nil {
		return fail(CodeInternal, fmt.Errorf("customer's report of ticket %s: %w", t.ID, err), "the report could not be made")
	}
	publicSources(res.Analysis)
	tech, exec, err := s.reports.Both(res.Analysis, report.Footer{Writer: res.WriterName, Sources: true})
	if err != nil {
		return fail(CodeInternal, fmt.Errorf("customer's report of ticket %s: %w", t.ID, err), "the report could not be made")
	}
	pg.Technical, pg.Executive, pg.Cited = sn.red.String(string(tech)), sn.red.String(string(exec)), true
	return nil
}

// cite replaces the archived reports of pg with cited ones rendered from
// the archived analysis a of ticket t, if rendering it uncited gives the
// archived reports back byte for byte: the citations are then added to
// exactly what was archived. The SLA statistics, which the archive does not
// keep, are computed again under the current configuration.
func (s *Service) cite(t *ticket.Ticket, a store.Analysis, pg *TicketPage) {
	var an analysis.Analysis
	if err := json.Unmarshal(a.Facts, &an); err != nil || len(an.Narrative.Sentences) == 0 {
		return
	}
	p, err := s.eng.Config().PolicyFor(t)
	if err != nil {
		return
	}
	an.Stats = sla.Compute(t, p)
	tech, exec, err := s.reports.Both(&an, report.Footer{Writer: a.Writer})
	if err != nil || string(tech) != a.Technical || string(exec) != a.Executive {
		s.log.Debug("ticket page: the archived reports are not reproduced; shown without sources", "ticket", a.TicketID, "analysis", a.Version, "err", err)
		return
	}
	if tech, exec, err = s.reports.Both(&an, report.Footer{Writer: a.Writer, Sources: true}); err != nil {
		return
	}
	pg.Technical, pg.Executive, pg.Cited = string(tech), string(exec), true
}

// publicSources keeps, of the sources a's sentences cite, those a customer
// could read: public, and resting on public events only. An internal note,
// or a fact resting on one, is neither cited nor described.
func publicSources(a *analysis.Analysis) {
	hidden := map[string]bool{}
	for _, src := range a.Sources {
		if !src.Public {
			hidden[src.ID] = true
		}
	}
	for _, src := range a.Sources {
		if slices.ContainsFunc(src.Events, func(e string) bool { return hidden[e] }) {
			hidden[src.ID] = true
		}
	}
	a.Sources = slices.DeleteFunc(slices.Clone(a.Sources), func(src analysis.Source) bool { return hidden[src.ID] })
	sentences := slices.Clone(a.Narrative.Sentences)
	for i := range sentences {
		sentences[i].Sources = slices.DeleteFunc(slices.Clone(sentences[i].Sources), func(id string) bool { return hidden[id] })
	}
	a.Narrative.Sentences = sentences
}
