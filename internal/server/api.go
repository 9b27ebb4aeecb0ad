package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/archive"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

func (s *Server) healthz(w http.ResponseWriter, r *http.Request, _ *caller) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request, _ *caller) {
	if _, err := s.cfg.Store.QueueStats(r.Context()); err != nil {
		writeError(w, http.StatusServiceUnavailable, "not_ready", "the store is not reachable")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func (s *Server) metrics(w http.ResponseWriter, r *http.Request, _ *caller) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	if err := s.cfg.Metrics.Write(w); err != nil {
		s.log.Warn("writing metrics", "err", err)
	}
}

// readBody reads a request body within the size limit, answering the error itself.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("the body exceeds the %d-byte limit", tooBig.Limit))
		return nil, false
	case err != nil:
		writeError(w, http.StatusBadRequest, "bad_body", "could not read the request body")
		return nil, false
	case len(body) == 0:
		writeError(w, http.StatusBadRequest, "empty_body", "the request body is empty: send a ticket as JSON")
		return nil, false
	}
	return body, true
}

// IngestResponse is the answer to a ticket delivery.
type IngestResponse struct {
	Ticket         string `json:"ticket"`
	Version        int    `json:"version"`
	Duplicate      bool   `json:"duplicate"`
	AnalysisQueued bool   `json:"analysis_queued"`
}

func (s *Server) postTicket(w http.ResponseWriter, r *http.Request, _ *caller) {
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	s.ingestJSON(w, r, body)
}

// ingestJSON validates a ticket in debrief's format and stores it, queueing its
// analysis when it is closed.
func (s *Server) ingestJSON(w http.ResponseWriter, r *http.Request, body []byte) {
	t, warns, err := ticket.ParseWith(body, "", s.cfg.Engine.Config().Dates)
	if err != nil {
		s.ingested.Inc("rejected")
		writeError(w, http.StatusBadRequest, "invalid_ticket", err.Error())
		return
	}
	if _, err := s.cfg.Engine.Config().PolicyFor(t); err != nil {
		s.ingested.Inc("rejected")
		writeError(w, http.StatusUnprocessableEntity, "unknown_sla", err.Error())
		return
	}
	for _, wn := range warns {
		s.log.Info("ticket warning", "ticket", t.ID, "warning", wn.Error())
	}
	s.ingest(w, r, t, body)
}

func (s *Server) ingest(w http.ResponseWriter, r *http.Request, t *ticket.Ticket, raw []byte) {
	res, err := s.cfg.Store.IngestTicket(r.Context(), archive.TicketVersion(t, raw), t.Closed())
	s.answerIngest(w, t, res, err)
}

// answerIngest answers an ingestion with its result.
func (s *Server) answerIngest(w http.ResponseWriter, t *ticket.Ticket, res store.IngestResult, err error) {
	if errors.Is(err, store.ErrStale) {
		s.ingested.Inc("rejected")
		writeError(w, http.StatusConflict, "stale_version", "the stored version of ticket "+t.ID+" changed later than this one: an older version never replaces a newer one")
		return
	}
	if err != nil {
		s.log.Error("ingest", "ticket", t.ID, "err", err)
		writeError(w, http.StatusServiceUnavailable, "store_error", "the ticket could not be stored; retry later")
		return
	}
	out := IngestResponse{Ticket: res.TicketID, Version: res.Version, Duplicate: res.Duplicate, AnalysisQueued: res.JobID != 0}
	status := http.StatusCreated
	if res.Duplicate {
		status = http.StatusOK
		s.ingested.Inc("duplicate")
	} else {
		s.ingested.Inc("stored")
	}
	writeJSON(w, status, out)
}

// visibleTicket loads the latest version of a ticket the caller may see; other
// customers' tickets are reported as not found, so their existence stays private.
func (s *Server) visibleTicket(w http.ResponseWriter, r *http.Request, c *caller) (store.TicketVersion, bool) {
	id := r.PathValue("id")
	tv, err := s.cfg.Store.Ticket(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFound) || (err == nil && !c.sees(tv.Customer)):
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no ticket %q", id))
		return tv, false
	case err != nil:
		s.log.Error("load ticket", "ticket", id, "err", err)
		writeError(w, http.StatusServiceUnavailable, "store_error", "the store is unavailable")
		return tv, false
	}
	return tv, true
}

