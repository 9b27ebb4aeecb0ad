package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// MonthlyStore is the part of the store the monthly reports read.
type MonthlyStore interface {
	monthly.Source
}

// MonthlyRequest asks for a month's collective report.
type MonthlyRequest struct {
	// Month is "YYYY-MM" in the configuration's reporting time zone.
	Month string
	// Customer asks for the external version for one customer; Team narrows
	// the internal version to one team.
	Customer, Team string
	// ChartSrc and Link shape the Markdown for the surface that shows it
	// (image sources of the charts, links to tickets); nil leaves charts out
	// and tickets unlinked.
	ChartSrc func(name string) string
	Link     func(ticket string, version int) string
	// NoNarrative keeps the deterministic paragraph (for a chart, which
	// shows none, the model is not asked).
	NoNarrative bool
	// Archived draws a chart (MonthlyChart) from the month's archived
	// report when there is one, as MonthlyArchived reads it.
	Archived bool
	// MonthOnly builds the month alone (monthly.Options.MonthOnly): no
	// previous months, trend or burn, in three reads of the archive.
	MonthOnly bool
}

// Monthly builds the report of a month as caller c may read it. A viewer
// bound to a customer always gets that customer's external, redacted
// version, and asking for another customer's is not found; staff get the
// internal version, or with Customer set the external one.
func (s *Service) Monthly(ctx context.Context, c *auth.Caller, req MonthlyRequest) (*monthly.Report, error) {
	m, scope, err := s.monthlyScope(c, req)
	if err != nil {
		return nil, err
	}
	return s.buildMonthly(ctx, m, scope, req)
}

// MonthlyView is a month's report as the web interface shows it.
type MonthlyView struct {
	Report *monthly.Report
	// Archived is the archived version the report was read from (its
	// figures cleared); nil when it was built.
	Archived *store.MonthlyRecord
}

// Markdown is the report's text: rendered with o, but for an archived
// external report, whose figures do not keep each ticket's SLA clocks: its
// archived text (which never links to tickets).
func (v MonthlyView) Markdown(o monthly.RenderOptions) ([]byte, error) {
	if v.Archived != nil && v.Report.External {
		return []byte(v.Archived.Markdown), nil
	}
	return v.Report.Markdown(o)
}

// MonthlyArchived is Monthly reading, for a month that is over, the latest
// archived report of the caller's scope when there is one (one store read
// instead of the eighteen of a build: four months of figures, twelve of
// tallies, the earlier themes, the actions). Reports of one team are not
// archived, and are built. An archived report lacks the distribution of
// first-response times (its chart), which the archive does not keep; show
// its text with MonthlyView.Markdown.
func (s *Service) MonthlyArchived(ctx context.Context, c *auth.Caller, req MonthlyRequest) (MonthlyView, error) {
	m, scope, err := s.monthlyScope(c, req)
	if err != nil {
		return MonthlyView{}, err
	}
	if scope.Team == "" && !s.now().Before(m.End()) {
		rec, err := s.store.MonthlyReport(ctx, m.String(), CustomerScope(scope.Customer), 0)
		switch {
		case err == nil:
			var r monthly.Report
			if err := json.Unmarshal(rec.Figures, &r); err != nil {
				return MonthlyView{}, fail(CodeInternal, fmt.Errorf("archived monthly %s %q version %d: %w", rec.Month, rec.Scope, rec.Version, err), "the archived monthly report could not be read")
			}
			rec.Figures = nil
			return MonthlyView{Report: &r, Archived: &rec}, nil
		case !errors.Is(err, store.ErrNotFound):
			return MonthlyView{}, fail(CodeStore, err, "the store is unavailable")
		}
	}
	r, err := s.buildMonthly(ctx, m, scope, req)
	return MonthlyView{Report: r}, err
}

// monthlyScope checks that caller c may read the report req asks for, and
// returns its month and scope.
func (s *Service) monthlyScope(c *auth.Caller, req MonthlyRequest) (monthly.Month, figures.Scope, error) {
	if !c.Role.Allows(auth.RoleViewer) {
		return monthly.Month{}, figures.Scope{}, fail(CodeNotFound, nil, "no monthly report")
	}
	m, err := monthly.ParseMonth(req.Month, s.eng.Config().Reporting)
	if err != nil {
		return m, figures.Scope{}, fail(CodeInvalid, nil, "%v", err)
	}
	scope := figures.Scope{Customer: req.Customer, Team: req.Team}
	if c.CustomerBound() {
		if req.Customer != "" && req.Customer != c.Customer {
			return m, scope, fail(CodeNotFound, nil, "no monthly report for customer %q", req.Customer)
		}
		scope = figures.Scope{Customer: c.Customer}
	}
	if scope.Customer != "" {
		scope.Team = ""
	}
	return m, scope, nil
}

