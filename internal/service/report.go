package service

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/store"
)

// Report kinds.
const (
	Technical = "technical"
	Executive = "executive"
)

// reportFormats are the renderings of a report, by file extension, with
// their content types.
var reportFormats = func() map[string]string {
	m := map[string]string{".md": "text/markdown; charset=utf-8"}
	for _, f := range export.Formats() {
		m[f.Ext()] = f.ContentType()
	}
	return m
}()

// ReportFormats lists the file extensions a report is rendered as, sorted.
func ReportFormats() []string { return slices.Sorted(maps.Keys(reportFormats)) }

// ReportRequest asks for one report of one analysis version.
type ReportRequest struct {
	Ticket string
	// Version is the analysis version; 0 means the latest.
	Version int
	// File names the kind and format: technical.md, executive.pdf, ...
	File string
	// Redact asks for the shareable version (a customer-bound caller
	// always gets it).
	Redact bool
}

// Report is a rendered report.
type Report struct {
	AnalysisVersion int
	ContentType     string
	// Filename names the file (not for HTML, which is shown): the ticket id
	// with the kind and format, or for a redacted report an opaque name that
	// does not carry the id (redact.ShareName).
	Filename string
	Body     []byte
}

// Report renders a report of an analysis of a ticket the caller may see.
// Staff get the archived report (redacted on request). A customer-bound
// caller gets a report made from what the customer could see of the
// analysed ticket version (CustomerView) under the current configuration,
// redacted: no internal note, internal link or finding drawn from them.
func (s *Service) Report(ctx context.Context, c *auth.Caller, req ReportRequest) (Report, error) {
	tv, err := s.visible(ctx, c, req.Ticket)
	if err != nil {
		return Report{}, err
	}
	kind, ext, _ := strings.Cut(req.File, ".")
	ext = "." + ext
	if _, ok := reportFormats[ext]; !ok || (kind != Technical && kind != Executive) {
		return Report{}, fail(CodeNotFound, nil, "no report %q (want technical or executive, as %s)", req.File, strings.Join(ReportFormats(), ", "))
	}
	a, err := s.store.Analysis(ctx, tv.TicketID, req.Version)
	switch {
	case errors.Is(err, store.ErrNotFound):
		v := "latest"
		if req.Version > 0 {
			v = strconv.Itoa(req.Version)
		}
		return Report{}, fail(CodeNotFound, nil, "ticket %q has no analysis version %s", tv.TicketID, v)
	case err != nil:
		return Report{}, fail(CodeStore, err, "the store is unavailable")
	}
	md, redacted, err := s.reportText(ctx, c, a, kind, req.Redact)
	if err != nil {
		return Report{}, err
	}
	out := Report{AnalysisVersion: a.Version, ContentType: reportFormats[ext]}
	// A shareable report's name must not carry the id its content hides.
	stem := a.TicketID
	if redacted {
		stem = redact.ShareName(a.TicketID, "", s.shareKey)
	}
	if ext == ".md" {
		out.Body = []byte(md)
		out.Filename = stem + "." + kind + ext
		return out, nil
	}
	f, err := export.ParseFormat(ext)
	if err != nil {
		return Report{}, fail(CodeNotFound, nil, "%v", err)
	}
	meta := engine.ExportMeta{Ticket: a.TicketID, Date: a.ClosedAt}
	if redacted {
		meta.Ticket = ""
	}
	var buf bytes.Buffer
	if err := s.eng.Export(ctx, &buf, f, []byte(md), meta); err != nil {
		return Report{}, fail(CodeExportFailed, fmt.Errorf("ticket %s analysis %d as %s: %w", a.TicketID, a.Version, f, err), "the report could not be exported")
	}
	out.ContentType, out.Body = f.ContentType(), buf.Bytes()
	if f != export.HTML {
		out.Filename = stem + "." + kind + f.Ext()
	}
	return out, nil
}

// reportText is the Markdown report of kind of analysis a as caller c may
// read it, and whether it is redacted.
func (s *Service) reportText(ctx context.Context, c *auth.Caller, a store.Analysis, kind string, redacted bool) (string, bool, error) {
	md := a.Technical
	if kind == Executive {
		md = a.Executive
	}
	if !redacted && !c.CustomerBound() {
		return md, false, nil
	}
	tv, err := s.store.TicketVersion(ctx, a.TicketID, a.TicketVersion)
	if err != nil {
		return "", false, fail(CodeStore, err, "the redacted report could not be made")
	}
	t, _, err := s.parse(tv.Raw, "ticket "+tv.TicketID)
	if err != nil {
		return "", false, fail(CodeStore, fmt.Errorf("stored ticket %s version %d: %w", tv.TicketID, tv.Version, err), "the redacted report could not be made")
	}
	sn := s.see(c, t, redacted)
	if sn.customer {
		start := s.now()
		res, err := s.eng.Analyze(ctx, sn.shown, engine.Options{})
		if err != nil {
			return "", false, fail(CodeInternal, fmt.Errorf("customer's report of ticket %s version %d: %w", tv.TicketID, tv.Version, err), "the report could not be made")
		}
		s.log.Debug("customer's report made", "ticket", tv.TicketID, "version", tv.Version, "duration", s.now().Sub(start))
		md = string(res.Technical)
		if kind == Executive {
			md = string(res.Executive)
		}
	}
	return sn.red.String(md), true, nil
}