func (s *Server) getTicket(w http.ResponseWriter, r *http.Request, c *caller) {
	tv, ok := s.visibleTicket(w, r, c)
	if !ok {
		return
	}
	if c.Customer != "" {
		// A customer-bound viewer gets the shareable, redacted ticket.
		t, _, err := ticket.ParseWith(tv.Raw, "", s.cfg.Engine.Config().Dates)
		if err != nil {
			writeError(w, http.StatusInternalServerError, "internal", "stored ticket does not parse")
			return
		}
		// Internal notes are not for the customer's eyes.
		public := t.Events[:0]
		for _, e := range t.Events {
			if e.Kind != ticket.KindMessage || e.Public {
				public = append(public, e)
			}
		}
		t.Events = public
		writeJSON(w, http.StatusOK, s.cfg.Engine.Redactor(t).Ticket(t))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Ticket-Version", strconv.Itoa(tv.Version))
	w.Write(tv.Raw)
}

// AnalysisSummary is one analysis version in GET .../analyses.
type AnalysisSummary struct {
	Version        int    `json:"version"`
	TicketVersion  int    `json:"ticket_version"`
	CreatedAt      string `json:"created_at"`
	Writer         string `json:"writer"`
	WriterVersion  string `json:"writer_version"`
	Model          string `json:"model,omitempty"`
	ConfigHash     string `json:"config_hash"`
	Fallback       bool   `json:"fallback"`
	FallbackReason string `json:"fallback_reason,omitempty"`
	Reason         string `json:"reason,omitempty"`
}

func (s *Server) listAnalyses(w http.ResponseWriter, r *http.Request, c *caller) {
	tv, ok := s.visibleTicket(w, r, c)
	if !ok {
		return
	}
	metas, err := s.cfg.Store.Analyses(r.Context(), tv.TicketID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusServiceUnavailable, "store_error", "the store is unavailable")
		return
	}
	out := make([]AnalysisSummary, 0, len(metas))
	for _, m := range metas {
		out = append(out, AnalysisSummary{Version: m.Version, TicketVersion: m.TicketVersion, CreatedAt: m.CreatedAt.UTC().Format("2006-01-02T15:04:05Z"),
			Writer: m.Writer, WriterVersion: m.WriterVersion, Model: m.Model, ConfigHash: m.ConfigHash,
			Fallback: m.Fallback, FallbackReason: m.FallbackReason, Reason: m.Reason})
	}
	writeJSON(w, http.StatusOK, out)
}

// reportFormats are the renderings of a report the API serves, by file extension.
var reportFormats = func() map[string]string {
	m := map[string]string{".md": "text/markdown; charset=utf-8"}
	for _, f := range export.Formats() {
		m[f.Ext()] = f.ContentType()
	}
	return m
}()

func (s *Server) getReport(w http.ResponseWriter, r *http.Request, c *caller) {
	tv, ok := s.visibleTicket(w, r, c)
	if !ok {
		return
	}
	file := r.PathValue("file")
	kind, ext, _ := strings.Cut(file, ".")
	ext = "." + ext
	if (kind != "technical" && kind != "executive") || !s.knownFormat(ext) {
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no report %q (want technical or executive, as %s)", file, strings.Join(s.formatNames(), ", ")))
		return
	}
	version := 0
	if v := r.PathValue("version"); v != "latest" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			writeError(w, http.StatusBadRequest, "bad_version", fmt.Sprintf("version %q is not a positive number or latest", v))
			return
		}
		version = n
	}
	a, err := s.cfg.Store.Analysis(r.Context(), tv.TicketID, version)
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("ticket %q has no analysis version %s", tv.TicketID, r.PathValue("version")))
		return
	case err != nil:
		writeError(w, http.StatusServiceUnavailable, "store_error", "the store is unavailable")
		return
	}
	redacted := c.Customer != "" || r.URL.Query().Get("redact") == "1" || r.URL.Query().Get("redact") == "true"
	md := a.Technical
	if kind == "executive" {
		md = a.Executive
	}
	if redacted {
		var err error
		if md, err = s.redactReport(r.Context(), a, md); err != nil {
			s.log.Error("redact report", "ticket", a.TicketID, "version", a.Version, "err", err)
			writeError(w, http.StatusServiceUnavailable, "store_error", "the redacted report could not be made")
			return
		}
	}
	w.Header().Set("X-Analysis-Version", strconv.Itoa(a.Version))
	s.writeReport(w, r, ext, md, a, redacted)
}

