package api

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/service"
)

// IngestResponse is the answer to a ticket delivery.
type IngestResponse struct {
	Ticket         string `json:"ticket"`
	Version        int    `json:"version"`
	Duplicate      bool   `json:"duplicate"`
	AnalysisQueued bool   `json:"analysis_queued"`
}

func (a *API) postTicket(w http.ResponseWriter, r *http.Request, _ *auth.Caller) {
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	_ = a.ingestJSON(w, r, body) // answered
}

// ingestJSON stores a ticket in debrief's format, answering the request;
// it returns the service's error.
func (a *API) ingestJSON(w http.ResponseWriter, r *http.Request, body []byte) error {
	res, err := a.svc.Ingest(r.Context(), body)
	switch service.ErrorCode(err) {
	case service.CodeInvalidTicket, service.CodeUnknownSLA, service.CodeStaleVersion:
		if err != nil {
			a.ingested.Inc("rejected")
		}
	}
	a.answerIngest(w, r, res, err)
	return err
}

// answerIngest answers an ingestion with its result.
func (a *API) answerIngest(w http.ResponseWriter, r *http.Request, res service.IngestResult, err error) {
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	status := http.StatusCreated
	if res.Duplicate {
		status = http.StatusOK
		a.ingested.Inc("duplicate")
	} else {
		a.ingested.Inc("stored")
	}
	WriteJSON(w, status, IngestResponse{Ticket: res.Ticket, Version: res.Version, Duplicate: res.Duplicate, AnalysisQueued: res.AnalysisQueued})
}

func (a *API) getTicket(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	v, err := a.svc.Ticket(r.Context(), c, r.PathValue("id"))
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	if v.Shared != nil {
		WriteJSON(w, http.StatusOK, v.Shared)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Ticket-Version", strconv.Itoa(v.Version))
	w.Write(v.Raw)
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

func (a *API) listAnalyses(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	metas, err := a.svc.Analyses(r.Context(), c, r.PathValue("id"))
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	out := make([]AnalysisSummary, 0, len(metas))
	for _, m := range metas {
		out = append(out, AnalysisSummary{Version: m.Version, TicketVersion: m.TicketVersion, CreatedAt: m.CreatedAt.UTC().Format("2006-01-02T15:04:05Z"),
			Writer: m.Writer, WriterVersion: m.WriterVersion, Model: m.Model, ConfigHash: m.ConfigHash,
			Fallback: m.Fallback, FallbackReason: m.FallbackReason, Reason: m.Reason})
	}
	WriteJSON(w, http.StatusOK, out)
}

func (a *API) getReport(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	req := service.ReportRequest{Ticket: r.PathValue("id"), File: r.PathValue("file"),
		Redact: r.URL.Query().Get("redact") == "1" || r.URL.Query().Get("redact") == "true"}
	if v := r.PathValue("version"); v != "latest" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			WriteError(w, http.StatusBadRequest, "bad_version", fmt.Sprintf("version %q is not a positive number or latest", v))
			return
		}
		req.Version = n
	}
	rep, err := a.svc.Report(r.Context(), c, req)
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	w.Header().Set("X-Analysis-Version", strconv.Itoa(rep.AnalysisVersion))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Type", rep.ContentType)
	switch {
	case strings.HasSuffix(rep.Filename, ".md"): // shown, but saved under a safe name
		w.Header().Set("Content-Disposition", fmt.Sprintf("inline; filename=%q", rep.Filename))
	case rep.Filename != "":
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", rep.Filename))
	}
	w.Write(rep.Body)
}

func (a *API) reanalyse(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	job, err := a.svc.Reanalyse(r.Context(), c, r.PathValue("id"), "reanalyse requested over the API")
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	WriteJSON(w, http.StatusAccepted, map[string]any{"ticket": r.PathValue("id"), "job_id": job, "analysis_queued": true})
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

func (a *API) search(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		WriteError(w, http.StatusBadRequest, "missing_query", "give a query: /api/v1/search?q=quorum+lost")
		return
	}
	limit := 20
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 200 {
			WriteError(w, http.StatusBadRequest, "bad_limit", "limit must be a number from 1 to 200")
			return
		}
		limit = n
	}
	res, err := a.svc.Search(r.Context(), c, q, limit)
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	if res.Unindexed > 0 {
		// The index was still catching up: the newest tickets may be missing.
		w.Header().Set("X-Search-Unindexed", strconv.FormatInt(res.Unindexed, 10))
	}
	out := make([]SearchHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		out = append(out, SearchHit{Ticket: h.Ticket, Subject: h.Subject, Customer: h.Customer, AnalysisVersion: h.AnalysisVersion, Snippet: h.Snippet, Rank: h.Rank})
	}
	WriteJSON(w, http.StatusOK, out)
}