// buildMonthly builds the report of month m for scope from the archive's
// figures: the external version when scope names a customer.
func (s *Service) buildMonthly(ctx context.Context, m monthly.Month, scope figures.Scope, req MonthlyRequest) (*monthly.Report, error) {
	cfg := s.eng.Config()
	external := scope.Customer != ""
	titles := map[int]string{}
	for _, d := range cfg.Analysis.Directives {
		titles[d.ID] = d.Title
	}
	r, err := monthly.Build(ctx, s.store, m, scope, monthly.Options{
		Objectives: cfg.Objectives,
		Directives: titles,
		Now:        reportTime(s.now(), m),
		External:   external,
		MonthOnly:  req.MonthOnly,
	})
	if err != nil {
		return nil, fail(CodeStore, err, "the monthly report could not be built")
	}
	if external {
		r.RedactExternal(s.externalRedactor(ctx))
	}
	r.Narrative = r.DeterministicNarrative()
	if mn, ok := s.eng.Writer().(monthlyNarrator); ok && !req.NoNarrative {
		n, err := mn.Monthly(ctx, r)
		if err != nil {
			return nil, fail(CodeInternal, fmt.Errorf("monthly %s narrative: %w", r.Month, err), "the monthly report could not be written")
		}
		r.Narrative, r.NarrativeWriter, r.NarrativeFallback = n.Text, n.Writer, n.Fallback
		s.log.Info("monthly narrative written", "month", r.Month, "external", r.External, "writer", n.Writer,
			"model", n.Model, "prompt_tokens", n.PromptTokens, "completion_tokens", n.CompletionTokens, "cached", n.Cached)
	}
	return r, nil
}

// monthlyNarrator writes a month's summary paragraph from its figures, with
// the deterministic paragraph as its fallback; the LLM writer is one. It
// fails only when ctx ends.
type monthlyNarrator interface {
	Monthly(ctx context.Context, r *monthly.Report) (monthly.Narration, error)
}

// externalRedactor redacts text from a ticket with that ticket's redactor
// (the redaction of the shareable reports); a ticket that cannot be read
// gets its text withheld rather than shown unredacted.
func (s *Service) externalRedactor(ctx context.Context) func(ticketID, text string) string {
	cache := map[string]*redact.Redactor{}
	return func(id, text string) string {
		red, ok := cache[id]
		if !ok {
			tv, err := s.store.Ticket(ctx, id)
			if err == nil {
				var t *ticket.Ticket
				if t, _, err = s.parse(tv.Raw, "ticket "+id); err == nil {
					red = s.eng.Redactor(t)
				}
			}
			if err != nil { // once per ticket, however many of its texts the report shows
				s.log.Warn("monthly: text withheld from an external report", "ticket", id, "err", err)
			}
			cache[id] = red
		}
		if red == nil {
			return "[withheld]"
		}
		return red.String(text)
	}
}

// MonthlyFile renders the month's report as caller c may read it, in
// format: md, json, html, pdf, docx or odt (charts embedded).
func (s *Service) MonthlyFile(ctx context.Context, c *auth.Caller, req MonthlyRequest, format string) (Report, error) {
	if !slices.Contains(monthly.Formats, format) {
		return Report{}, fail(CodeNotFound, nil, "no monthly report format %q (valid: md, json, html, pdf, docx, odt)", format)
	}
	r, err := s.Monthly(ctx, c, req)
	if err != nil {
		return Report{}, err
	}
	return s.RenderMonthly(ctx, r, req, format)
}

// RenderMonthly renders a report Monthly built for req in format, as
// MonthlyFile does; a caller that needs the report too (its charts as
// files) builds it once.
func (s *Service) RenderMonthly(ctx context.Context, r *monthly.Report, req MonthlyRequest, format string) (Report, error) {
	if !slices.Contains(monthly.Formats, format) {
		return Report{}, fail(CodeNotFound, nil, "no monthly report format %q (valid: md, json, html, pdf, docx, odt)", format)
	}
	var buf bytes.Buffer
	err := r.Write(ctx, &buf, format, monthly.WriteOptions{
		RenderOptions: monthly.RenderOptions{ChartSrc: req.ChartSrc, Link: req.Link, Generated: s.now()},
		Export: func(ctx context.Context, w io.Writer, f export.Format, md []byte, images func(string) ([]byte, error)) error {
			return s.eng.Export(ctx, w, f, md, engine.ExportMeta{Date: s.now(), Images: images})
		},
	})
	if err != nil {
		return Report{}, fail(CodeExportFailed, fmt.Errorf("monthly %s as %s: %w", r.Month, format, err), "the monthly report could not be rendered")
	}
	out := Report{ContentType: monthlyTypes[format], Body: buf.Bytes()}
	switch format {
	case "md", "json", "html":
	default:
		out.Filename = MonthlyFilename(r, format)
	}
	return out, nil
}