// redactReport makes the shareable version of report md of analysis a: the
// identifiers learned from the analysed ticket version, and those the
// configuration names, are replaced under the redaction rules in force.
func (s *Server) redactReport(ctx context.Context, a store.Analysis, md string) (string, error) {
	tv, err := s.cfg.Store.TicketVersion(ctx, a.TicketID, a.TicketVersion)
	if err != nil {
		return "", err
	}
	t, _, err := ticket.ParseWith(tv.Raw, "ticket "+tv.TicketID, s.cfg.Engine.Config().Dates)
	if err != nil {
		return "", fmt.Errorf("stored ticket %s version %d: %w", tv.TicketID, tv.Version, err)
	}
	return s.cfg.Engine.Redactor(t).String(md), nil
}

func (s *Server) reanalyse(w http.ResponseWriter, r *http.Request, c *caller) {
	tv, ok := s.visibleTicket(w, r, c)
	if !ok {
		return
	}
	if !tv.Closed {
		writeError(w, http.StatusConflict, "not_closed", "only closed tickets are analysed")
		return
	}
	job, err := s.cfg.Store.Reanalyse(r.Context(), tv.TicketID, "reanalyse requested over the API")
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, "store_error", "the analysis could not be queued")
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]any{"ticket": tv.TicketID, "job_id": job, "analysis_queued": true})
}

// SearchHit is one result of GET /api/v1/search.
type SearchHit struct {
	Ticket          string  `json:"ticket"`
	Subject         string  `json:"subject"`
	Customer        string  `json:"customer,omitempty"`
	AnalysisVersion int     `json:"analysis_version"`
	Snippet         string  `json:"snippet"`
	Rank            float64 `json:"rank"`
}

func (s *Server) search(w http.ResponseWriter, r *http.Request, c *caller) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		writeError(w, http.StatusBadRequest, "missing_query", "give a query: /api/v1/search?q=quorum+lost")
		return
	}
	limit := 20
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 200 {
			writeError(w, http.StatusBadRequest, "bad_limit", "limit must be a number from 1 to 200")
			return
		}
		limit = n
	}
	hits, err := s.cfg.Store.Search(r.Context(), q, store.SearchOptions{Customer: c.Customer, Limit: limit})
	if err != nil {
		s.log.Error("search", "err", err)
		writeError(w, http.StatusServiceUnavailable, "store_error", "search is unavailable")
		return
	}
	if n, err := s.cfg.Store.Unindexed(r.Context()); err == nil && n > 0 {
		// The index was still catching up: the newest tickets may be missing.
		w.Header().Set("X-Search-Unindexed", strconv.FormatInt(n, 10))
	}
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		hit := SearchHit{Ticket: h.TicketID, Subject: h.Subject, Customer: h.Customer, AnalysisVersion: h.Version, Snippet: h.Snippet, Rank: h.Rank}
		if c.Customer != "" {
			// The index holds internal notes too: a customer sees no snippet.
			hit.Customer, hit.Snippet = "", ""
		}
		out = append(out, hit)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) knownFormat(ext string) bool {
	_, ok := reportFormats[ext]
	return ok
}

func (s *Server) formatNames() []string {
	names := make([]string, 0, len(reportFormats))
	for ext := range reportFormats {
		names = append(names, ext)
	}
	slices.Sort(names)
	return names
}

func (s *Server) writeReport(w http.ResponseWriter, r *http.Request, ext, md string, a store.Analysis, redacted bool) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if ext == ".md" {
		w.Header().Set("Content-Type", reportFormats[ext])
		io.WriteString(w, md)
		return
	}
	f, err := export.ParseFormat(ext)
	if err != nil {
		writeError(w, http.StatusNotFound, "not_found", err.Error())
		return
	}
	meta := engine.ExportMeta{Ticket: a.TicketID, Date: a.ClosedAt}
	if redacted {
		meta.Ticket = ""
	}
	var buf bytes.Buffer
	if err := s.cfg.Engine.Export(r.Context(), &buf, f, []byte(md), meta); err != nil {
		s.log.Error("export", "ticket", a.TicketID, "format", f, "err", err)
		writeError(w, http.StatusInternalServerError, "export_failed", "the report could not be exported")
		return
	}
	w.Header().Set("Content-Type", f.ContentType())
	if f != export.HTML {
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", "report"+f.Ext()))
	}
	w.Write(buf.Bytes())
}
