// Package api is debrief's JSON API and webhook receivers over the use cases
// of package service: one route table (Routes) registers every endpoint with
// the least role that may call it, and lets the tests check it against
// docs/openapi.yaml. Token authentication is checked here; recovery, body
// limits, metrics and the access log are the server's (package server).
package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/metrics"
	"github.com/debriefhq/debrief/internal/service"
)

// Config configures the API.
type Config struct {
	Service *service.Service
	// Tokens resolves API tokens to callers.
	Tokens *auth.TokenCache
	Logger *slog.Logger
	// ZammadSecret is the HMAC-SHA1 token of the Zammad webhook; without it
	// /hooks/zammad is disabled (404).
	ZammadSecret []byte
	// WebhookSecret is the HMAC-SHA256 key of the generic webhook; without it
	// /hooks/generic is disabled (404).
	WebhookSecret []byte
	// Clock is the time source (default time.Now).
	Clock func() time.Time
	// Metrics is the registry the API adds its series to (default: its own).
	Metrics *metrics.Registry
}

// API serves the JSON API. Create it with New.
type API struct {
	cfg      Config
	svc      *service.Service
	log      *slog.Logger
	ingested *metrics.Counter
}

// New returns the API for cfg.
func New(cfg Config) (*API, error) {
	if cfg.Service == nil || cfg.Tokens == nil {
		return nil, errors.New("api: a service and a token cache are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.Metrics == nil {
		cfg.Metrics = &metrics.Registry{}
	}
	a := &API{cfg: cfg, svc: cfg.Service, log: cfg.Logger}
	a.ingested = cfg.Metrics.NewCounter("debrief_tickets_ingested_total", "Ticket versions received, by outcome.", "outcome")
	return a, nil
}

// Route is one entry of the route table.
type Route struct {
	Method, Pattern string
	// Role is the least role that may call it; auth.RolePublic needs no token.
	Role    auth.Role
	handler func(w http.ResponseWriter, r *http.Request, c *auth.Caller)
}

// Routes is the API's route table. The handlers of a zero API are not
// callable: it only lists the routes.
func (a *API) Routes() []Route {
	return []Route{
		{"POST", "/api/v1/tickets", auth.RoleAgent, a.postTicket},
		{"GET", "/api/v1/tickets/{id}", auth.RoleViewer, a.getTicket},
		{"GET", "/api/v1/tickets/{id}/analyses", auth.RoleViewer, a.listAnalyses},
		{"GET", "/api/v1/tickets/{id}/analyses/{version}/{file}", auth.RoleViewer, a.getReport},
		{"POST", "/api/v1/tickets/{id}/reanalyse", auth.RoleAgent, a.reanalyse},
		{"GET", "/api/v1/search", auth.RoleViewer, a.search},
		{"GET", "/api/v1/reports/monthly", auth.RoleViewer, a.monthlyReport},
		{"GET", "/api/v1/reports/{file}", auth.RoleViewer, a.monthlyReport},
		{"GET", "/api/v1/reports/monthly/charts/{chart}", auth.RoleViewer, a.monthlyChart},
		{"GET", "/api/v1/reports/monthly/archive", auth.RoleViewer, a.monthlyArchive},
		{"GET", "/api/v1/reports/monthly/archive/{version}", auth.RoleViewer, a.monthlyArchived},
		{"GET", "/api/v1/actions", auth.RoleAgent, a.listActions},
		{"GET", "/api/v1/actions/{id}/events", auth.RoleAgent, a.actionEvents},
		{"POST", "/api/v1/actions/{id}/done", auth.RoleAgent, a.actionDone},
		{"POST", "/api/v1/actions/{id}/assign", auth.RoleAgent, a.actionAssign},
		{"POST", "/hooks/zammad", auth.RolePublic, a.zammadHook},
		{"POST", "/hooks/generic", auth.RolePublic, a.genericHook},
	}
}

// Register adds every route to mux, each behind its authentication.
func (a *API) Register(mux *http.ServeMux) {
	for _, rt := range a.Routes() {
		mux.Handle(rt.Method+" "+rt.Pattern, a.authorize(rt))
	}
}

// authorize checks the caller's token and role before a route's handler.
func (a *API) authorize(rt Route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := auth.Anonymous
		if rt.Role != auth.RolePublic {
			var ok bool
			if c, ok = a.authenticate(w, r); !ok {
				return
			}
			if !c.Role.Allows(rt.Role) {
				WriteError(w, http.StatusForbidden, "forbidden", fmt.Sprintf("this needs the %s role; the token has %s", rt.Role, c.Role))
				return
			}
		}
		rt.handler(w, r, c)
	})
}

func (a *API) authenticate(w http.ResponseWriter, r *http.Request) (*auth.Caller, bool) {
	// RFC 9110: the scheme is case-insensitive ("bearer", "BEARER").
	scheme, secret, ok := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(secret) == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="debrief"`)
		WriteError(w, http.StatusUnauthorized, "unauthorized", "send an API token: Authorization: Bearer <token>")
		return nil, false
	}
	c, err := a.cfg.Tokens.Caller(r.Context(), strings.TrimSpace(secret))
	switch {
	case errors.Is(err, auth.ErrUnknownToken):
		w.Header().Set("WWW-Authenticate", `Bearer realm="debrief", error="invalid_token"`)
		WriteError(w, http.StatusUnauthorized, "unauthorized", "unknown or revoked API token")
		return nil, false
	case err != nil:
		a.log.Error("token lookup", "err", err)
		WriteError(w, http.StatusServiceUnavailable, "unavailable", "the token store is unavailable")
		return nil, false
	}
	return c, true
}

// Error is the JSON body of every error response.
type Error struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

// WriteError answers with status and a JSON Error.
func WriteError(w http.ResponseWriter, status int, code, msg string) {
	WriteJSON(w, status, Error{Error: msg, Code: code})
}

// WriteJSON answers with status and v as JSON.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

// statusOf maps the service's error codes to HTTP statuses.
var statusOf = map[string]int{
	service.CodeNotFound:      http.StatusNotFound,
	service.CodeInvalidTicket: http.StatusBadRequest,
	service.CodeUnknownSLA:    http.StatusUnprocessableEntity,
	service.CodeNotClosed:     http.StatusConflict,
	service.CodeStore:         http.StatusServiceUnavailable,
	service.CodeStaleVersion:  http.StatusConflict,
	service.CodeInternal:      http.StatusInternalServerError,
	service.CodeExportFailed:  http.StatusInternalServerError,
	service.CodeInvalid:       http.StatusBadRequest,
	service.CodeForbidden:     http.StatusForbidden,
}

// serviceError answers with a use case's failure; a fault (5xx) is logged
// with its cause, which the client never sees.
func (a *API) serviceError(w http.ResponseWriter, r *http.Request, err error) {
	var se *service.Error
	if !errors.As(err, &se) {
		se = &service.Error{Code: service.CodeInternal, Msg: "internal error", Err: err}
	}
	status, ok := statusOf[se.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status >= 500 {
		a.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "code", se.Code, "err", err)
	}
	WriteError(w, status, se.Code, se.Msg)
}

// readBody reads a request body within the size limit, answering the error itself.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		WriteError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("the body exceeds the %d-byte limit", tooBig.Limit))
		return nil, false
	case err != nil:
		WriteError(w, http.StatusBadRequest, "bad_body", "could not read the request body")
		return nil, false
	case len(body) == 0:
		WriteError(w, http.StatusBadRequest, "empty_body", "the request body is empty: send a ticket as JSON")
		return nil, false
	}
	return body, true
}