var monthlyTypes = map[string]string{
	"md":   "text/markdown; charset=utf-8",
	"json": "application/json",
	"html": export.HTML.ContentType(),
	"pdf":  export.PDF.ContentType(),
	"docx": export.DOCX.ContentType(),
	"odt":  export.ODT.ContentType(),
}

// MonthlyFilename names a downloaded monthly report: "monthly-2026-02.pdf",
// with "-external" for a customer's version (which never carries the
// customer's or any ticket's identifier).
func MonthlyFilename(r *monthly.Report, format string) string {
	name := "monthly-" + r.Month
	if r.External {
		name += "-external"
	}
	return name + "." + format
}

// MonthlyChart renders one chart of the month's report as caller c may read it.
func (s *Service) MonthlyChart(ctx context.Context, c *auth.Caller, req MonthlyRequest, name string, f monthly.ChartFormat) ([]byte, error) {
	req.NoNarrative = true
	has := func(r *monthly.Report) bool {
		return slices.ContainsFunc(r.Charts(), func(ci monthly.ChartInfo) bool { return ci.Name == name })
	}
	var r *monthly.Report
	if req.Archived {
		v, err := s.MonthlyArchived(ctx, c, req)
		if err != nil {
			return nil, err
		}
		r = v.Report
	}
	if r == nil || !has(r) { // not archived, or a chart of what the archive does not keep
		var err error
		if r, err = s.Monthly(ctx, c, req); err != nil {
			return nil, err
		}
	}
	if !has(r) {
		return nil, fail(CodeNotFound, nil, "no chart %q in this report", name)
	}
	b, err := r.Chart(name, f)
	if err != nil {
		return nil, fail(CodeInternal, err, "the chart could not be drawn")
	}
	return b, nil
}

// LastMonth is the month before now's in the reporting time zone.
func (s *Service) LastMonth() string {
	return monthly.MonthOf(s.now(), s.eng.Config().Reporting).Add(-1).String()
}

// reportTime is when a month's report stands: now for the current month,
// the month's end for a past one.
func reportTime(now time.Time, m monthly.Month) time.Time {
	if now.Before(m.End()) {
		return now
	}
	return m.End()
}

// monthSoFarTTL is how long the current month's report is reused for the
// dashboard: its figures may be that old.
const monthSoFarTTL = time.Minute

// soFar is a current month's report built for one scope, and when.
type soFar struct {
	r  *monthly.Report
	at time.Time
}

// MonthSoFar is the current month's report so far as caller c may read it
// (a customer-bound caller's, its customer's external version), without the
// month's paragraph and without the months before it: what the dashboard
// shows. Building it takes three reads of the store (the month's figures,
// its actions, and the themes of the six months before, for Recurring), but
// the first reads every figure of the month, so each process
// builds it at most once a minute per scope and shares it between callers
// of that scope: its figures may be a minute old. The report must not be
// modified.
func (s *Service) MonthSoFar(ctx context.Context, c *auth.Caller) (*monthly.Report, error) {
	req := MonthlyRequest{Month: monthly.MonthOf(s.now(), s.eng.Config().Reporting).String(), NoNarrative: true, MonthOnly: true}
	m, scope, err := s.monthlyScope(c, req)
	if err != nil {
		return nil, err
	}
	key := req.Month + "\x00" + scope.Customer
	defer s.locks.lock("month so far\x00" + key)()
	s.soFarMu.Lock()
	e, ok := s.soFar[key]
	s.soFarMu.Unlock()
	if ok && time.Since(e.at) < monthSoFarTTL {
		return e.r, nil
	}
	r, err := s.buildMonthly(ctx, m, scope, req)
	if err != nil {
		return nil, err
	}
	s.soFarMu.Lock()
	defer s.soFarMu.Unlock()
	if s.soFar == nil {
		s.soFar = map[string]soFar{}
	}
	for k, e := range s.soFar {
		if time.Since(e.at) >= monthSoFarTTL {
			delete(s.soFar, k)
		}
	}
	s.soFar[key] = soFar{r: r, at: time.Now()}
	return r, nil
}
