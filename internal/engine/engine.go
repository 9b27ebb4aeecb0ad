// Package engine runs debrief's per-ticket pipeline: statistics, analysis,
// narrative and both Markdown reports, plain and redacted. It is the one place
// the command line, the import and the service share, so a ticket is analysed
// the same way whichever door it comes in by.
package engine

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/report"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

// Writer writes the narrative sections of an analysis. The deterministic writer
// and the LLM writer implement it.
type Writer interface {
	Name() string
	Version() string
	Write(ctx context.Context, in *writer.Input) (analysis.Narrative, writer.Meta, error)
}

// Engine analyses tickets under one configuration. It is safe for concurrent use.
type Engine struct {
	cfg      *config.Config
	writer   Writer
	renderer *report.Renderer
}

// New returns an engine; a nil writer means the deterministic writer.
func New(cfg *config.Config, w Writer) (*Engine, error) {
	if w == nil {
		w = writer.Deterministic{}
	}
	r, err := report.New(cfg.Templates)
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	return &Engine{cfg: cfg, writer: w, renderer: r}, nil
}

// Config returns the engine's configuration.
func (e *Engine) Config() *config.Config { return e.cfg }

// Writer returns the engine's writer.
func (e *Engine) Writer() Writer { return e.writer }

// Result is one ticket's analysis and reports.
type Result struct {
	Ticket    *ticket.Ticket
	Analysis  *analysis.Analysis
	Technical []byte
	Executive []byte
	// TechnicalRedacted and ExecutiveRedacted are the shareable versions.
	TechnicalRedacted []byte
	ExecutiveRedacted []byte
	WriterName        string
	WriterVersion     string
	Meta              writer.Meta
}

// Options choose what Analyze produces beyond the analysis and the plain reports.
type Options struct {
	// Redacted also renders the shareable, redacted reports.
	Redacted bool
	// Followups are what became of the actions an earlier analysis of the
	// ticket proposed, by action code; the reports show them.
	Followups map[string]analysis.Followup
	// Sources adds footnote references naming each narrative sentence's sources.
	Sources bool
}

// Analyze computes t's statistics and analysis, has the writer write the
// narrative, and renders both reports (and their redacted versions if asked).
func (e *Engine) Analyze(ctx context.Context, t *ticket.Ticket, opts Options) (*Result, error) {
	p, err := e.cfg.PolicyFor(t)
	if err != nil {
		return nil, err
	}
	st := sla.Compute(t, p)
	a := analysis.Analyze(t, st, e.cfg.Analysis)
	a.Follow(opts.Followups)
	narrative, meta, err := e.writer.Write(ctx, &writer.Input{Ticket: t, Analysis: a, Settings: e.cfg.Analysis})
	if err != nil {
		return nil, fmt.Errorf("engine: %s writer: ticket %s: %w", e.writer.Name(), t.ID, err)
	}
	a.Narrative = narrative
	a.Rejected = meta.Rejected
	res := &Result{Ticket: t, Analysis: a, WriterName: e.writer.Name(), WriterVersion: e.writer.Version(), Meta: meta}
	tech, exec, err := e.renderer.Both(a, report.Footer{Writer: e.writer.Name(), Sources: opts.Sources})
	if err != nil {
		return nil, err
	}
	res.Technical, res.Executive = tech, exec
	if !opts.Redacted {
		return res, nil
	}
	r := e.Redactor(t)
	res.TechnicalRedacted = []byte(r.String(string(tech)))
	res.ExecutiveRedacted = []byte(r.String(string(exec)))
	return res, nil
}

// Redactor returns the redactor for t under the engine's configuration.
func (e *Engine) Redactor(t *ticket.Ticket) *redact.Redactor { return NewRedactor(e.cfg, t) }

// NewRedactor returns the redactor for t under cfg's redaction settings; SLA,
// calendar and priority names and the team are kept.
func NewRedactor(cfg *config.Config, t *ticket.Ticket) *redact.Redactor {
	keep := append([]string{}, cfg.Redact.Keep...)
	for name, p := range cfg.Policies {
		keep = append(keep, name, p.CalendarName)
		for prio := range p.Priorities {
			keep = append(keep, prio)
		}
	}
	keep = append(keep, t.Priority, t.Team)
	return redact.New(t, redact.Options{Extra: cfg.Redact.Extra, Keep: keep})
}

// ExportMeta describes a report for its export's document properties.
type ExportMeta struct {
	// Ticket is the ticket id for the document properties; empty for a
	// redacted report, whose properties must not name it.
	Ticket string
	// Date is the document date (the ticket's close); zero to omit it.
	Date time.Time
	// Images resolves images the Markdown refers to; nil renders their alt text.
	Images func(src string) ([]byte, error)
}

// Export renders a Markdown report to f with the configuration's branding.
func (e *Engine) Export(ctx context.Context, w io.Writer, f export.Format, md []byte, m ExportMeta) error {
	b := e.cfg.Branding
	return export.Render(ctx, w, f, md, export.Options{
		Ticket:   m.Ticket,
		Date:     m.Date,
		Company:  b.Company,
		Logo:     b.Logo,
		PageSize: b.PageSize,
		Images:   m.Images,
	})
}
