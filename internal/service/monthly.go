package service

import (
	"bytes"
	"context"
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
}

// Monthly builds the report of a month as caller c may read it. A viewer
// bound to a customer always gets that customer's external, redacted
// version, and asking for another customer's is not found; staff get the
// internal version, or with Customer set the external one.
func (s *Service) Monthly(ctx context.Context, c *auth.Caller, req MonthlyRequest) (*monthly.Report, error) {
	if !c.Role.Allows(auth.RoleViewer) {
		return nil, fail(CodeNotFound, nil, "no monthly report")
	}
	cfg := s.eng.Config()
	m, err := monthly.ParseMonth(req.Month, cfg.Reporting)
	if err != nil {
		return nil, fail(CodeInvalid, nil, "%v", err)
	}
	scope := figures.Scope{Customer: req.Customer, Team: req.Team}
	if c.CustomerBound() {
		if req.Customer != "" && req.Customer != c.Customer {
			return nil, fail(CodeNotFound, nil, "no monthly report for customer %q", req.Customer)
		}
		scope = figures.Scope{Customer: c.Customer}
	}
	external := scope.Customer != ""
	if external {
		scope.Team = ""
	}
	titles := map[int]string{}
	for _, d := range cfg.Analysis.Directives {
		titles[d.ID] = d.Title
	}
	r, err := monthly.Build(ctx, s.store, m, scope, monthly.Options{
		Objectives: cfg.Objectives,
		Directives: titles,
		Now:        reportTime(s.now(), m),
		External:   external,
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
			if tv, err := s.store.Ticket(ctx, id); err == nil {
				if t, _, err := s.parse(tv.Raw, "ticket "+id); err == nil {
					red = s.eng.Redactor(t)
				}
			}
			cache[id] = red
		}
		if red == nil {
			s.log.Warn("monthly: text withheld from an external report", "ticket", id)
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
	var buf bytes.Buffer
	err = r.Write(ctx, &buf, format, monthly.WriteOptions{
		RenderOptions: monthly.RenderOptions{ChartSrc: req.ChartSrc, Link: req.Link, Generated: s.now()},
		Export: func(ctx context.Context, w io.Writer, f export.Format, md []byte, images func(string) ([]byte, error)) error {
			return s.eng.Export(ctx, w, f, md, engine.ExportMeta{Date: s.now(), Images: images})
		},
	})
	if err != nil {
		return Report{}, fail(CodeExportFailed, fmt.Errorf("monthly %s as %s: %w", req.Month, format, err), "the monthly report could not be rendered")
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
	r, err := s.Monthly(ctx, c, req)
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(r.Charts(), func(ci monthly.ChartInfo) bool { return ci.Name == name }) {
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
